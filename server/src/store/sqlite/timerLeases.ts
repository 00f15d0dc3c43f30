import type Database from 'better-sqlite3';
import type { TimerRow } from './rows.js';

/**
 * Migration 18: timer leases in a table of their own, which holds only the timers leased now — a few pages,
 * always in memory. On the timer rows, a lease rewrote the page of every claimed case (scattered over the
 * table) only for the firing's commit to rewrite it again.
 */
export const TIMER_LEASES_MIGRATION_SQL = `
  CREATE TABLE timer_leases (
    case_id TEXT NOT NULL, timer_id TEXT NOT NULL, owner TEXT NOT NULL, until_ms INTEGER NOT NULL,
    PRIMARY KEY (case_id, timer_id)
  ) WITHOUT ROWID;
  INSERT INTO timer_leases SELECT case_id, timer_id, lease_owner, lease_until FROM timers
    WHERE lease_owner IS NOT NULL AND lease_until > 0;
  ALTER TABLE timers DROP COLUMN lease_owner;
  ALTER TABLE timers DROP COLUMN lease_until;
`;

/** Leases timers to `owner` until `untilMs` (epoch ms), taking over expired leases; inside the claim's transaction. */
export function leaseTimers(db: Database.Database, rows: readonly TimerRow[], owner: string, untilMs: number): void {
  const lease = db.prepare(
    `INSERT INTO timer_leases (case_id, timer_id, owner, until_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (case_id, timer_id) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms`,
  );
  for (const row of rows) lease.run(row.case_id, row.timer_id, owner, untilMs);
}

/** Drops a case's timer leases (every commit of the case does: its firing is done, or its timers changed). */
export function dropTimerLeases(db: Database.Database, caseId: string): void {
  db.prepare('DELETE FROM timer_leases WHERE case_id = ?').run(caseId);
}
