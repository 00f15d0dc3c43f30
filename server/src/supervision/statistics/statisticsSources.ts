import { formatInstant } from '@govflow/engine';
import type { EvaluationLevel, SignalLevel, Store } from '../../store/port.js';

/** Where a counted supervision record belongs (what the source knows of it; null when it cannot say). */
export interface Attribution {
  readonly departmentId: string | null;
  readonly unitId: string | null;
  readonly windowId: string | null;
  readonly itemCode: string | null;
}

/** Signals (预警纠错) of a period by kind and level; revoked cards are not counted. */
export interface SignalCount extends Attribution {
  readonly kind: string;
  readonly level: SignalLevel;
  readonly count: number;
}

/** Complaints (投诉) received in a period; `substantiated` counts those found true. */
export interface ComplaintCount extends Attribution {
  readonly count: number;
  readonly substantiated: number;
}

/** Evaluations (好差评) given in a period by level. */
export interface EvaluationCount extends Attribution {
  readonly level: EvaluationLevel;
  readonly count: number;
}

/** The period and the reader's scope keys (`'all'` for supervisors and administrators). */
export interface SourceQuery {
  readonly fromMs: number;
  readonly toMs: number;
  readonly scopeKeys: readonly string[] | 'all';
}

/**
 * The counts other supervision modules contribute to reports and scores: signals, complaints and
 * evaluations. The seam lets a module's own counting replace the default reads below.
 */
export interface StatisticsSources {
  signals(query: SourceQuery): Promise<readonly SignalCount[]>;
  complaints(query: SourceQuery): Promise<readonly ComplaintCount[]>;
  evaluations(query: SourceQuery): Promise<readonly EvaluationCount[]>;
}

/** Most signals one report reads (the signal store has no count query yet: see `storeSources`). */
export const SIGNAL_READ_LIMIT = 200_000;

/**
 * The default sources, read from the store: complaints and evaluations through their count queries; signals
 * by listing them (the signal store offers no count by period yet) and counting those whose breach occurred in
 * the period. Scoped readers see records of their departments and windows only.
 */
export function storeSources(store: Store): StatisticsSources {
  const range = (q: SourceQuery) => ({ from: formatInstant(q.fromMs), to: formatInstant(q.toMs) });
  return {
    async signals(query) {
      const listed = await store.listSignals(
        query.scopeKeys === 'all' ? {} : { scopeKeys: query.scopeKeys },
        SIGNAL_READ_LIMIT,
      );
      const counts = new Map<string, SignalCount>();
      for (const s of listed) {
        const at = Date.parse(s.occurredAt);
        if (at < query.fromMs || at >= query.toMs || s.resolution === 'revoked') continue;
        const row = { departmentId: s.departmentId, unitId: s.unitId, windowId: s.windowId, itemCode: s.itemCode };
        const key = JSON.stringify([row.departmentId, row.unitId, row.windowId, row.itemCode, s.kind, s.level]);
        counts.set(key, { ...row, kind: s.kind, level: s.level, count: (counts.get(key)?.count ?? 0) + 1 });
      }
      return [...counts.values()];
    },
    async complaints(query) {
      const rows = await store.countComplaints(range(query));
      return rows
        .filter((r) => inScope(query.scopeKeys, r.departmentId, null))
        .map((r) => ({
          departmentId: r.departmentId,
          unitId: null,
          windowId: null,
          itemCode: null,
          count: r.count,
          substantiated: r.resolution === 'substantiated' ? r.count : 0,
        }));
    },
    async evaluations(query) {
      const rows = await store.countEvaluations(range(query));
      return rows
        .filter((r) => inScope(query.scopeKeys, r.departmentId, r.windowId))
        .map((r) => ({
          departmentId: r.departmentId,
          unitId: null,
          windowId: r.windowId,
          itemCode: null,
          level: r.level,
          count: r.count,
        }));
    },
  };
}

/** Whether a record of a department and window lies in a reader's scope. */
function inScope(keys: readonly string[] | 'all', departmentId: string | null, windowId: string | null): boolean {
  if (keys === 'all') return true;
  return (
    (departmentId !== null && keys.includes(`dept:${departmentId}`)) ||
    (windowId !== null && keys.includes(`window:${windowId}`))
  );
}
