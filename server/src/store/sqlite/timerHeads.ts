import type Database from 'better-sqlite3';
import type { TimerRow } from './rows.js';

/**
 * Migration 16: the due-time index holds one entry per case — its earliest timer (`cases.next_timer_ms`,
 * NULL once the case has none) — instead of one per timer. A completed step replaces three timers of a
 * case (its yellow, red and due lights) with three of the next step: in an index of every timer that moved
 * six entries, each on its own page among the other cases' timers due at the same instant; the head moves
 * one. The timers themselves stay keyed by case, where a case's rows share a page.
 */
export const TIMER_HEADS_MIGRATION_SQL = `
  ALTER TABLE cases ADD COLUMN next_timer_ms INTEGER;
  UPDATE cases SET next_timer_ms = (SELECT MIN(due_ms) FROM timers WHERE timers.case_id = cases.id)
    WHERE id IN (SELECT case_id FROM timers);
  CREATE INDEX cases_by_next_timer ON cases (next_timer_ms, id) WHERE next_timer_ms IS NOT NULL;
  DROP INDEX timers_by_due;
`;

/** Sets a case's head: its earliest timer's due instant (epoch ms), or `null` when it has none. */
export function moveTimerHead(db: Database.Database, caseId: string, nextMs: number | null): void {
  db.prepare('UPDATE cases SET next_timer_ms = ? WHERE id = ?').run(nextMs, caseId);
}

/** Cases read from the head index per query while looking for due timers (default of `selectDueTimers`). */
const HEADS_PER_READ = 128;

interface Head {
  id: string;
  next_timer_ms: number;
}

/** A timer row with its due instant in epoch ms, as the walk reads it. */
export interface DueRow extends TimerRow {
  due_ms: number;
}

/**
 * The timers due at or before `untilMs` in the order (due instant, case id, timer id), up to `limit` — with
 * `leaseNow`, only those whose lease has run out by then. It walks the cases by their earliest timer and stops
 * at the first case that can hold nothing earlier than the `limit`-th timer found so far: a case's timers are
 * all due at or after its head. `headsPerRead`: cases read from the head index per query.
 */
export function selectDueTimers(
  db: Database.Database,
  untilMs: number,
  leaseNow: number | null,
  limit: number,
  headsPerRead = HEADS_PER_READ,
): DueRow[] {
  if (limit <= 0) return [];
  const heads = db.prepare(
    `SELECT id, next_timer_ms FROM cases WHERE next_timer_ms <= ? AND (next_timer_ms, id) > (?, ?)
     ORDER BY next_timer_ms, id LIMIT ?`,
  );
  const timersOf = db.prepare(
    `SELECT case_id, timer_id, kind, due_at, task_id, due_ms FROM timers t WHERE case_id = ? AND due_ms <= ?
     AND NOT EXISTS (SELECT 1 FROM timer_leases l WHERE l.case_id = t.case_id AND l.timer_id = t.timer_id AND l.until_ms >= ?)`,
  );
  const notLeased = leaseNow ?? Number.MAX_SAFE_INTEGER;
  let found: DueRow[] = [];
  const earliest = (): DueRow[] => (found = found.sort(byDue).slice(0, limit));
  let after: [number, string] = [Number.MIN_SAFE_INTEGER, ''];
  for (;;) {
    const page = heads.all(untilMs, after[0], after[1], headsPerRead) as Head[];
    // The `limit`-th timer so far, once there are that many: a case whose head comes after it adds nothing.
    const bound = found.length >= limit ? earliest()[limit - 1] : undefined;
    for (const head of page) {
      if (bound && isAfter(head.next_timer_ms, head.id, bound)) return earliest();
      found.push(...(timersOf.all(head.id, untilMs, notLeased) as DueRow[]));
    }
    const end = page.at(-1);
    if (!end || page.length < headsPerRead) return earliest();
    after = [end.next_timer_ms, end.id];
  }
}

/** Whether every timer of a case whose head is (`dueMs`, `caseId`) comes after `timer` in due order. */
function isAfter(dueMs: number, caseId: string, timer: DueRow): boolean {
  return dueMs > timer.due_ms || (dueMs === timer.due_ms && caseId > timer.case_id);
}

function byDue(a: DueRow, b: DueRow): number {
  if (a.due_ms !== b.due_ms) return a.due_ms - b.due_ms;
  if (a.case_id !== b.case_id) return a.case_id < b.case_id ? -1 : 1;
  return a.timer_id < b.timer_id ? -1 : a.timer_id > b.timer_id ? 1 : 0;
}
