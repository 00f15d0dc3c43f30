import { useState } from 'react';
import type { LintIssue } from './lint/processLinter';
import { t } from '../i18n/i18n';

/** The model's problems in Chinese, errors first; choosing one selects its element on the canvas. */
export function ProblemList(props: {
  issues: readonly LintIssue[];
  nameOf(id: string): string;
  onSelect(id: string): void;
}) {
  const [filter, setFilter] = useState<'all' | 'error' | 'warning'>('all');
  const errors = props.issues.filter((i) => i.severity === 'error').length;
  const warnings = props.issues.length - errors;
  const shown = [...props.issues]
    .filter((i) => filter === 'all' || i.severity === filter)
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <section className="gf-problems" data-testid="problem-list" aria-label={t('模型问题')}>
      <header>
        <strong>{t('问题')}</strong>
        <button type="button" className={filter === 'all' ? 'gf-tab-on' : ''} onClick={() => setFilter('all')}>
          {t('全部')} {props.issues.length}
        </button>
        <button type="button" className={filter === 'error' ? 'gf-tab-on' : ''} onClick={() => setFilter('error')}>
          {t('错误')} <span data-testid="error-count">{errors}</span>
        </button>
        <button type="button" className={filter === 'warning' ? 'gf-tab-on' : ''} onClick={() => setFilter('warning')}>
          {t('提示')} {warnings}
        </button>
      </header>
      {shown.length === 0 ? (
        <p className="gf-problems-empty">
          {props.issues.length === 0 ? t('没有发现问题，流程可以运行。') : t('此类没有问题。')}
        </p>
      ) : (
        <ul>
          {shown.map((issue, index) => (
            <li key={`${issue.id}-${issue.rule}-${index}`} className={`gf-problem gf-problem-${issue.severity}`}>
              <button type="button" onClick={() => props.onSelect(issue.id)} data-rule={issue.rule}>
                <span className="gf-problem-level">{issue.severity === 'error' ? t('错误') : t('提示')}</span>
                <span className="gf-problem-where">{props.nameOf(issue.id)}</span>
                <span className="gf-problem-text">{issue.message}</span>
                <code>{issue.rule}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
