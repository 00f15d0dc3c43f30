import { useMemo, useState } from 'react';
import { api } from '../../api';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { ActionForm } from '../../components/ActionForm';
import { ErrorNote } from '../../components/ErrorNote';
import { LoadingNote } from '../../components/LoadingNote';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import type { User } from '../../types';
import { statsUrl, type MonthScores } from './statsTypes';

/** Department scores (绩效考核) of a month: ranked bars, the deductions and bonus per department, export, publish. */
export function ScoresPage({ user }: { user: User }) {
  const [month, setMonth] = useState('');
  const [round, setRound] = useState(0);
  const query = month ? { month } : {};
  const scores = useLoad(() => api<MonthScores>(statsUrl('scores', query)), `${month}#${round}`);
  const departments = useMemo(
    () =>
      [...(scores.data?.departments ?? [])].sort(
        (a, b) => a.score - b.score || a.departmentName.localeCompare(b.departmentName),
      ),
    [scores.data],
  );
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 170, right: 24, top: 10, bottom: 24 },
      xAxis: { type: 'value', min: 0, max: 110 },
      yAxis: {
        type: 'category',
        data: departments.map((d) => d.departmentName),
        axisLabel: { width: 160, overflow: 'truncate', fontSize: 11 },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 14,
          data: departments.map((d) => ({
            value: d.score,
            itemStyle: { color: d.belowThreshold ? '#dc2626' : '#2563eb' },
          })),
          label: { show: true, position: 'right', fontSize: 11 },
        },
      ],
    }),
    [departments],
  );
  const key = scores.data?.month.key ?? month;
  return (
    <div className="gf-signals" data-testid="scores">
      <section>
        <div className="gf-page-head">
          <h2>
            {t('绩效考核')} {scores.data ? `· ${scores.data.month.label}` : ''}
          </h2>
          <input type="month" aria-label={t('月份')} value={month || key} onChange={(e) => setMonth(e.target.value)} />
          <a href={statsUrl('scores', { month: key }, 'xlsx')}>{t('导出 Excel')}</a>
          <a href={statsUrl('scores', { month: key }, 'html')} target="_blank" rel="noreferrer">
            {t('打印')}
          </a>
        </div>
        <ErrorNote error={scores.error} />
        <LoadingNote loads={[scores]} />
        <div className="gf-chart-box" style={{ maxHeight: 560 }}>
          <EChart option={option} height={Math.max(200, departments.length * 20 + 40)} testId="chart-scores" />
        </div>
      </section>
      <section>
        <h3>{t('扣分与加分')}</h3>
        {(user.role === 'supervisor' || user.role === 'administrator') && key && (
          <ActionForm
            name="publish"
            submit={t('发布 {month} 考核结果', { month: key })}
            onSubmit={async () => {
              await api(`/api/statistics/scores/${encodeURIComponent(key)}/publish`, { method: 'POST', body: {} });
              setRound((n) => n + 1);
            }}
          />
        )}
        <table className="gf-table">
          <thead>
            <tr>
              <th>{t('名次')}</th>
              <th>{t('部门')}</th>
              <th>{t('得分')}</th>
              <th>{t('扣分项')}</th>
            </tr>
          </thead>
          <tbody>
            {[...departments].reverse().map((d) => (
              <tr key={d.departmentId} className={d.belowThreshold ? 'gf-row-bad' : undefined}>
                <td>{d.rank}</td>
                <td>{d.departmentName}</td>
                <td>{d.score}</td>
                <td className="gf-small">
                  {d.lines
                    .filter((l) => l.count > 0)
                    .map((l) => `${l.label} ${l.count}（${l.points}）`)
                    .join('；') || '—'}
                  {d.bonus.points > 0 ? `；${t('提前办结加分')} +${d.bonus.points}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
