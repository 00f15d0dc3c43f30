import type { ModelAnalysis } from './useProcessModeler';
import { t } from '../i18n/i18n';

/** The critical path's total against the item's limits, shown over the canvas. */
export function CriticalPathBadge(props: {
  analysis: ModelAnalysis | null;
  promisedDays: number;
  statutoryDays: number;
  shown: boolean;
  onToggle(): void;
}) {
  const { analysis, promisedDays, statutoryDays } = props;
  if (!analysis) return null;
  const total = analysis.criticalPath.totalDays;
  const status =
    Number.isFinite(statutoryDays) && total > statutoryDays
      ? { tone: 'over', text: t('超过法定时限 {n} 天', { n: total - statutoryDays }) }
      : Number.isFinite(promisedDays) && total > promisedDays
        ? { tone: 'over', text: t('超过承诺时限 {n} 天', { n: total - promisedDays }) }
        : {
            tone: 'ok',
            text: t('比承诺时限少 {n} 天', { n: Number.isFinite(promisedDays) ? promisedDays - total : 0 }),
          };
  return (
    <div className={`gf-cp-badge gf-cp-${status.tone}`} data-testid="critical-path">
      <div className="gf-cp-main">
        {t('关键路径')} <strong data-testid="critical-path-days">{total}</strong> {t('个工作日')}
      </div>
      <div className="gf-cp-limits">
        {t('承诺')} {Number.isFinite(promisedDays) ? promisedDays : '—'} · {t('法定')}{' '}
        {Number.isFinite(statutoryDays) ? statutoryDays : '—'}
        <span className="gf-cp-status">{status.text}</span>
      </div>
      {!analysis.complete && <div className="gf-cp-note">{t('模型还有错误，关键路径仅供参考')}</div>}
      <label className="gf-cp-toggle">
        <input type="checkbox" checked={props.shown} onChange={props.onToggle} /> {t('在图上标出')}
      </label>
    </div>
  );
}
