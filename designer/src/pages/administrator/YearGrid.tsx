import { t } from '../../i18n/i18n';
import {
  baseSets,
  effectiveKind,
  isWeekend,
  monthDays,
  type CalendarOverrides,
  type CalendarView,
} from './calendarModel';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** Twelve month grids; each day shows whether it is worked, and whether this center changed it. */
export function YearGrid({
  year,
  view,
  overrides,
  problems,
  onToggle,
}: {
  year: number;
  view: CalendarView;
  overrides: CalendarOverrides;
  problems: ReadonlySet<string>;
  onToggle(date: string): void;
}) {
  const sets = baseSets(view.base);
  const changed = new Set([...overrides.holidays, ...overrides.workdays]);
  return (
    <div className="gf-year" data-year={year}>
      {Array.from({ length: 12 }, (_, month) => {
        const { dates, firstWeekday } = monthDays(year, month);
        return (
          <div key={month} className="gf-month">
            <div className="gf-month-title">{t('{m} 月', { m: month + 1 })}</div>
            <div className="gf-month-grid">
              {WEEKDAYS.map((w) => (
                <span key={w} className="gf-weekday">
                  {t(w)}
                </span>
              ))}
              {Array.from({ length: firstWeekday }, (_, i) => (
                <span key={`pad${i}`} />
              ))}
              {dates.map((date) => {
                const kind = effectiveKind(date, view.base, overrides, sets);
                const weekend = isWeekend(date);
                const classes = ['gf-day'];
                if (kind === 'rest') classes.push(weekend ? 'gf-day-weekend' : 'gf-day-rest-h');
                if (kind === 'rest' && weekend && (sets.holidays.has(date) || overrides.holidays.includes(date)))
                  classes.push('gf-day-rest-h');
                if (kind === 'work' && weekend) classes.push('gf-day-work-m');
                if (changed.has(date)) classes.push('gf-day-override');
                if (problems.has(date)) classes.push('gf-day-problem');
                if (date === view.today) classes.push('gf-day-today');
                return (
                  <button
                    key={date}
                    type="button"
                    className={classes.join(' ')}
                    data-date={date}
                    data-kind={kind}
                    title={`${date} ${kind === 'work' ? t('上班') : t('休息')}${changed.has(date) ? ` · ${t('本中心调整')}` : ''}`}
                    onClick={() => onToggle(date)}
                  >
                    {Number(date.slice(8))}
                    {kind === 'work' && weekend && <sup>{t('班')}</sup>}
                  </button>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
