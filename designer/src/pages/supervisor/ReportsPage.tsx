import { useMemo, useState } from 'react';
import { api } from '../../api';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { ErrorNote } from '../../components/ErrorNote';
import { LoadingNote } from '../../components/LoadingNote';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { percent, statsUrl, type Report, type Trend } from './statsTypes';

const DIMENSIONS: [string, string][] = [
  ['department', '部门'],
  ['unit', '单位'],
  ['window', '窗口'],
  ['item', '事项'],
  ['level', '层级'],
];
const PERIODS: [string, string][] = [
  ['month', '月报'],
  ['week', '周报'],
  ['day', '日报'],
];

/** Statistics (统计分析): the period's report by a dimension, as a chart and a table, the trend, and exports. */
export function ReportsPage() {
  const [period, setPeriod] = useState('month');
  const [by, setBy] = useState('department');
  const query = { period, by };
  const report = useLoad(() => api<Report>(statsUrl('report', query)), `${period}/${by}`);
  const trend = useLoad(() => api<Trend>(statsUrl('trend', { period })), period);
  const rows = useMemo(
    () => [...(report.data?.rows ?? [])].sort((a, b) => b.metrics.accepted - a.metrics.accepted),
    [report.data],
  );
  const bars = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 12, top: 30, bottom: 70 },
      xAxis: {
        type: 'category',
        data: rows.slice(0, 15).map((r) => r.name),
        axisLabel: { rotate: 30, fontSize: 11, width: 90, overflow: 'truncate' },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('受理'),
          type: 'bar',
          data: rows.slice(0, 15).map((r) => r.metrics.accepted),
          itemStyle: { color: '#2563eb' },
        },
        {
          name: t('办结'),
          type: 'bar',
          data: rows.slice(0, 15).map((r) => r.metrics.completed),
          itemStyle: { color: '#16a34a' },
        },
        {
          name: t('超期'),
          type: 'bar',
          data: rows.slice(0, 15).map((r) => r.metrics.overdue + r.metrics.pendingOverdue),
          itemStyle: { color: '#dc2626' },
        },
      ],
    }),
    [rows],
  );
  const line = useMemo<ChartOption>(() => {
    const points = trend.data?.points ?? [];
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 40, top: 30, bottom: 24 },
      xAxis: { type: 'category', data: points.map((p) => p.period.label) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: t('受理'), type: 'line', data: points.map((p) => p.metrics.accepted), itemStyle: { color: '#2563eb' } },
        {
          name: t('办结'),
          type: 'line',
          data: points.map((p) => p.metrics.completed),
          itemStyle: { color: '#16a34a' },
        },
        {
          name: t('按时办结率'),
          type: 'line',
          yAxisIndex: 1,
          data: points.map((p) =>
            p.metrics.onTimeRate === null ? null : Math.round(p.metrics.onTimeRate * 1000) / 10,
          ),
          itemStyle: { color: '#f59e0b' },
        },
      ],
    };
  }, [trend.data]);
  const r = report.data;
  return (
    <div className="gf-board" data-testid="reports">
      <section>
        <div className="gf-page-head">
          <h2>
            {t('统计报表')} {r ? `· ${r.period.label}` : ''}
          </h2>
          <select aria-label={t('周期')} value={period} onChange={(e) => setPeriod(e.target.value)}>
            {PERIODS.map(([id, name]) => (
              <option key={id} value={id}>
                {t(name)}
              </option>
            ))}
          </select>
          <select aria-label={t('统计维度')} value={by} onChange={(e) => setBy(e.target.value)}>
            {DIMENSIONS.map(([id, name]) => (
              <option key={id} value={id}>
                {t('按{d}', { d: t(name) })}
              </option>
            ))}
          </select>
          <a href={statsUrl('report', query, 'xlsx')}>{t('导出 Excel')}</a>
          <a href={statsUrl('report', query, 'html')} target="_blank" rel="noreferrer">
            {t('打印')}
          </a>
        </div>
        <ErrorNote error={report.error ?? trend.error} />
        <LoadingNote loads={[report, trend]} />
        {r && (
          <div className="gf-totals">
            <Total label={t('受理')} value={r.totals.accepted} />
            <Total label={t('办结')} value={r.totals.completed} />
            <Total label={t('按时办结率')} value={percent(r.totals.onTimeRate)} />
            <Total label={t('超期')} value={r.totals.overdue + r.totals.pendingOverdue} />
            <Total label={t('满意率')} value={percent(r.totals.satisfaction.satisfiedRate)} />
          </div>
        )}
        <div className="gf-board-charts">
          <div>
            <h3>{t('受理、办结与超期')}</h3>
            <EChart option={bars} height={260} testId="chart-report" />
          </div>
          <div>
            <h3>{t('趋势')}</h3>
            <EChart option={line} height={260} testId="chart-trend" />
          </div>
        </div>
      </section>
      <section>
        <table className="gf-table" data-testid="report-table">
          <thead>
            <tr>
              <th>{t('名称')}</th>
              <th>{t('收件')}</th>
              <th>{t('受理')}</th>
              <th>{t('办结')}</th>
              <th>{t('按时办结率')}</th>
              <th>{t('平均用时（工作日）')}</th>
              <th>{t('在办 / 超期')}</th>
              <th>{t('预警 / 黄牌 / 红牌')}</th>
              <th>{t('投诉')}</th>
              <th>{t('满意率')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, name, metrics: m }) => (
              <tr key={key}>
                <td>{name}</td>
                <td>{m.received}</td>
                <td>{m.accepted}</td>
                <td>{m.completed}</td>
                <td>{percent(m.onTimeRate)}</td>
                <td>
                  {m.averageUsedDays ?? '—'} / {m.averagePromisedDays ?? '—'}
                </td>
                <td>
                  {m.pending} / {m.pendingOverdue + m.overdue}
                </td>
                <td>
                  {m.signals.warning} / {m.signals.yellow} / {m.signals.red}
                </td>
                <td>{m.complaints}</td>
                <td>{percent(m.satisfaction.satisfiedRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function Total({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="gf-total" style={{ borderTopColor: '#2563eb' }}>
      <span>{label}</span>
      <strong>{value}</strong>
    </div>
  );
}
