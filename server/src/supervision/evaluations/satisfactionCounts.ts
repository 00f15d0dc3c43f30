import type { EvaluationCountFilter, EvaluationLevel, Store } from '../../store/port.js';
import { EVALUATION_LEVELS, isNegative } from './evaluationLevels.js';

/** Evaluations of one group counted by level, with the negative ones and the satisfaction rate. */
export interface LevelCounts {
  readonly total: number;
  readonly byLevel: Readonly<Record<EvaluationLevel, number>>;
  /** 不满意 + 非常不满意 (差评). */
  readonly negative: number;
  /** Share of 非常满意, 满意 and 基本满意 in the total (0–1), null when there is none. */
  readonly satisfactionRate: number | null;
}

/** What `satisfactionCounts` answers: the whole, and each department, window and clerk (null: none recorded). */
export interface SatisfactionCounts {
  readonly from: string;
  readonly to: string;
  readonly total: LevelCounts;
  readonly byDepartment: readonly { readonly departmentId: string | null; readonly counts: LevelCounts }[];
  readonly byWindow: readonly { readonly windowId: string | null; readonly counts: LevelCounts }[];
  readonly byClerk: readonly { readonly clerkId: string | null; readonly counts: LevelCounts }[];
}

/**
 * 好差评 counts for statistics and scores: the evaluations given in [from, to) (ISO instants), optionally of
 * one department, window or clerk, by level — overall and per department, window and clerk — from one
 * grouped store query.
 */
export async function satisfactionCounts(
  store: Pick<Store, 'countEvaluations'>,
  query: EvaluationCountFilter,
): Promise<SatisfactionCounts> {
  const rows = await store.countEvaluations(query);
  const total = new Tally();
  const departments = new Map<string | null, Tally>();
  const windows = new Map<string | null, Tally>();
  const clerks = new Map<string | null, Tally>();
  for (const row of rows) {
    for (const tally of [
      total,
      tallyOf(departments, row.departmentId),
      tallyOf(windows, row.windowId),
      tallyOf(clerks, row.clerkId),
    ]) {
      tally.add(row.level, row.count);
    }
  }
  return {
    from: query.from,
    to: query.to,
    total: total.counts(),
    byDepartment: [...departments].map(([departmentId, t]) => ({ departmentId, counts: t.counts() })),
    byWindow: [...windows].map(([windowId, t]) => ({ windowId, counts: t.counts() })),
    byClerk: [...clerks].map(([clerkId, t]) => ({ clerkId, counts: t.counts() })),
  };
}

class Tally {
  private readonly levels = Object.fromEntries(EVALUATION_LEVELS.map((l) => [l, 0])) as Record<EvaluationLevel, number>;

  add(level: EvaluationLevel, count: number): void {
    this.levels[level] += count;
  }

  counts(): LevelCounts {
    const total = EVALUATION_LEVELS.reduce((sum, level) => sum + this.levels[level], 0);
    const negative = EVALUATION_LEVELS.filter(isNegative).reduce((sum, level) => sum + this.levels[level], 0);
    return {
      total,
      byLevel: { ...this.levels },
      negative,
      satisfactionRate: total === 0 ? null : (total - negative) / total,
    };
  }
}

function tallyOf(map: Map<string | null, Tally>, key: string | null): Tally {
  let found = map.get(key);
  if (!found) {
    found = new Tally();
    map.set(key, found);
  }
  return found;
}
