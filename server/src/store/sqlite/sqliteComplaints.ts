import type Database from 'better-sqlite3';
import {
  complaintOutboxKey,
  FeedbackConflictError,
  type ComplaintChange,
  type ComplaintCountRow,
  type ComplaintEntry,
  type ComplaintFilter,
  type ComplaintRecord,
  type StoredComplaintEntry,
} from '../complaintStore.js';
import { hashFeedbackEntry } from '../feedbackHash.js';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';
import type { OutboxMessage } from '../outbox.js';
import { insertOutbox } from './sqliteOutbox.js';
import { insertFeedbackEntry, insertFeedbackScopes, listFeedbackEntries, marks } from './sqliteFeedbackEntries.js';

type NewComplaint = Omit<ComplaintRecord, 'entryCount' | 'headHash'>;

/** Inserts a complaint, its scope keys, its first entry and its outbox in one transaction. */
export function createComplaint(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  complaint: NewComplaint,
  first: ComplaintEntry,
  outbox: readonly OutboxMessage[],
): ComplaintRecord {
  return db.transaction(() => {
    const hash = hashFeedbackEntry('complaint', complaint.id, 1, first, GENESIS_HASH, algorithm);
    const record: ComplaintRecord = {
      ...complaint,
      scopeKeys: [...new Set(complaint.scopeKeys)].sort(),
      entryCount: 1,
      headHash: hash,
    };
    db.prepare(
      `INSERT INTO complaints (id, number, channel, status, resolution, department_id, case_id, item_code, received_ms,
         pending_due_ms, entry_count, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
    ).run(
      record.id,
      record.number,
      record.channel,
      record.status,
      record.resolution,
      record.departmentId,
      record.linkedCase?.caseId ?? null,
      record.linkedCase?.itemCode ?? null,
      Date.parse(record.receivedAt),
      msOrNull(record.pendingDueAt),
      JSON.stringify(record),
    );
    insertFeedbackScopes(db, 'complaint', record.id, record.scopeKeys);
    insertFeedbackEntry(db, 'complaint', record.id, 1, first, GENESIS_HASH, hash);
    insertOutbox(db, complaintOutboxKey(record.id), outbox);
    return record;
  })();
}

/** Appends an entry and applies its change if the complaint still has `expectedEntries` entries. */
export function appendComplaintEntry(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  complaintId: string,
  expectedEntries: number,
  entry: ComplaintEntry,
  change: ComplaintChange,
  outbox: readonly OutboxMessage[],
): ComplaintRecord {
  return db.transaction(() => {
    const current = getComplaint(db, complaintId);
    if (!current || current.entryCount !== expectedEntries) throw new FeedbackConflictError(`投诉 ${complaintId}`);
    const seq = expectedEntries + 1;
    const hash = hashFeedbackEntry('complaint', complaintId, seq, entry, current.headHash, algorithm);
    const { addScopeKeys = [], ...fields } = change;
    const next: ComplaintRecord = {
      ...current,
      ...fields,
      scopeKeys: [...new Set([...current.scopeKeys, ...addScopeKeys])].sort(),
      entryCount: seq,
      headHash: hash,
      updatedAt: entry.at,
    };
    db.prepare(
      `UPDATE complaints SET status = ?, resolution = ?, department_id = ?, pending_due_ms = ?, entry_count = ?, data = ?
       WHERE id = ? AND entry_count = ?`,
    ).run(
      next.status,
      next.resolution,
      next.departmentId,
      msOrNull(next.pendingDueAt),
      seq,
      JSON.stringify(next),
      complaintId,
      expectedEntries,
    );
    insertFeedbackScopes(db, 'complaint', complaintId, addScopeKeys);
    insertFeedbackEntry(db, 'complaint', complaintId, seq, entry, current.headHash, hash);
    insertOutbox(db, complaintOutboxKey(complaintId), outbox);
    return next;
  })();
}

/** One complaint, or undefined. */
export function getComplaint(db: Database.Database, id: string): ComplaintRecord | undefined {
  const row = db.prepare('SELECT data FROM complaints WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as ComplaintRecord) : undefined;
}

/** Complaints by filter, newest first. */
export function listComplaints(db: Database.Database, filter: ComplaintFilter, limit: number): ComplaintRecord[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const equal = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  equal('status', filter.status);
  equal('channel', filter.channel);
  equal('department_id', filter.departmentId);
  equal('case_id', filter.caseId);
  if (filter.scopeKeys !== undefined) {
    where.push(`id IN (SELECT complaint_id FROM complaint_scopes WHERE key IN (${marks(filter.scopeKeys)}))`);
    params.push(...filter.scopeKeys);
  }
  if (filter.overdueAt !== undefined) {
    where.push('pending_due_ms IS NOT NULL AND pending_due_ms <= ?');
    params.push(Date.parse(filter.overdueAt));
  }
  if (filter.receivedFrom !== undefined) {
    where.push('received_ms >= ?');
    params.push(Date.parse(filter.receivedFrom));
  }
  if (filter.receivedTo !== undefined) {
    where.push('received_ms < ?');
    params.push(Date.parse(filter.receivedTo));
  }
  const sql = `SELECT data FROM complaints ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY received_ms DESC, id DESC LIMIT ?`;
  return (db.prepare(sql).all(...params, limit) as { data: string }[]).map(
    (r) => JSON.parse(r.data) as ComplaintRecord,
  );
}

/** A complaint's history in order. */
export function listComplaintEntries(db: Database.Database, complaintId: string): StoredComplaintEntry[] {
  return listFeedbackEntries(db, 'complaint', complaintId).map((e) => ({ complaintId, ...e }));
}

/** Complaints received in [from, to), counted by department, channel, status and resolution. */
export function countComplaints(
  db: Database.Database,
  filter: { readonly from: string; readonly to: string; readonly departmentId?: string },
): ComplaintCountRow[] {
  const byDepartment = filter.departmentId === undefined ? '' : 'AND department_id = ?';
  const rows = db
    .prepare(
      `SELECT department_id, item_code, channel, status, resolution, COUNT(*) AS n FROM complaints
       WHERE received_ms >= ? AND received_ms < ? ${byDepartment}
       GROUP BY department_id, item_code, channel, status, resolution
       ORDER BY department_id, item_code, channel, status, resolution`,
    )
    .all(
      Date.parse(filter.from),
      Date.parse(filter.to),
      ...(filter.departmentId === undefined ? [] : [filter.departmentId]),
    ) as {
    department_id: string | null;
    item_code: string | null;
    channel: ComplaintCountRow['channel'];
    status: ComplaintCountRow['status'];
    resolution: ComplaintCountRow['resolution'];
    n: number;
  }[];
  return rows.map((r) => ({
    departmentId: r.department_id,
    itemCode: r.item_code,
    channel: r.channel,
    status: r.status,
    resolution: r.resolution,
    count: r.n,
  }));
}

/** The id of the case with this receipt number. */
export function findCaseIdByReceipt(db: Database.Database, receiptNumber: string): string | undefined {
  const row = db.prepare('SELECT id FROM cases WHERE receipt_number = ?').get(receiptNumber) as
    { id: string } | undefined;
  return row?.id;
}

function msOrNull(instant: string | null): number | null {
  return instant === null ? null : Date.parse(instant);
}
