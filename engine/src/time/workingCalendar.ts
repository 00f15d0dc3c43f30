/**
 * Working days (工作日) in China time.
 *
 * Working time is a continuous measure: every working day contributes its whole 24 hours
 * [00:00, 24:00) China time and rest days contribute nothing. Amounts are integer milliseconds
 * inside; the day-based methods convert with `days * DAY_MS`, rounded to the millisecond.
 */
import { CalendarNotCoveredError } from './calendarErrors.js';
import {
  DAY_MS,
  chinaDayNumber,
  formatChinaDate,
  parseChinaDate,
  startOfChinaDay,
  toEpochMs,
  weekdayOf,
  type InstantLike,
} from './instant.js';

/** How a calendar treats a day outside its covered years: plain Monday–Friday, or an error. */
export type BeyondCoverage = 'assume-weekdays' | 'error';

/** Options of a {@link WorkingCalendar}. */
export interface WorkingCalendarOptions {
  /** What a day outside the covered years means; `assume-weekdays` unless set. */
  readonly beyondCoverage?: BeyondCoverage;
}

/** Holiday data laid over a calendar (by an administrator or a service center); later wins. */
export interface CalendarOverrides {
  /** Rest days, `YYYY-MM-DD`; a date listed here stops being a make-up working day. */
  readonly holidays?: readonly string[];
  /** Make-up working days (调休上班), `YYYY-MM-DD`; a date listed here stops being a holiday. */
  readonly workdays?: readonly string[];
  /** Years whose holiday arrangement is complete, so computations may rely on them. */
  readonly coveredYears?: readonly number[];
}

/** A calendar as `toJSON` writes it: sorted dates and the covered years. */
export interface WorkingCalendarJSON {
  /** Every rest day listed in the data (weekends that are plain weekends are not listed). */
  holidays: string[];
  /** Every make-up working day. */
  workdays: string[];
  /** First covered date, absent when no year is covered. */
  coveredFrom?: string;
  /** Last covered date, absent when no year is covered. */
  coveredUntil?: string;
  /** The covered years, ascending. */
  coveredYears: number[];
}

/** A stored calendar as `WorkingCalendar.fromJSON` reads it; without `coveredYears`, the years of `coveredFrom`..`coveredUntil` are covered. */
export interface StoredWorkingCalendar extends CalendarOverrides {
  /** First covered date, `YYYY-MM-DD`. */
  readonly coveredFrom?: string;
  /** Last covered date, `YYYY-MM-DD`. */
  readonly coveredUntil?: string;
}

/** A China date: `YYYY-MM-DD`, or an instant (epoch ms, ISO 8601 string, Date) on that date. */
export type CalendarDate = InstantLike;

interface CalendarState {
  readonly holidays: ReadonlySet<number>;
  readonly workdays: ReadonlySet<number>;
  readonly coveredYears: readonly number[];
}

type DayRange = readonly [first: number, last: number];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Working time in any seven consecutive days that have no holiday data. */
const WEEK_WORK_MS = 5 * DAY_MS;
/** Largest magnitude of an ECMAScript time value. */
const MAX_TIME = 8.64e15;
const EMPTY: CalendarState = { holidays: new Set(), workdays: new Set(), coveredYears: [] };

/** Handed from `WorkingCalendar.#create` to the constructor, to skip re-validating known data. */
let handOff: CalendarState | undefined;

/** An immutable working-day calendar: Monday–Friday, minus holidays, plus make-up working days. */
export class WorkingCalendar {
  /** How this calendar treats a day outside its covered years. */
  readonly beyondCoverage: BeyondCoverage;
  readonly #state: CalendarState;
  readonly #ranges: readonly DayRange[];
  readonly #strict: boolean;
  readonly #firstDataDay: number;
  readonly #lastDataDay: number;

  /** A calendar of plain Monday–Friday weeks with the given holiday data laid over them. */
  constructor(data: CalendarOverrides = {}, options: WorkingCalendarOptions = {}) {
    const state = handOff ?? layer(EMPTY, [data]);
    handOff = undefined;
    const beyond = options.beyondCoverage ?? 'assume-weekdays';
    if (beyond !== 'assume-weekdays' && beyond !== 'error') {
      throw new RangeError(`beyondCoverage 应为 assume-weekdays 或 error：${String(beyond)}`);
    }
    this.beyondCoverage = beyond;
    this.#strict = beyond === 'error';
    this.#state = state;
    this.#ranges = coveredRanges(state.coveredYears);
    let first = Infinity;
    let last = -Infinity;
    for (const set of [state.holidays, state.workdays]) {
      for (const day of set) {
        if (day < first) first = day;
        if (day > last) last = day;
      }
    }
    this.#firstDataDay = first;
    this.#lastDataDay = last;
  }

  /** Reads a calendar stored by `toJSON` (`coveredFrom`/`coveredUntil` stand for whole years). */
  static fromJSON(json: StoredWorkingCalendar, options: WorkingCalendarOptions = {}): WorkingCalendar {
    const coveredYears = json.coveredYears ?? yearsBetween(json.coveredFrom, json.coveredUntil);
    return new WorkingCalendar({ ...json, coveredYears }, options);
  }

  static #create(state: CalendarState, options: WorkingCalendarOptions): WorkingCalendar {
    handOff = state;
    return new WorkingCalendar({}, options);
  }

  /** A new calendar with the overrides laid over this one, in order; this one is unchanged. */
  withOverrides(...overrides: readonly CalendarOverrides[]): WorkingCalendar {
    return WorkingCalendar.#create(layer(this.#state, overrides), { beyondCoverage: this.beyondCoverage });
  }

  /** A new calendar with the same data and other options. */
  withOptions(options: WorkingCalendarOptions): WorkingCalendar {
    return WorkingCalendar.#create(this.#state, options);
  }

  /** Whether a China date is a working day (Mon–Fri and not a holiday, or a make-up working day). */
  isWorkingDay(date: CalendarDate): boolean {
    return this.#isWorking(dayOf(date));
  }

  /** The first working day after the given date, `YYYY-MM-DD`. */
  nextWorkingDay(date: CalendarDate): string {
    let day = dayOf(date) + 1;
    while (!this.#isWorking(day)) day += 1;
    return formatChinaDate(day);
  }

  /** The last working day before the given date, `YYYY-MM-DD`. */
  previousWorkingDay(date: CalendarDate): string {
    let day = dayOf(date) - 1;
    while (!this.#isWorking(day)) day -= 1;
    return formatChinaDate(day);
  }

  /** Epoch ms of the instant at which `days` of working time have passed since `from` (negative: before). */
  addWorkingDays(from: InstantLike, days: number): number {
    return this.addWorkingMs(from, daysToMs(days));
  }

  /** Like `addWorkingDays`, in integer milliseconds of working time. */
  addWorkingMs(from: InstantLike, ms: number): number {
    const start = toEpochMs(from);
    if (!Number.isSafeInteger(ms)) throw new RangeError(`工作时长应为整数毫秒：${String(ms)}`);
    if (Math.abs(ms) > MAX_TIME) throw outOfRange();
    if (ms === 0) return start;
    const result = ms > 0 ? this.#forward(start, ms) : this.#backward(start, -ms);
    if (!(Math.abs(result) <= MAX_TIME)) throw outOfRange();
    return result;
  }

  /** Working days in [from, to): working milliseconds / DAY_MS; negative when `to` is before `from`. */
  workingDaysBetween(from: InstantLike, to: InstantLike): number {
    return this.workingMsBetween(from, to) / DAY_MS;
  }

  /** Working milliseconds in [from, to); negative when `to` is before `from`. */
  workingMsBetween(from: InstantLike, to: InstantLike): number {
    const a = toEpochMs(from);
    const b = toEpochMs(to);
    return b >= a ? this.#measure(a, b) : -this.#measure(b, a);
  }

  /** Epoch ms `days` calendar days after `from` (China time has no daylight saving). */
  addCalendarDays(from: InstantLike, days: number): number {
    const result = toEpochMs(from) + daysToMs(days);
    if (!(Math.abs(result) <= MAX_TIME)) throw outOfRange();
    return result;
  }

  /** Whether the calendar has holiday data for the year of a China date. */
  isCovered(date: CalendarDate): boolean {
    return this.#covers(dayOf(date));
  }

  /** The first covered date, `YYYY-MM-DD`, or undefined when no year is covered. */
  get coveredFrom(): string | undefined {
    const first = this.#ranges[0];
    return first === undefined ? undefined : formatChinaDate(first[0]);
  }

  /** The last covered date, `YYYY-MM-DD` (coverage may have gaps: see `firstUncoveredDate`). */
  get coveredUntil(): string | undefined {
    const last = this.#ranges.at(-1);
    return last === undefined ? undefined : formatChinaDate(last[1]);
  }

  /** The covered years, ascending. */
  get coveredYears(): readonly number[] {
    return [...this.#state.coveredYears];
  }

  /**
   * The first uncovered China date from `from` through `to` (either order), or undefined.
   * An instant `to` exactly at a China midnight after `from` ends the span before that day.
   */
  firstUncoveredDate(from: CalendarDate, to: CalendarDate): string | undefined {
    const a = dayOf(from);
    let b = dayOf(to);
    if (!isDateOnly(to) && b > a && startOfChinaDay(b) === toEpochMs(to)) b -= 1;
    const day = this.#firstUncovered(Math.min(a, b), Math.max(a, b));
    return day === undefined ? undefined : formatChinaDate(day);
  }

  /** The first date in the coming `monthsAhead` months (today included) without holiday data. */
  coverageGap(today: CalendarDate, monthsAhead = 3): string | undefined {
    if (!Number.isInteger(monthsAhead) || monthsAhead < 0) {
      throw new RangeError(`月数应为非负整数：${String(monthsAhead)}`);
    }
    const start = dayOf(today);
    const date = new Date(start * DAY_MS);
    const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + monthsAhead];
    const end = Math.min(Date.UTC(year, month, date.getUTCDate()), Date.UTC(year, month + 1, 0)) / DAY_MS;
    const day = this.#firstUncovered(start, end);
    return day === undefined ? undefined : formatChinaDate(day);
  }

  /** The calendar's data, sorted, for storage; `WorkingCalendar.fromJSON` reads it back. */
  toJSON(): WorkingCalendarJSON {
    const { coveredFrom, coveredUntil } = this;
    return {
      holidays: sortedDates(this.#state.holidays),
      workdays: sortedDates(this.#state.workdays),
      ...(coveredFrom === undefined ? {} : { coveredFrom }),
      ...(coveredUntil === undefined ? {} : { coveredUntil }),
      coveredYears: [...this.#state.coveredYears],
    };
  }

  #isWorking(day: number): boolean {
    if (this.#strict && !this.#covers(day)) throw new CalendarNotCoveredError(formatChinaDate(day));
    if (this.#state.workdays.has(day)) return true;
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6 && !this.#state.holidays.has(day);
  }

  #covers(day: number): boolean {
    for (const [first, last] of this.#ranges) {
      if (day < first) return false;
      if (day <= last) return true;
    }
    return false;
  }

  #firstUncovered(from: number, to: number): number | undefined {
    let day = from;
    for (const [first, last] of this.#ranges) {
      if (day < first) break;
      if (day <= last) day = last + 1;
    }
    return day <= to ? day : undefined;
  }

  /** Walks forward; a result at the end of a working day is that day's 24:00. */
  #forward(start: number, ms: number): number {
    let remaining = ms;
    let day = chinaDayNumber(start);
    let pos = start;
    for (;;) {
      const end = startOfChinaDay(day + 1);
      if (this.#isWorking(day)) {
        if (remaining <= end - pos) return pos + remaining;
        remaining -= end - pos;
      }
      day += 1;
      pos = end;
      const weeks = this.#skippableWeeks(remaining, day > this.#lastDataDay, this.#firstDataDay - day);
      if (weeks > 0) {
        day += 7 * weeks;
        remaining -= weeks * WEEK_WORK_MS;
        pos = startOfChinaDay(day);
      }
    }
  }

  /** Walks backward; a result at the start of a working day is that day's 00:00. */
  #backward(start: number, ms: number): number {
    let remaining = ms;
    let day = chinaDayNumber(start - 1);
    let pos = start;
    for (;;) {
      const dayStart = startOfChinaDay(day);
      if (this.#isWorking(day)) {
        if (remaining <= pos - dayStart) return pos - remaining;
        remaining -= pos - dayStart;
      }
      day -= 1;
      pos = dayStart;
      const weeks = this.#skippableWeeks(remaining, day < this.#firstDataDay, day - this.#lastDataDay);
      if (weeks > 0) {
        day -= 7 * weeks;
        remaining -= weeks * WEEK_WORK_MS;
        pos = startOfChinaDay(day + 1);
      }
    }
  }

  /**
   * Whole weeks a walk may jump over, where no day has data and every week holds five working
   * days: unbounded past the last data day (`pastData`), else up to `daysToData` days ahead.
   * Always leaves some working time to walk, so the end-of-day rules stay with the walk.
   */
  #skippableWeeks(remaining: number, pastData: boolean, daysToData: number): number {
    if (this.#strict || remaining <= WEEK_WORK_MS) return 0;
    const wanted = Math.ceil(remaining / WEEK_WORK_MS) - 1;
    return pastData ? wanted : Math.min(wanted, Math.floor(daysToData / 7));
  }

  /** Working ms in [a, b), a <= b; only the days the interval touches are looked at. */
  #measure(a: number, b: number): number {
    if (a === b) return 0;
    const firstDay = chinaDayNumber(a);
    const lastDay = chinaDayNumber(b - 1);
    let total = 0;
    for (let day = firstDay; day <= lastDay;) {
      if (day > firstDay && !this.#strict) {
        const room = (day > this.#lastDataDay ? lastDay : Math.min(lastDay, this.#firstDataDay)) - day;
        const weeks = Math.floor(room / 7);
        if (weeks > 0) {
          total += weeks * WEEK_WORK_MS;
          day += 7 * weeks;
          continue;
        }
      }
      if (this.#isWorking(day)) {
        total += Math.min(b, startOfChinaDay(day + 1)) - Math.max(a, startOfChinaDay(day));
      }
      day += 1;
    }
    return total;
  }
}

function isDateOnly(date: CalendarDate): date is string {
  return typeof date === 'string' && DATE_ONLY.test(date);
}

function dayOf(date: CalendarDate): number {
  return isDateOnly(date) ? parseChinaDate(date) : chinaDayNumber(date);
}

function daysToMs(days: number): number {
  if (typeof days !== 'number' || !Number.isFinite(days)) {
    throw new RangeError(`天数应为有限数字：${String(days)}`);
  }
  const ms = Math.round(Math.abs(days) * DAY_MS);
  return days < 0 ? -ms : ms;
}

function outOfRange(): RangeError {
  return new RangeError('计算结果超出可表示的时间范围');
}

function sortedDates(days: ReadonlySet<number>): string[] {
  return [...days].sort((x, y) => x - y).map(formatChinaDate);
}

/** Copies the state and lays the overrides over it, validating each override first. */
function layer(state: CalendarState, overrides: readonly CalendarOverrides[]): CalendarState {
  const holidays = new Set(state.holidays);
  const workdays = new Set(state.workdays);
  const years = new Set(state.coveredYears);
  for (const override of overrides) {
    const rest = parseDates(override.holidays, '节假日');
    const work = parseDates(override.workdays, '调休上班日');
    const restSet = new Set(rest);
    for (const day of work) {
      if (restSet.has(day)) {
        throw new RangeError(`${formatChinaDate(day)} 不能同时是节假日和调休上班日`);
      }
    }
    const newYears = parseYears(override.coveredYears);
    for (const day of rest) {
      holidays.add(day);
      workdays.delete(day);
    }
    for (const day of work) {
      workdays.add(day);
      holidays.delete(day);
    }
    for (const year of newYears) years.add(year);
  }
  return { holidays, workdays, coveredYears: [...years].sort((x, y) => x - y) };
}

function parseDates(list: readonly string[] | undefined, label: string): number[] {
  if (list === undefined) return [];
  const raw: unknown = list;
  if (!Array.isArray(raw)) throw new RangeError(`${label}应为日期列表：${String(raw)}`);
  return list.map((value: unknown) => {
    if (typeof value === 'string' && DATE_ONLY.test(value)) {
      try {
        return parseChinaDate(value);
      } catch {
        // reported below with the list's name
      }
    }
    throw new RangeError(`${label}日期无效：${String(value)}（应为存在的 YYYY-MM-DD 日期）`);
  });
}

function parseYears(list: readonly number[] | undefined): number[] {
  if (list === undefined) return [];
  const raw: unknown = list;
  if (!Array.isArray(raw)) throw new RangeError(`覆盖年份应为年份列表：${String(raw)}`);
  return list.map((year: unknown) => {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 9999) {
      throw new RangeError(`覆盖年份无效：${String(year)}（应为 1900–9999 的整数）`);
    }
    return year;
  });
}

function yearsBetween(from: string | undefined, until: string | undefined): number[] {
  if (from === undefined && until === undefined) return [];
  if (from === undefined || until === undefined) {
    throw new RangeError('coveredFrom 与 coveredUntil 应同时给出');
  }
  const first = new Date(parseChinaDate(from) * DAY_MS).getUTCFullYear();
  const last = new Date(parseChinaDate(until) * DAY_MS).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  return years;
}

function coveredRanges(years: readonly number[]): DayRange[] {
  const ranges: Array<[number, number]> = [];
  for (const year of years) {
    const first = Date.UTC(year, 0, 1) / DAY_MS;
    const last = Date.UTC(year + 1, 0, 1) / DAY_MS - 1;
    const previous = ranges.at(-1);
    if (previous !== undefined && previous[1] + 1 === first) previous[1] = last;
    else ranges.push([first, last]);
  }
  return ranges;
}
