import type Database from 'better-sqlite3';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';
import type { OutboxMessage } from '../outbox.js';
import { hashSignalEntry } from '../signalHash.js';
import {
  SignalConflictError,
  type SignalChange,
  type SignalEntry,
  type SignalFilter,
  type SignalRecord,
  type StoredSignalEntry,
} from '../signalStore.js';
import { insertOutbox } from './sqliteOutbox.js';

export * from './sqliteSignalCursors.js';

/** The signal tables (migration 8); existing cases count as read, so only what happens from now on is signalled. */
export const SIGNAL_MIGRATION_SQL = `
  CREATE TABLE signals (
    id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, level TEXT NOT NULL, status TEXT NOT NULL,
    case_id TEXT NOT NULL, department_id TEXT, unit_id TEXT, answer_due_ms INTEGER, flagged INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL, entry_count INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX signals_by_time ON signals (created_ms);
  CREATE INDEX signals_by_case ON signals (case_id);
  CREATE INDEX signals_by_department ON signals (department_id, created_ms);
  CREATE INDEX signals_awaiting_answer ON signals (status, flagged, answer_due_ms);
  CREATE TABLE signal_scopes (key TEXT NOT NULL, signal_id TEXT NOT NULL, PRIMARY KEY (key, signal_id)) WITHOUT ROWID;
  CREATE TABLE signal_entries (
    signal_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, by_actor TEXT NOT NULL,
    data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (signal_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE signal_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
  );
  CREATE TABLE signal_cursors (case_id TEXT PRIMARY KEY, version INTEGER NOT NULL, seq INTEGER NOT NULL);
  INSERT INTO signal_cursors (case_id, version, seq) SELECT id, version, json_extract(state, '$.seq') FROM cases;
`;

type NewSignal = Omit<SignalRecord, 'entryCount' | 'headHash'>;

/** Inserts a signal, its scope keys, its first entry and its outbox in one transaction, unless its key exists. */
export function createSignal(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  signal: NewSignal,
  first: SignalEntry,
  outbox: readonly OutboxMessage[],
): SignalRecord | undefined {
  return db.transaction(() => {
    const hash = hashSignalEntry(signal.id, 1, first, GENESIS_HASH, algorithm);
    const record: SignalRecord = { ...signal, entryCount: 1, headHash: hash };
    const inserted = db
      .prepare(
        `INSERT INTO signals (id, key, kind, level, status, case_id, department_id, unit_id, answer_due_ms, flagged,
           created_ms, entry_count, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT(key) DO NOTHING`,
      )
      .run(
        record.id,
        record.key,
        record.kind,
        record.level,
        record.status,
        record.caseId,
        record.departmentId,
        record.unitId,
        record.answerDueAt === null ? null : Date.parse(record.answerDueAt),
        record.flaggedAt === null ? 0 : 1,
        Date.parse(record.createdAt),
        JSON.stringify(record),
      );
    if (inserted.changes !== 1) return undefined;
    const scope = db.prepare('INSERT OR IGNORE INTO signal_scopes (key, signal_id) VALUES (?, ?)');
    for (const key of record.scopeKeys) scope.run(key, record.id);
    insertEntry(db, record.id, 1, first, GENESIS_HASH, hash);
    insertOutbox(db, record.caseId, outbox);
    return record;
  })();
}

/** Appends an entry and applies its change if the signal still has `expectedEntries` entries. */
export function appendSignalEntry(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  signalId: string,
  expectedEntries: number,
  entry: SignalEntry,
  change: SignalChange,
  outbox: readonly OutboxMessage[],
): SignalRecord {
  return db.transaction(() => {
    const current = getSignal(db, signalId);
    if (!current || current.entryCount !== expectedEntries) throw new SignalConflictError(`信号 ${signalId}`);
    const seq = current.entryCount + 1;
    const hash = hashSignalEntry(signalId, seq, entry, current.headHash, algorithm);
    const next: SignalRecord = { ...current, ...change, entryCount: seq, headHash: hash, updatedAt: entry.at };
    db.prepare(
      'UPDATE signals SET status = ?, flagged = ?, entry_count = ?, data = ? WHERE id = ? AND entry_count = ?',
    ).run(next.status, next.flaggedAt === null ? 0 : 1, seq, JSON.stringify(next), signalId, expectedEntries);
    insertEntry(db, signalId, seq, entry, current.headHash, hash);
    insertOutbox(db, next.caseId, outbox);
    return next;
  })();
}

/** One signal, or undefined. */
export function getSignal(db: Database.Database, id: string): SignalRecord | undefined {
  const row = db.prepare('SELECT data FROM signals WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as SignalRecord) : undefined;
}

/** Signals by filter, newest first. */
export function listSignals(db: Database.Database, filter: SignalFilter, limit: number): SignalRecord[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const equal = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  equal('kind', filter.kind);
  equal('level', filter.level);
  equal('status', filter.status);
  equal('department_id', filter.departmentId);
  equal('case_id', filter.caseId);
  equal('key', filter.key);
  if (filter.unitIds !== undefined) {
    where.push(`unit_id IN (${filter.unitIds.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...filter.unitIds);
  }
  if (filter.scopeKeys !== undefined) {
    const marks = filter.scopeKeys.map(() => '?').join(', ') || 'NULL';
    where.push(`id IN (SELECT signal_id FROM signal_scopes WHERE key IN (${marks}))`);
    params.push(...filter.scopeKeys);
  }
  if (filter.answerOverdueAt !== undefined) {
    where.push(`status = 'open' AND flagged = 0 AND answer_due_ms IS NOT NULL AND answer_due_ms <= ?`);
    params.push(Date.parse(filter.answerOverdueAt));
  }
  const sql = `SELECT data FROM signals ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY created_ms DESC, id DESC LIMIT ?`;
  return (db.prepare(sql).all(...params, limit) as { data: string }[]).map((r) => JSON.parse(r.data) as SignalRecord);
}

/** A signal's history in order. */
export function listSignalEntries(db: Database.Database, signalId: string): StoredSignalEntry[] {
  const rows = db.prepare('SELECT * FROM signal_entries WHERE signal_id = ? ORDER BY seq').all(signalId) as EntryRow[];
  return rows.map((r) => ({
    signalId: r.signal_id,
    seq: r.seq,
    type: r.type,
    at: r.at,
    by: r.by_actor,
    data: JSON.parse(r.data) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

function insertEntry(
  db: Database.Database,
  signalId: string,
  seq: number,
  entry: SignalEntry,
  prevHash: string,
  hash: string,
): void {
  db.prepare(
    'INSERT INTO signal_entries (signal_id, seq, type, at, by_actor, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(signalId, seq, entry.type, entry.at, entry.by, JSON.stringify(entry.data), prevHash, hash);
}

interface EntryRow {
  signal_id: string;
  seq: number;
  type: string;
  at: string;
  by_actor: string;
  data: string;
  prev_hash: string;
  hash: string;
}
