import { chinaDayNumber, formatChinaDate, parseChinaDate, startOfChinaDay, weekdayOf } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';

/** The report periods of seed 001: 每天一统计，每周一汇总，每月一通报. */
export const PERIOD_KINDS = ['day', 'week', 'month'] as const;
/** A kind of period. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period in China time: [fromMs, toMs), with its first and last dates and a Chinese label. */
export interface Period {
  readonly kind: PeriodKind;
  /** `YYYY-MM-DD` for a day, the Monday of a week, `YYYY-MM` for a month. */
  readonly key: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly label: string;
}

/**
 * The period of a kind that `at` names: a date (`YYYY-MM-DD`) for a day or the week (Monday to Sunday) it
 * falls in, a month (`YYYY-MM`, or any date in it). 400 `PERIOD_INVALID` for anything else.
 */
export function periodOf(kind: PeriodKind, at: string): Period {
  try {
    if (kind === 'month')
      return monthPeriod(/^\d{4}-\d{2}$/.test(at) ? at : formatChinaDate(parseChinaDate(at)).slice(0, 7));
    const day = parseChinaDate(at);
    return kind === 'day' ? dayPeriod(day) : weekPeriod(day - ((weekdayOf(day) + 6) % 7));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, 'PERIOD_INVALID', `统计期间无效：${at}（日、周报用 YYYY-MM-DD，月报用 YYYY-MM）`, { at });
  }
}

/** The period before (the day, week or month just ended before this one began). */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'month') return monthPeriod(formatChinaDate(chinaDayNumber(period.fromMs) - 1).slice(0, 7));
  return periodOf(period.kind, formatChinaDate(chinaDayNumber(period.fromMs) - 1));
}

/** The period holding an instant (today, this week, this month). */
export function currentPeriod(kind: PeriodKind, now: Date): Period {
  return periodOf(kind, formatChinaDate(chinaDayNumber(now)));
}

/** The `count` periods ending with `last`, oldest first. */
export function periodsEndingWith(last: Period, count: number): Period[] {
  const periods = [last];
  while (periods.length < count) periods.unshift(previousPeriod(periods[0] as Period));
  return periods;
}

/** A month `YYYY-MM` (400 when malformed or out of range). */
export function monthPeriod(month: string): Period {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(match?.[1]);
  const number = Number(match?.[2]);
  if (!match || number < 1 || number > 12 || year < 2000 || year > 2100) {
    throw new ApiError(400, 'PERIOD_INVALID', `月份无效：${month}（格式 YYYY-MM）`, { month });
  }
  const first = parseChinaDate(`${month}-01`);
  const next = parseChinaDate(
    number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`,
  );
  return {
    kind: 'month',
    key: month,
    fromMs: startOfChinaDay(first),
    toMs: startOfChinaDay(next),
    firstDate: formatChinaDate(first),
    lastDate: formatChinaDate(next - 1),
    label: `${year}年${number}月`,
  };
}

function dayPeriod(day: number): Period {
  const date = formatChinaDate(day);
  return {
    kind: 'day',
    key: date,
    fromMs: startOfChinaDay(day),
    toMs: startOfChinaDay(day + 1),
    firstDate: date,
    lastDate: date,
    label: chineseDate(date),
  };
}

function weekPeriod(monday: number): Period {
  const first = formatChinaDate(monday);
  const last = formatChinaDate(monday + 6);
  return {
    kind: 'week',
    key: first,
    fromMs: startOfChinaDay(monday),
    toMs: startOfChinaDay(monday + 7),
    firstDate: first,
    lastDate: last,
    label: `${chineseDate(first)}至${chineseDate(last)}`,
  };
}

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
