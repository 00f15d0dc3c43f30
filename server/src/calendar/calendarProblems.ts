import type { CalendarOverridesData } from '../store/calendarStore.js';

/** One problem of submitted calendar overrides: where (a JSON pointer), a stable code, and what is wrong. */
export interface CalendarProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The years an arrangement may be entered for. */
export const CALENDAR_YEARS = { first: 2000, last: 2100 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Every problem of the overrides at once: dates that do not exist or lie outside the years the
 * calendar serves, a date listed twice, a date that is both a rest day and a make-up working day,
 * covered years listed twice or out of range.
 */
export function calendarProblems(data: CalendarOverridesData): readonly CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const add = (path: string, code: string, message: string) => problems.push({ path, code, message });
  const lists = [
    ['holidays', '节假日', data.holidays],
    ['workdays', '调休上班日', data.workdays],
  ] as const;
  const seen = new Map<string, string>();
  for (const [field, label, dates] of lists) {
    dates.forEach((date, i) => {
      const path = `/${field}/${i}`;
      if (!isRealDate(date)) {
        add(path, 'CALENDAR_DATE_INVALID', `${label}日期无效：${date}（应为存在的 YYYY-MM-DD 日期）`);
        return;
      }
      const year = Number(date.slice(0, 4));
      if (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) {
        add(
          path,
          'CALENDAR_YEAR_RANGE',
          `${label} ${date} 超出可录入的年份（${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}）`,
        );
        return;
      }
      const earlier = seen.get(date);
      if (earlier === field) add(path, 'CALENDAR_DUPLICATE_DATE', `${label} ${date} 重复列出`);
      else if (earlier !== undefined) add(path, 'CALENDAR_DATE_CONFLICT', `${date} 不能同时是节假日和调休上班日`);
      else seen.set(date, field);
    });
  }
  const years = new Set<number>();
  data.coveredYears.forEach((year, i) => {
    const path = `/coveredYears/${i}`;
    if (!Number.isInteger(year) || year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) {
      add(
        path,
        'CALENDAR_YEAR_RANGE',
        `覆盖年份无效：${year}（应为 ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last} 的整数）`,
      );
    } else if (years.has(year)) {
      add(path, 'CALENDAR_DUPLICATE_YEAR', `覆盖年份 ${year} 重复列出`);
    }
    years.add(year);
  });
  return problems;
}

/** Whether `YYYY-MM-DD` names a day that exists (no 02-30). */
function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
