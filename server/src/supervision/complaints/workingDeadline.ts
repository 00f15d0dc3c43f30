import { chinaDayNumber, formatInstant, startOfChinaDay, type WorkingCalendar } from '@govflow/engine';

/**
 * The instant a limit of `days` working days ends when counting starts the day after `at` (like a case's
 * promised limit): 24:00 of the N-th working day, holidays and make-up working days as the calendar says.
 */
export function workingDeadline(calendar: WorkingCalendar, at: string, days: number): string {
  return formatInstant(calendar.addWorkingDays(startOfChinaDay(chinaDayNumber(at) + 1), days));
}
