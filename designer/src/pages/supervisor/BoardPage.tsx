import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { LightDot } from '../../components/LightDot';
import { formatDeadline, formatInstant } from '../../format';
import { useLiveLights } from '../../hooks/useLiveLights';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { LIGHT_COLORS, levelName, lightName } from '../../lights';
import { BoardCharts } from './BoardCharts';
import { BOARD_LIGHTS, type Board, type BoardCase, type Drill } from './boardTypes';

/**
 * The supervisor's board (实时监控, 横到边 纵到底): open cases by light in total, across departments and
 * levels, live over Server-Sent Events; a light, a bar or a segment drills down to the cases, and a
 * case opens its page.
 */
export function BoardPage() {
  const [round, setRound] = useState(0);
  const [live, setLive] = useState(false);
  const [drill, setDrill] = useState<Drill>({});
  const board = useLoad(() => api<Board>('/api/supervision/board'), `board#${round}`);
  const query = new URLSearchParams(Object.entries(drill).filter(([, v]) => v) as [string, string][]).toString();
  const cases = useLoad(() => api<BoardCase[]>(`/api/supervision/cases?${query}`), `${query}#${round}`);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (pending.current && clearTimeout(pending.current)), []);
  useLiveLights(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      setRound((n) => n + 1);
    }, 300);
  }, setLive);
  const b = board.data;
  return (
    <div className="gf-board" data-testid="board">
      <section>
        <div className="gf-page-head">
          <h2>{t('实时监控')}</h2>
          <span className="gf-muted">
            {b
              ? t('数据时间 {at}', { at: formatInstant(new Date(Date.parse(b.at) + 8 * 3_600_000).toISOString()) })
              : ''}{' '}
            · <span data-testid="board-live">{live ? t('实时推送中') : t('连接中…')}</span>
          </span>
        </div>
        <ErrorNote error={board.error} />
        <div className="gf-totals">
          {BOARD_LIGHTS.map((light) => (
            <button
              key={light}
              type="button"
              className={drill.light === light ? 'gf-total gf-total-active' : 'gf-total'}
              style={{ borderTopColor: LIGHT_COLORS[light] }}
              data-total={light}
              onClick={() => setDrill(drill.light === light ? { ...drill, light: '' } : { ...drill, light })}
            >
              <span>{lightName(light)}</span>
              <strong>{b ? b.totals[light] : '—'}</strong>
            </button>
          ))}
        </div>
        {b && <BoardCharts board={b} onDrill={setDrill} />}
      </section>
      <section data-testid="drill-down">
        <div className="gf-page-head">
          <h3>
            {t('案件明细')}
            {drill.department ? ` · ${drill.department}` : ''}
            {drill.level ? ` · ${levelName(drill.level)}` : ''}
            {drill.light ? ` · ${lightName(drill.light)}` : ''}
          </h3>
          {(drill.department || drill.level || drill.light) && (
            <button type="button" className="gf-secondary" onClick={() => setDrill({})}>
              {t('清除筛选')}
            </button>
          )}
        </div>
        <ErrorNote error={cases.error} />
        <table className="gf-table">
          <thead>
            <tr>
              <th>{t('灯色')}</th>
              <th>{t('受理编号')}</th>
              <th>{t('事项编码')}</th>
              <th>{t('剩余工作日')}</th>
              <th>{t('承诺期限')}</th>
              <th>{t('当前环节')}</th>
            </tr>
          </thead>
          <tbody>
            {(cases.data ?? []).slice(0, 300).map((c) => (
              <tr key={c.caseId} data-case={c.caseId}>
                <td>
                  <LightDot light={c.light} />
                </td>
                <td>
                  <a href={`#/cases/${encodeURIComponent(c.caseId)}`}>{c.receiptNumber}</a>
                </td>
                <td>{c.itemCode}</td>
                <td>{c.daysLeft}</td>
                <td>{formatDeadline(c.promisedDueAt)}</td>
                <td>
                  {c.steps.map((s) => (
                    <span key={s.taskId} className="gf-step-chip">
                      <LightDot light={s.light} label={false} />
                      {s.name} {formatDeadline(s.dueAt)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {cases.data && cases.data.length === 0 && <p className="gf-muted">{t('没有符合条件的在办案件')}</p>}
      </section>
    </div>
  );
}
