/** What `GET /api/calendar` answers. */
export interface CalendarView {
  base: { source: string; holidays: string[]; workdays: string[]; coveredYears: number[] };
  overrides: CalendarOverrides;
  revision: number;
  updatedBy: string | null;
  updatedAt: string | null;
  coveredYears: number[];
  today: string;
  coverageGap: string | null;
}

/** The overrides an administrator edits. */
export interface CalendarOverrides {
  holidays: string[];
  workdays: string[];
  coveredYears: number[];
}

/** How a day counts. */
export type DayKind = 'work' | 'rest';

/** A day's kind from the national data alone: listed make-up day, listed holiday, else Monday–Friday. */
export function baseKind(date: string, base: CalendarView['base'], sets = baseSets(base)): DayKind {
  if (sets.workdays.has(date)) return 'work';
  if (sets.holidays.has(date)) return 'rest';
  return isWeekend(date) ? 'rest' : 'work';
}

/** The national lists as sets (built once per view). */
export function baseSets(base: CalendarView['base']): { holidays: Set<string>; workdays: Set<string> } {
  return { holidays: new Set(base.holidays), workdays: new Set(base.workdays) };
}

/** A day's kind with the overrides laid over the national data (the engine's rule: overrides win). */
export function effectiveKind(
  date: string,
  base: CalendarView['base'],
  overrides: CalendarOverrides,
  sets = baseSets(base),
): DayKind {
  if (overrides.workdays.includes(date)) return 'work';
  if (overrides.holidays.includes(date)) return 'rest';
  return baseKind(date, base, sets);
}

/**
 * Flips a day between working and rest: an override when that differs from the national data, no
 * override when it matches it again.
 */
export function toggleDay(date: string, base: CalendarView['base'], overrides: CalendarOverrides): CalendarOverrides {
  const sets = baseSets(base);
  const wanted: DayKind = effectiveKind(date, base, overrides, sets) === 'work' ? 'rest' : 'work';
  const holidays = overrides.holidays.filter((d) => d !== date);
  const workdays = overrides.workdays.filter((d) => d !== date);
  if (wanted !== baseKind(date, base, sets)) (wanted === 'rest' ? holidays : workdays).push(date);
  return { ...overrides, holidays: holidays.sort(), workdays: workdays.sort() };
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The days of a month as `YYYY-MM-DD`, and the weekday (0 = Sunday) of its first day. */
export function monthDays(year: number, month: number): { dates: string[]; firstWeekday: number } {
  const count = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const dates = Array.from(
    { length: count },
    (_, i) => `${year}-${String(month + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
  );
  return { dates, firstWeekday: new Date(Date.UTC(year, month, 1)).getUTCDay() };
}
