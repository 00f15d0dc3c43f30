import { EngineError } from '../errors.js';

/** Thrown when a computation needs a day for which the working calendar has no holiday data. */
export class CalendarNotCoveredError extends EngineError {
  /** Always `CALENDAR_NOT_COVERED`. */
  declare readonly code: 'CALENDAR_NOT_COVERED';
  /** The first uncovered China date the computation needed, `YYYY-MM-DD`. */
  readonly date: string;

  constructor(date: string) {
    super('CALENDAR_NOT_COVERED', calendarNotCoveredMessage(date), { date });
    this.name = 'CalendarNotCoveredError';
    this.date = date;
  }
}

/** The Chinese message telling an administrator that a date has no holiday data yet. */
export function calendarNotCoveredMessage(date: string): string {
  return `工作日历未覆盖 ${date}，请管理员录入该年度的节假日和调休安排`;
}
