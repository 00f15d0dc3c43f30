/**
 * Instants and China dates.
 *
 * Every instant in engine state is an ISO 8601 string in China time (`+08:00`), and every calendar
 * date is a `YYYY-MM-DD` string of the date in China (Asia/Shanghai, no daylight saving since 1991),
 * whatever the server's own time zone.
 */

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in half a day: the smallest unit of a step's time limit. */
export const HALF_DAY_MS = DAY_MS / 2;
/** China time's offset from UTC, in milliseconds. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Anything that names an instant: epoch milliseconds, an ISO 8601 string or a Date. */
export type InstantLike = number | string | Date;

/** Epoch milliseconds of an instant (text without an offset is China time); throws a RangeError on an unreadable value. */
export function toEpochMs(value: InstantLike): number {
  const ms =
    typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(inChinaTime(value)) : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`无法识别的时间: ${String(value)}`);
  return ms;
}

/** A date or date-time written without an offset means China time, never the machine's zone. */
function inChinaTime(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00+08:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) return `${text}+08:00`;
  return text;
}

/** Formats an instant as ISO 8601 in China time, e.g. `2026-03-02T09:30:00.000+08:00`. */
export function formatInstant(value: InstantLike): string {
  const shifted = new Date(toEpochMs(value) + CHINA_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 23)}+08:00`;
}

/** The number of the China date an instant falls on (days since 1970-01-01 in China time). */
export function chinaDayNumber(value: InstantLike): number {
  return Math.floor((toEpochMs(value) + CHINA_OFFSET_MS) / DAY_MS);
}

/** The epoch milliseconds of 00:00 China time on the given day number. */
export function startOfChinaDay(dayNumber: number): number {
  return dayNumber * DAY_MS - CHINA_OFFSET_MS;
}

/** `YYYY-MM-DD` of a China day number. */
export function formatChinaDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** China day number of a `YYYY-MM-DD` date; throws a RangeError on anything else. */
export function parseChinaDate(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`日期格式应为 YYYY-MM-DD: ${date}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`不存在的日期: ${date}`);
  }
  return ms / DAY_MS;
}

/** Day of the week of a China day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
