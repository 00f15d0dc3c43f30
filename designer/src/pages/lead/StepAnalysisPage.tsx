import { useMemo, useState } from 'react';
import type { PageProps } from '../../App';
import { api } from '../../api';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { ErrorNote } from '../../components/ErrorNote';
import { ItemSearch, matchesItem } from '../../components/ItemSearch';
import { ProcessView } from '../../components/ProcessView';
import type { DiagramDecoration } from '../../components/processViewer';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { heat, type StepAnalysis } from './stepTypes';

/**
 * Step analysis (环节分析) for department leads: where an item's time goes — each step's median and 90th
 * percentile days against its limit, as a heatmap on the process diagram and as a chart — and how much
 * each published version compressed the process.
 */
export function StepAnalysisPage({ user }: PageProps) {
  const items = useLoad(() => api<{ code: string; name: string; department: string }[]>('/api/items'), 'items');
  const org = useLoad(() => api<{ departments: { id: string; catalogName: string }[] }>('/api/organisation'), 'org');
  const mine = org.data?.departments.find((d) => d.id === user.departmentId)?.catalogName;
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState('');
  const [from, setFrom] = useState('');
  const own = (items.data ?? []).filter((i) => !mine || i.department === mine || search);
  const shown = own.filter((i) => matchesItem(i, search));
  const code = chosen || shown[0]?.code || '';
  const query = new URLSearchParams({ itemCode: code, ...(from ? { from } : {}) }).toString();
  const analysis = useLoad(
    () => (code ? api<StepAnalysis>(`/api/statistics/steps?${query}`) : Promise.resolve(undefined)),
    query,
  );
  const item = useLoad(
    () => (code ? api<{ processXml: string }>(`/api/items/${encodeURIComponent(code)}`) : Promise.resolve(undefined)),
    code,
  );
  const a = analysis.data;
  const decorations = useMemo<DiagramDecoration[]>(
    () =>
      (a?.steps ?? []).map((s) => ({
        elementId: s.elementId,
        marker: `gf-heat-${heat(s)}`,
        badge: {
          text:
            s.medianDays === null ? t('无数据') : t('中位 {m} / 限 {l}', { m: s.medianDays, l: s.limitDays ?? '—' }),
          className: `gf-badge-heat-${heat(s)}`,
          title: t('P90 {p} 天，超时 {o} 件', { p: s.p90Days ?? '—', o: s.overCount }),
        },
      })),
    [a],
  );
  const chart = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 12, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: (a?.steps ?? []).map((s) => s.name) },
      yAxis: { type: 'value', name: t('工作日') },
      series: [
        {
          name: t('中位数'),
          type: 'bar',
          data: (a?.steps ?? []).map((s) => s.medianDays),
          itemStyle: { color: '#2563eb' },
        },
        { name: 'P90', type: 'bar', data: (a?.steps ?? []).map((s) => s.p90Days), itemStyle: { color: '#93c5fd' } },
        {
          name: t('时限'),
          type: 'line',
          symbol: 'rect',
          symbolSize: 10,
          lineStyle: { type: 'dashed' },
          data: (a?.steps ?? []).map((s) => s.limitDays),
          itemStyle: { color: '#dc2626' },
        },
      ],
    }),
    [a],
  );
  return (
    <div className="gf-board" data-testid="step-analysis">
      <section>
        <div className="gf-page-head">
          <h2>{t('环节分析')}</h2>
          <ItemSearch value={search} onChange={setSearch} count={shown.length} />
          <select aria-label={t('事项')} name="itemCode" value={code} onChange={(e) => setChosen(e.target.value)}>
            {shown.slice(0, 300).map((i) => (
              <option key={i.code} value={i.code}>
                {i.name}（{i.code}）
              </option>
            ))}
          </select>
          <label className="gf-inline">
            {t('自')}
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          {code && <a href={`/api/statistics/steps?${query}&format=xlsx`}>{t('导出 Excel')}</a>}
        </div>
        <ErrorNote error={items.error ?? org.error ?? analysis.error ?? item.error} />
        {a && (
          <p className="gf-muted">
            {t('{from} 至 {to}，第 {v} 版，承诺 {p} 个工作日；关键路径时限 {l} 天，实际中位 {m} 天。', {
              from: a.from,
              to: a.to,
              v: a.version,
              p: a.promisedDays,
              l: a.criticalPath.limitDays,
              m: a.criticalPath.medianDays,
            })}
          </p>
        )}
        {item.data && (
          <ProcessView xml={item.data.processXml} decorations={decorations} height={240} testId="heatmap-diagram" />
        )}
        <p className="gf-legend gf-small">
          <span className="gf-badge gf-badge-heat-cool">{t('宽裕')}</span>{' '}
          <span className="gf-badge gf-badge-heat-warm">{t('接近时限')}</span>{' '}
          <span className="gf-badge gf-badge-heat-hot">{t('超出时限')}</span>{' '}
          <span className="gf-badge gf-badge-heat-none">{t('无数据')}</span>
        </p>
      </section>
      <div className="gf-board-charts">
        <section>
          <h3>{t('各环节用时（工作日）')}</h3>
          <EChart option={chart} height={240} testId="chart-steps" />
        </section>
        <section>
          <h3>{t('版本压缩')}</h3>
          {a && a.compression.length === 0 && <p className="gf-muted">{t('只有一个版本，暂无压缩数据')}</p>}
          <table className="gf-table">
            <tbody>
              {(a?.compression ?? []).map((c) => (
                <tr key={`${c.fromVersion}-${c.toVersion}`}>
                  <td>
                    v{c.fromVersion} → v{c.toVersion}
                  </td>
                  <td>{t('环节 {a} → {b}', { a: c.stepsBefore, b: c.stepsAfter })}</td>
                  <td>{t('关键路径 {a} → {b} 天', { a: c.criticalDaysBefore, b: c.criticalDaysAfter })}</td>
                  <td>{t('承诺时限缩短 {n} 天', { n: c.promisedDaysSaved })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
