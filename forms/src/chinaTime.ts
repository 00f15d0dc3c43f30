/** China has kept UTC+8 all year since 1991; dates in forms are China dates whatever the machine's zone. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date in China (Asia/Shanghai) at the instant `now`, as `YYYY-MM-DD`. */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when year, month and day name a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Parses `YYYY-MM-DD` into its parts, or undefined when the text is not that shape or not a real date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = DATE_SHAPE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

const RELATIVE = /^today(?:([+-])(\d{1,4})([dmy]))?$/;

/**
 * Resolves a date limit as written in a schema (`today`, `today-18y`, `today+30d`, or `YYYY-MM-DD`) to a
 * China date `YYYY-MM-DD`; undefined when the limit is not understood.
 */
export function resolveDateLimit(limit: string, now: Date): string | undefined {
  if (parseIsoDate(limit)) return limit;
  const match = RELATIVE.exec(limit);
  if (!match) return undefined;
  const today = parseIsoDate(chinaToday(now));
  if (!today) return undefined;
  if (match[1] === undefined) return chinaToday(now);
  const amount = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  let { year, month, day } = today;
  if (match[3] === 'd') {
    const shifted = new Date(Date.UTC(year, month - 1, day + amount));
    return shifted.toISOString().slice(0, 10);
  }
  if (match[3] === 'm') {
    const total = year * 12 + (month - 1) + amount;
    year = Math.floor(total / 12);
    month = (total % 12) + 1;
  } else {
    year += amount;
  }
  day = Math.min(day, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
