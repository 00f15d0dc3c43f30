import { chinaDayNumber, startOfChinaDay, type WorkingCalendar } from '@govflow/engine';
import type { StepFactRow } from '../../store/port.js';

/** The median of a list (the mean of the middle two for an even count), or null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : round2(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

/** The nearest-rank percentile (`p` in 1..100): the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Working days a completed step used, counted like its limit (from the day after it opened, clock stops not
 * counted): with a limit and a deadline, `limit − working days from completion to the deadline` (the deadline
 * already moved by every stop); without, the working days from the day after it opened to its completion.
 * Never negative; two decimals.
 */
export function stepUsedDays(row: StepFactRow, limitDays: number | undefined, calendar: WorkingCalendar): number {
  const used =
    row.dueMs !== null && limitDays !== undefined
      ? limitDays - calendar.workingDaysBetween(row.completedMs, row.dueMs)
      : calendar.workingDaysBetween(startOfChinaDay(chinaDayNumber(row.startedMs) + 1), row.completedMs);
  return round2(Math.max(0, used));
}

/** Rounds to two decimals. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
