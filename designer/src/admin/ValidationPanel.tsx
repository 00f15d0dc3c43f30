import { useState } from 'react';
import type { ItemProblem, ItemVerdict } from './adminTypes';
import { describePath } from './problems';
import { t } from '../i18n/i18n';

/** The catalog's verdict: every error and warning with where it is; choosing one goes there. */
export function ValidationPanel(props: { verdict: ItemVerdict; onGo(problem: ItemProblem): void }) {
  const { errors, warnings } = props.verdict;
  const [open, setOpen] = useState(true);
  const all = [...errors, ...warnings];
  return (
    <section
      className={`gf-verdict ${errors.length ? 'gf-verdict-bad' : 'gf-verdict-ok'}`}
      data-testid="verdict"
      aria-live="polite"
    >
      <header>
        <strong>{errors.length ? t('校验未通过：{n} 个错误', { n: errors.length }) : t('校验通过')}</strong>
        {warnings.length > 0 && <span>{t('，{n} 条提示', { n: warnings.length })}</span>}
        {all.length > 0 && (
          <button type="button" className="gf-ghost" onClick={() => setOpen((o) => !o)}>
            {open ? t('收起') : t('展开')}
          </button>
        )}
      </header>
      {open && all.length > 0 && (
        <ul>
          {all.map((p, i) => (
            <li key={`${p.code}-${p.path}-${i}`}>
              <button type="button" onClick={() => props.onGo(p)}>
                <span className={p.severity === 'error' ? 'gf-tag-error' : 'gf-tag-warning'}>
                  {p.severity === 'error' ? t('错误') : t('提示')}
                </span>
                <span className="gf-verdict-where">{describePath(p.path)}</span>
                <span>{p.message}</span>
                <code>{p.code}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
