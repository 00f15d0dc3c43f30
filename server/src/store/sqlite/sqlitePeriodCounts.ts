import type Database from 'better-sqlite3';
import type { FactsFilter, PeriodRow } from '../statisticsStore.js';
import { andCondition, factsCondition } from './sqliteFactsFilter.js';

/** Accepted, completed and pending cases of [fromMs, toMs) by item, unit and window. */
export function periodCounts(db: Database.Database, fromMs: number, toMs: number, filter: FactsFilter): PeriodRow[] {
  const where = factsCondition(filter);
  const and = andCondition(where);
  const rows = new Map<string, Mutable<PeriodRow>>();
  const rowOf = (r: GroupKey): Mutable<PeriodRow> => {
    const id = JSON.stringify([r.item_code, r.unit_id, r.window_id]);
    let row = rows.get(id);
    if (!row) {
      row = { itemCode: r.item_code, unitId: r.unit_id, windowId: r.window_id, ...ZERO };
      rows.set(id, row);
    }
    return row;
  };
  const accepted = db
    .prepare(
      `SELECT item_code, unit_id, window_id, COUNT(*) AS n FROM case_facts
       WHERE accepted_ms >= ? AND accepted_ms < ?${and} GROUP BY item_code, unit_id, window_id`,
    )
    .all(fromMs, toMs, ...where.params) as (GroupKey & { n: number })[];
  for (const r of accepted) rowOf(r).accepted += r.n;
  const ended = db
    .prepare(
      `SELECT item_code, unit_id, window_id, SUM(status IN ('completed', 'terminated')) AS completed,
         SUM(status = 'terminated') AS refused, SUM(timeliness = 'early') AS early,
         SUM(timeliness IN ('early', 'on-time')) AS on_time, SUM(timeliness = 'overdue') AS overdue,
         SUM(status = 'withdrawn') AS withdrawn,
         SUM(CASE WHEN status IN ('completed', 'terminated') THEN used_days ELSE 0 END) AS used_days,
         SUM(CASE WHEN status IN ('completed', 'terminated') THEN promised_days ELSE 0 END) AS promised_days
       FROM case_facts WHERE ended_ms IS NOT NULL AND ended_ms >= ? AND ended_ms < ?${and}
       GROUP BY item_code, unit_id, window_id`,
    )
    .all(fromMs, toMs, ...where.params) as (GroupKey & EndedSums)[];
  for (const r of ended) {
    const row = rowOf(r);
    row.completed += r.completed;
    row.refused += r.refused;
    row.early += r.early;
    row.onTime += r.on_time;
    row.overdue += r.overdue;
    row.withdrawn += r.withdrawn;
    row.usedDays += r.used_days;
    row.promisedDays += r.promised_days;
  }
  // Pending at the end: still open and accepted before it (read from the open cases' index: `+accepted_ms` keeps
  // SQLite from walking all history by acceptance instead), or ended only after it (two indexed reads).
  const pending = db
    .prepare(
      `SELECT item_code, unit_id, window_id, COUNT(*) AS n, SUM(due_ms <= ?) AS late FROM (
         SELECT case_id, item_code, unit_id, window_id, due_ms FROM case_facts WHERE open = 1 AND +accepted_ms < ?${and}
         UNION ALL
         SELECT case_id, item_code, unit_id, window_id, due_ms FROM case_facts
           WHERE ended_ms IS NOT NULL AND ended_ms >= ? AND accepted_ms < ?${and}
       ) GROUP BY item_code, unit_id, window_id`,
    )
    .all(toMs, toMs, ...where.params, toMs, toMs, ...where.params) as (GroupKey & { n: number; late: number })[];
  for (const r of pending) {
    const row = rowOf(r);
    row.pending += r.n;
    row.pendingOverdue += r.late;
  }
  return [...rows.values()];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ZERO = {
  accepted: 0,
  completed: 0,
  refused: 0,
  early: 0,
  onTime: 0,
  overdue: 0,
  withdrawn: 0,
  usedDays: 0,
  promisedDays: 0,
  pending: 0,
  pendingOverdue: 0,
};

interface GroupKey {
  item_code: string;
  unit_id: string;
  window_id: string | null;
}

interface EndedSums {
  completed: number;
  refused: number;
  early: number;
  on_time: number;
  overdue: number;
  withdrawn: number;
  used_days: number;
  promised_days: number;
}
