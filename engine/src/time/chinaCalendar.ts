/**
 * The national working calendar of China: the State Council's yearly holiday notices as shipped in
 * the `chinese-days` package (data inside the package, nothing is downloaded), plus overrides.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { WorkingCalendar, type CalendarOverrides, type WorkingCalendarOptions } from './workingCalendar.js';

/** Where the national holiday data comes from. */
export const CHINA_CALENDAR_SOURCE = 'chinese-days@1.5.7';

let base: WorkingCalendar | undefined;

/** The national calendar without overrides; built once, on first use. */
function chinaBase(): WorkingCalendar {
  if (base === undefined) {
    const holidays = Object.keys(chineseDays.holidays);
    const workdays = Object.keys(chineseDays.workdays);
    const years = [...holidays, ...workdays].map((date) => Number(date.slice(0, 4)));
    const coveredYears: number[] = [];
    for (let year = Math.min(...years); year <= Math.max(...years); year += 1) coveredYears.push(year);
    base = new WorkingCalendar({ holidays, workdays, coveredYears });
  }
  return base;
}

/**
 * The China working calendar (2004–2026 covered) with the overrides laid over it in order,
 * e.g. a year an administrator has entered, then a service center's own days.
 */
export function createChinaCalendar(
  overrides: CalendarOverrides | readonly CalendarOverrides[] = [],
  options: WorkingCalendarOptions = {},
): WorkingCalendar {
  const list: readonly CalendarOverrides[] = isOverrideList(overrides) ? overrides : [overrides];
  const calendar = list.length === 0 ? chinaBase() : chinaBase().withOverrides(...list);
  const beyond = options.beyondCoverage ?? 'assume-weekdays';
  return beyond === calendar.beyondCoverage ? calendar : calendar.withOptions(options);
}

function isOverrideList(
  value: CalendarOverrides | readonly CalendarOverrides[],
): value is readonly CalendarOverrides[] {
  return Array.isArray(value);
}
