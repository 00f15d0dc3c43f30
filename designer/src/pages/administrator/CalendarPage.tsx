import { useEffect, useState } from 'react';
import { api, ApiFailure } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { type CalendarOverrides, type CalendarView, toggleDay } from './calendarModel';
import { YearGrid } from './YearGrid';

/**
 * The working-calendar editor (节假日与调休安排): a year grid over the national data; clicking a day
 * makes it a rest day or a working day (a make-up day on a weekend), the year can be declared complete,
 * and a banner warns when the coming three months have no holiday data. Saved overrides apply to the
 * server at once; deadlines already computed stay as they were (see the note on the page).
 */
export function CalendarPage() {
  const [round, setRound] = useState(0);
  const loaded = useLoad(() => api<CalendarView>('/api/calendar'), `calendar#${round}`);
  const view = loaded.data;
  const [overrides, setOverrides] = useState<CalendarOverrides | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<CalendarOverrides | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!view) return;
    setOverrides(structuredClone(view.overrides));
    setYear((y) => y ?? Number(view.today.slice(0, 4)));
  }, [view]);
  if (!view || !overrides || year === null) {
    return (
      <section>
        {loaded.error ? <ErrorNote error={loaded.error} /> : <p className="gf-loading">{t('正在加载…')}</p>}
      </section>
    );
  }
  const covered = view.base.coveredYears.includes(year) || overrides.coveredYears.includes(year);
  const coveredByOverride = overrides.coveredYears.includes(year);
  const dirty = JSON.stringify(overrides) !== JSON.stringify(view.overrides);
  const change = (next: CalendarOverrides) => {
    setOverrides(next);
    setSaved(false);
  };
  const save = async () => {
    setError(null);
    setSent(overrides);
    try {
      await api<CalendarView>('/api/calendar', { method: 'PUT', body: { ...overrides, revision: view.revision } });
      setSaved(true);
      setRound((n) => n + 1);
    } catch (failure) {
      setError(failure);
    }
  };
  const yearOverrides = [...overrides.holidays, ...overrides.workdays].filter((d) => d.startsWith(`${year}-`)).length;
  return (
    <section className="gf-calendar" data-testid="calendar-editor">
      <div className="gf-page-head">
        <h2>{t('工作日历')}</h2>
        <span className="gf-year-nav">
          <button type="button" className="gf-secondary" onClick={() => setYear(year - 1)} aria-label={t('上一年')}>
            ‹
          </button>
          <strong data-testid="calendar-year">{year}</strong>
          <button type="button" className="gf-secondary" onClick={() => setYear(year + 1)} aria-label={t('下一年')}>
            ›
          </button>
        </span>
        <label className="gf-inline">
          <input
            type="checkbox"
            name="covered"
            checked={covered}
            disabled={view.base.coveredYears.includes(year)}
            onChange={() =>
              change({
                ...overrides,
                coveredYears: coveredByOverride
                  ? overrides.coveredYears.filter((y) => y !== year)
                  : [...overrides.coveredYears, year].sort((a, b) => a - b),
              })
            }
          />
          {view.base.coveredYears.includes(year) ? t('国务院安排已内置') : t('本年度安排已完整录入')}
        </label>
        <button type="button" onClick={() => void save()} disabled={!dirty} data-testid="save-calendar">
          {t('保存日历')}
        </button>
      </div>
      {view.coverageGap && (
        <p className="gf-warning" role="alert" data-testid="coverage-warning">
          {t(
            '未来三个月内自 {date} 起没有节假日数据，期限将按周一至周五推算。请录入 {year} 年的节假日和调休安排并勾选“本年度安排已完整录入”。',
            {
              date: view.coverageGap,
              year: view.coverageGap.slice(0, 4),
            },
          )}
        </p>
      )}
      {!covered && <p className="gf-warning gf-warning-soft">{t('{year} 年尚无完整的节假日数据。', { year })}</p>}
      {saved && !dirty && (
        <p className="gf-success" role="status">
          {t('工作日历已保存并立即生效（第 {n} 版）', { n: view.revision })}
        </p>
      )}
      <ErrorNote error={error} />
      <YearGrid
        year={year}
        view={view}
        overrides={overrides}
        problems={problemDates(error, sent)}
        onToggle={(date) => change(toggleDay(date, view.base, overrides))}
      />
      <div className="gf-calendar-foot">
        <span className="gf-legend">
          <i className="gf-day gf-day-rest-h" /> {t('节假日')} <i className="gf-day gf-day-work-m" /> {t('调休上班')}
          <i className="gf-day gf-day-weekend" /> {t('周末')} <i className="gf-day gf-day-override" /> {t('本中心调整')}
        </span>
        <span className="gf-muted">
          {t('数据来源 {source}；本年调整 {n} 天；点击日期切换上班 / 休息。', {
            source: view.base.source,
            n: yearOverrides,
          })}
          {view.updatedAt ? ` ${t('上次保存：{at}', { at: view.updatedAt.slice(0, 16).replace('T', ' ') })}` : ''}
        </span>
        <p className="gf-muted gf-small">
          {t(
            '保存后立即生效：此后新开始的环节、恢复计时、延期和亮灯都按新日历计算；已经算好的期限（承诺期限、环节期限及其提醒）不会自动改变。',
          )}
        </p>
      </div>
    </section>
  );
}

/** The dates a failed save named (`/holidays/3` → the fourth holiday sent). */
function problemDates(error: unknown, sent: CalendarOverrides | null): ReadonlySet<string> {
  const dates = new Set<string>();
  if (!(error instanceof ApiFailure) || !sent) return dates;
  const list = error.details['problems'];
  if (!Array.isArray(list)) return dates;
  for (const problem of list as { path?: string }[]) {
    const match = /^\/(holidays|workdays)\/(\d+)$/.exec(problem.path ?? '');
    const date = match ? sent[match[1] as 'holidays' | 'workdays'][Number(match[2])] : undefined;
    if (date) dates.add(date);
  }
  return dates;
}
