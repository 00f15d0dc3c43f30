import {
  WorkingCalendar,
  type CalendarDate,
  type CalendarOverrides,
  type InstantLike,
  type WorkingCalendarJSON,
  type WorkingCalendarOptions,
} from '@govflow/engine';

/**
 * A working calendar whose data can be replaced while the server runs (an administrator saved the
 * overrides): every service holds this one object and each call asks the calendar current at that
 * moment. The engine runs a command synchronously, so a replacement lands between commands, never
 * inside one: a command never mixes two calendars.
 */
export class LiveCalendar extends WorkingCalendar {
  #current: WorkingCalendar;

  constructor(initial: WorkingCalendar) {
    super({}, { beyondCoverage: initial.beyondCoverage });
    this.#current = initial;
  }

  /** The calendar calls go to now. */
  get current(): WorkingCalendar {
    return this.#current;
  }

  /** Replaces the calendar for every later call (its `beyondCoverage` must be this one's). */
  replace(next: WorkingCalendar): void {
    if (next.beyondCoverage !== this.beyondCoverage) {
      throw new RangeError(`替换的工作日历应保持 beyondCoverage=${this.beyondCoverage}`);
    }
    this.#current = next;
  }

  override withOverrides(...overrides: readonly CalendarOverrides[]): WorkingCalendar {
    return this.#current.withOverrides(...overrides);
  }

  override withOptions(options: WorkingCalendarOptions): WorkingCalendar {
    return this.#current.withOptions(options);
  }

  override isWorkingDay(date: CalendarDate): boolean {
    return this.#current.isWorkingDay(date);
  }

  override nextWorkingDay(date: CalendarDate): string {
    return this.#current.nextWorkingDay(date);
  }

  override previousWorkingDay(date: CalendarDate): string {
    return this.#current.previousWorkingDay(date);
  }

  override addWorkingDays(from: InstantLike, days: number): number {
    return this.#current.addWorkingDays(from, days);
  }

  override addWorkingMs(from: InstantLike, ms: number): number {
    return this.#current.addWorkingMs(from, ms);
  }

  override workingDaysBetween(from: InstantLike, to: InstantLike): number {
    return this.#current.workingDaysBetween(from, to);
  }

  override workingMsBetween(from: InstantLike, to: InstantLike): number {
    return this.#current.workingMsBetween(from, to);
  }

  override addCalendarDays(from: InstantLike, days: number): number {
    return this.#current.addCalendarDays(from, days);
  }

  override isCovered(date: CalendarDate): boolean {
    return this.#current.isCovered(date);
  }

  override get coveredFrom(): string | undefined {
    return this.#current.coveredFrom;
  }

  override get coveredUntil(): string | undefined {
    return this.#current.coveredUntil;
  }

  override get coveredYears(): readonly number[] {
    return this.#current.coveredYears;
  }

  override firstUncoveredDate(from: CalendarDate, to: CalendarDate): string | undefined {
    return this.#current.firstUncoveredDate(from, to);
  }

  override coverageGap(today: CalendarDate, monthsAhead?: number): string | undefined {
    return this.#current.coverageGap(today, monthsAhead);
  }

  override toJSON(): WorkingCalendarJSON {
    return this.#current.toJSON();
  }
}
