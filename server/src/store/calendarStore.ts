/**
 * The working calendar's stored overrides (节假日与调休安排): the rest days and make-up working days an
 * administrator laid over the national holiday data, and the years declared complete. One document,
 * replaced whole, each save naming the revision it replaces.
 */

/** The overrides as the engine's `CalendarOverrides` takes them (dates `YYYY-MM-DD`). */
export interface CalendarOverridesData {
  /** Rest days (a listed date stops being a make-up working day). */
  readonly holidays: readonly string[];
  /** Make-up working days, 调休上班 (a listed date stops being a rest day). */
  readonly workdays: readonly string[];
  /** Years whose arrangement is complete, so deadlines may rely on them. */
  readonly coveredYears: readonly number[];
}

/** The stored overrides with their revision and who saved them last. */
export interface StoredCalendarOverrides extends CalendarOverridesData {
  /** 1 for the first save, +1 on every save. */
  readonly revision: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** Thrown when a save names a revision that is no longer the stored one; nothing was written. */
export class CalendarConflictError extends Error {
  readonly code = 'CALENDAR_CONFLICT';
  constructor(readonly expectedRevision: number) {
    super('工作日历已被他人修改，请重新打开后再保存');
    this.name = 'CalendarConflictError';
  }
}

/** Store methods for the calendar overrides. */
export interface CalendarStore {
  /** The stored overrides, or undefined before the first save. */
  getCalendarOverrides(): Promise<StoredCalendarOverrides | undefined>;
  /**
   * Replaces the overrides over revision `expectedRevision` (0: none saved yet) and returns them with the
   * next revision; when the stored revision is another, nothing is written and `CalendarConflictError` is thrown.
   */
  saveCalendarOverrides(
    overrides: CalendarOverridesData,
    expectedRevision: number,
    by: string,
    at: string,
  ): Promise<StoredCalendarOverrides>;
}
