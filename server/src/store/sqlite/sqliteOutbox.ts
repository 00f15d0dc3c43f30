import type Database from 'better-sqlite3';
import type { OutboxEntry, OutboxFailure, OutboxFilter, OutboxKey, OutboxMessage } from '../outbox.js';
import { toOutboxEntry, type OutboxRow } from './rows.js';

/** Writes a commit's outbox messages as pending, due at once; call inside the commit's transaction. */
export function insertOutbox(db: Database.Database, caseId: string, messages: readonly OutboxMessage[]): void {
  if (messages.length === 0) return;
  const insert = db.prepare(
    `INSERT INTO outbox (case_id, id, channel, recipient, template, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of messages) {
    insert.run(caseId, m.id, m.channel, m.to ?? null, m.template, JSON.stringify(m.payload), m.createdAt);
  }
}

/** Leases due pending messages in one immediate transaction, so two dispatchers never share one. */
export function claimOutbox(
  db: Database.Database,
  now: number,
  owner: string,
  leaseUntil: number,
  limit: number,
): OutboxEntry[] {
  const claim = db.transaction(() => {
    const rows = db
      .prepare(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_ms <= ? AND lease_until < ?
         ORDER BY next_attempt_ms, created_at, case_id, seq LIMIT ?`,
      )
      .all(now, now, limit) as OutboxRow[];
    const lease = db.prepare('UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE seq = ?');
    for (const row of rows) lease.run(owner, leaseUntil, row.seq);
    return rows.map(toOutboxEntry);
  });
  return claim.immediate();
}

/** Marks a pending message delivered and drops its lease. */
export function markDelivered(db: Database.Database, key: OutboxKey, deliveredAt: string): void {
  db.prepare(
    `UPDATE outbox SET status = 'delivered', delivered_at = ?, lease_owner = NULL, lease_until = 0
     WHERE case_id = ? AND id = ? AND status = 'pending'`,
  ).run(deliveredAt, key.caseId, key.id);
}

/** Records a failed attempt: due again at `retryAt`, or a dead letter when it is null. */
export function markFailed(db: Database.Database, key: OutboxKey, failure: OutboxFailure): void {
  db.prepare(
    `UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = ?, next_attempt_ms = ?, lease_owner = NULL,
     lease_until = 0 WHERE case_id = ? AND id = ? AND status = 'pending'`,
  ).run(failure.error, failure.retryAt === null ? 'dead' : 'pending', failure.retryAt ?? 0, key.caseId, key.id);
}

/** Lists messages by case and/or status, oldest first. */
export function listOutbox(db: Database.Database, filter: OutboxFilter, limit: number): OutboxEntry[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.caseId !== undefined) {
    where.push('case_id = ?');
    params.push(filter.caseId);
  }
  if (filter.status !== undefined) {
    where.push('status = ?');
    params.push(filter.status);
  }
  const sql = `SELECT * FROM outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, case_id, seq LIMIT ?`;
  return (db.prepare(sql).all(...params, limit) as OutboxRow[]).map(toOutboxEntry);
}
