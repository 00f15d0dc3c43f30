import { parseChinaDate, startOfChinaDay, type ProcessModel, type WorkingCalendar } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type { StepFactRow } from '../../store/port.js';
import { median, percentile, round2, stepUsedDays } from './stepStats.js';

/** One step's numbers over the period, against its limit. */
export interface StepFigures {
  readonly elementId: string;
  readonly name: string;
  /** The limit in the item's latest version (working days), if any. */
  readonly limitDays: number | null;
  readonly critical: boolean;
  readonly slackDays: number;
  readonly count: number;
  readonly medianDays: number | null;
  readonly p90Days: number | null;
  readonly averageDays: number | null;
  /** Completed after their own deadline (超时), and the share of all. */
  readonly overCount: number;
  readonly overRate: number | null;
}

/**
 * Each step's figures from the completed steps: the latest model's steps in their order (then steps only older
 * versions had); a step's days are counted against the limit of the version its case ran on.
 */
export async function stepFigures(
  model: ProcessModel,
  rows: readonly StepFactRow[],
  modelOf: (version: number) => Promise<ProcessModel>,
  calendar: WorkingCalendar,
): Promise<StepFigures[]> {
  const byStep = new Map<string, { days: number[]; over: number }>();
  for (const row of rows) {
    const limit = (await modelOf(row.itemVersion)).elements[row.elementId]?.step?.timeLimit;
    const entry = byStep.get(row.elementId) ?? { days: [], over: 0 };
    entry.days.push(stepUsedDays(row, limit, calendar));
    if (row.dueMs !== null && row.completedMs > row.dueMs) entry.over += 1;
    byStep.set(row.elementId, entry);
  }
  const known = model.userSteps.map((s) => s.id);
  const ids = [...known, ...[...byStep.keys()].filter((id) => !known.includes(id)).sort()];
  return ids.map((id): StepFigures => {
    const info = model.userSteps.find((s) => s.id === id);
    const entry = byStep.get(id) ?? { days: [], over: 0 };
    const n = entry.days.length;
    return {
      elementId: id,
      name: info?.name ?? id,
      limitDays: info?.timeLimit ?? null,
      critical: info?.critical ?? false,
      slackDays: info?.slack ?? 0,
      count: n,
      medianDays: median(entry.days),
      p90Days: percentile(entry.days, 90),
      averageDays: n === 0 ? null : round2(entry.days.reduce((a, b) => a + b, 0) / n),
      overCount: entry.over,
      overRate: n === 0 ? null : Math.round((entry.over / n) * 10_000) / 10_000,
    };
  });
}

/** [start of `from`, end of `to`) in China time; 400 for bad dates or a reversed or over-long range. */
export function rangeOf(from: string, to: string): [number, number] {
  let a: number;
  let b: number;
  try {
    a = parseChinaDate(from);
    b = parseChinaDate(to);
  } catch {
    throw new ApiError(400, 'PERIOD_INVALID', '日期格式应为 YYYY-MM-DD', { from, to });
  }
  if (b < a || b - a > 3 * 366)
    throw new ApiError(400, 'PERIOD_INVALID', '起止日期无效（不超过三年，止不早于起）', { from, to });
  return [startOfChinaDay(a), startOfChinaDay(b + 1)];
}
