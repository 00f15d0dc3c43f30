import { useMemo, useState } from 'react';
import { api } from '../../api';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { ErrorNote } from '../../components/ErrorNote';
import { LoadingNote } from '../../components/LoadingNote';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { FollowUp } from './EvaluationFollowUp';
import type { Evaluation } from './evaluationTypes';

/** `GET /api/supervision/satisfaction`. */
interface Satisfaction {
  from: string;
  to: string;
  total: { total: number; byLevel: Record<string, number>; negative: number; satisfactionRate: number | null };
}

const LEVELS: [string, string, string][] = [
  ['very-satisfied', '非常满意', '#16a34a'],
  ['satisfied', '满意', '#4ade80'],
  ['basically-satisfied', '基本满意', '#facc15'],
  ['dissatisfied', '不满意', '#f97316'],
  ['very-dissatisfied', '非常不满意', '#dc2626'],
];

/** 好差评: the satisfaction of the period as a chart, the evaluations, and the follow-up of negative ones. */
export function EvaluationsPage() {
  const [negative, setNegative] = useState(false);
  const [round, setRound] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  // The month on the server's business clock (the demo clock may be anywhere), unless one is chosen.
  const today = useLoad(() => api<{ today: string }>('/api/calendar'), 'today');
  const [chosenMonth, setMonth] = useState('');
  const month = chosenMonth || today.data?.today.slice(0, 7) || '';
  const counts = useLoad(
    () =>
      month ? api<Satisfaction>(`/api/supervision/satisfaction?${monthRange(month)}`) : Promise.resolve(undefined),
    month,
  );
  const list = useLoad(
    () => api<Evaluation[]>(`/api/evaluations${negative ? '?negative=true' : ''}`),
    String(negative),
  );
  // Under 只看差评 (or without it) the rows of the other choice are not shown while the new ones come
  const rows = list.current;
  const chosen = rows?.find((e) => e.id === selected);
  const option = useMemo<ChartOption>(() => {
    const byLevel = counts.data?.total.byLevel ?? {};
    return {
      animation: false,
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['45%', '75%'],
          label: { formatter: '{b} {c}' },
          data: LEVELS.map(([id, name, color]) => ({ name: t(name), value: byLevel[id] ?? 0, itemStyle: { color } })),
        },
      ],
    };
  }, [counts.data]);
  const total = counts.data?.total;
  return (
    <div className="gf-signals">
      <section data-testid="evaluations">
        <div className="gf-page-head">
          <h2>{t('好差评')}</h2>
          <input type="month" aria-label={t('月份')} value={month} onChange={(e) => setMonth(e.target.value)} />
          <label className="gf-inline">
            <input type="checkbox" checked={negative} onChange={(e) => setNegative(e.target.checked)} />
            {t('只看差评')}
          </label>
        </div>
        <ErrorNote error={today.error ?? counts.error ?? list.error} />
        <LoadingNote loads={[today, counts, list]} />
        {total && (
          <div className="gf-eval-summary">
            <EChart option={option} height={200} testId="chart-satisfaction" />
            <p>
              {t('{from} 至 {to}：共 {n} 条评价，差评 {bad} 条，满意率 {rate}', {
                from: counts.data.from.slice(0, 10),
                to: counts.data.to.slice(0, 10),
                n: total.total,
                bad: total.negative,
                rate: total.satisfactionRate === null ? '—' : `${Math.round(total.satisfactionRate * 1000) / 10}%`,
              })}
            </p>
          </div>
        )}
        <table className="gf-table">
          <thead>
            <tr>
              <th>{t('评价')}</th>
              <th>{t('受理编号')}</th>
              <th>{t('事项')}</th>
              <th>{t('部门')}</th>
              <th>{t('评价时间')}</th>
              <th>{t('回访整改')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((e) => (
              <tr
                key={e.id}
                className={selected === e.id ? 'gf-row-selected' : undefined}
                onClick={() => setSelected(e.id)}
              >
                <td>
                  <span className={e.negative ? 'gf-card gf-card-red' : 'gf-card gf-card-ok'}>{t(e.levelName)}</span>
                </td>
                <td>{e.receiptNumber}</td>
                <td>{e.itemName}</td>
                <td>{e.departmentName ?? '—'}</td>
                <td>{formatInstant(e.evaluatedAt)}</td>
                <td>
                  {e.followUp ? (e.followUp.status === 'open' ? t('待整改') : t('已办结')) : '—'}
                  {e.followUpOverdue && <span className="gf-card gf-card-red"> {t('逾期')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows && rows.length === 0 && <p className="gf-muted">{t('没有评价')}</p>}
      </section>
      {chosen && (
        <FollowUp
          key={`${chosen.id}#${round}`}
          evaluation={chosen}
          onChanged={() => {
            setRound((n) => n + 1);
            counts.reload();
            list.reload();
          }}
        />
      )}
    </div>
  );
}

/** `from=2026-11-01&to=2026-12-01` for the month `2026-11`. */
function monthRange(month: string): string {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
  return new URLSearchParams({ from: `${month}-01`, to: `${next}-01` }).toString();
}
