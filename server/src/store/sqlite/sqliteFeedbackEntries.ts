import type Database from 'better-sqlite3';
import type { FeedbackEntryContent } from '../feedbackHash.js';

/** The two chained histories: their table and the column naming what an entry belongs to. */
const TABLES = {
  complaint: { table: 'complaint_entries', column: 'complaint_id' },
  evaluation: { table: 'evaluation_entries', column: 'evaluation_id' },
} as const;

/** A stored history entry, before the caller names its owner field. */
export interface EntryRow {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly by: string;
  readonly data: Record<string, unknown>;
  readonly prevHash: string;
  readonly hash: string;
}

/** Appends one entry to a complaint's or an evaluation's history (inside the caller's transaction). */
export function insertFeedbackEntry(
  db: Database.Database,
  subject: keyof typeof TABLES,
  ownerId: string,
  seq: number,
  entry: FeedbackEntryContent,
  prevHash: string,
  hash: string,
): void {
  const { table, column } = TABLES[subject];
  db.prepare(
    `INSERT INTO ${table} (${column}, seq, type, at, by_actor, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(ownerId, seq, entry.type, entry.at, entry.by, JSON.stringify(entry.data), prevHash, hash);
}

/** A complaint's or an evaluation's history in order. */
export function listFeedbackEntries(db: Database.Database, subject: keyof typeof TABLES, ownerId: string): EntryRow[] {
  const { table, column } = TABLES[subject];
  const rows = db
    .prepare(`SELECT seq, type, at, by_actor, data, prev_hash, hash FROM ${table} WHERE ${column} = ? ORDER BY seq`)
    .all(ownerId) as RawEntry[];
  return rows.map((r) => ({
    seq: r.seq,
    type: r.type,
    at: r.at,
    by: r.by_actor,
    data: JSON.parse(r.data) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** Adds scope keys of a complaint or an evaluation (they never shrink). */
export function insertFeedbackScopes(
  db: Database.Database,
  subject: keyof typeof TABLES,
  ownerId: string,
  keys: readonly string[],
): void {
  const statement =
    subject === 'complaint'
      ? 'INSERT OR IGNORE INTO complaint_scopes (key, complaint_id) VALUES (?, ?)'
      : 'INSERT OR IGNORE INTO evaluation_scopes (key, evaluation_id) VALUES (?, ?)';
  const insert = db.prepare(statement);
  for (const key of keys) insert.run(key, ownerId);
}

/** `?, ?, ?` for a list (`NULL` for an empty one, which matches nothing). */
export function marks(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ') || 'NULL';
}

interface RawEntry {
  seq: number;
  type: string;
  at: string;
  by_actor: string;
  data: string;
  prev_hash: string;
  hash: string;
}
