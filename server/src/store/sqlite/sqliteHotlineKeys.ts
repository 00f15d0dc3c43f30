import type Database from 'better-sqlite3';
import { FeedbackConflictError, type HotlineKeyRecord, type StoredFeedbackSettings } from '../complaintStore.js';

interface HotlineKeyRow {
  id: string;
  name: string;
  secret_hash: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** Inserts a hotline key (fails on an existing id). */
export function saveHotlineKey(db: Database.Database, record: HotlineKeyRecord): void {
  db.prepare(
    `INSERT INTO hotline_keys (id, name, secret_hash, created_by, created_at, revoked_at, revoked_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.id,
    record.name,
    record.secretHash,
    record.createdBy,
    record.createdAt,
    record.revokedAt,
    record.revokedBy,
  );
}

/** One hotline key. */
export function findHotlineKey(db: Database.Database, id: string): HotlineKeyRecord | undefined {
  const row = db.prepare('SELECT * FROM hotline_keys WHERE id = ?').get(id) as HotlineKeyRow | undefined;
  return row ? toKey(row) : undefined;
}

/** Every hotline key, newest first. */
export function listHotlineKeys(db: Database.Database): HotlineKeyRecord[] {
  return (db.prepare('SELECT * FROM hotline_keys ORDER BY created_at DESC, id').all() as HotlineKeyRow[]).map(toKey);
}

/** Revokes a key once; returns it as stored afterwards. */
export function revokeHotlineKey(
  db: Database.Database,
  id: string,
  by: string,
  at: string,
): HotlineKeyRecord | undefined {
  db.prepare('UPDATE hotline_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(
    at,
    by,
    id,
  );
  return findHotlineKey(db, id);
}

/** The complaint and evaluation settings, if saved. */
export function getFeedbackSettings(db: Database.Database): StoredFeedbackSettings | undefined {
  const row = db.prepare('SELECT * FROM feedback_settings WHERE id = 1').get() as
    { data: string; version: number; updated_at: string; updated_by: string } | undefined;
  return row
    ? {
        settings: JSON.parse(row.data) as Record<string, unknown>,
        version: row.version,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
      }
    : undefined;
}

/** Saves the settings at the next version if the stored one is `expectedVersion`. */
export function saveFeedbackSettings(
  db: Database.Database,
  settings: Readonly<Record<string, unknown>>,
  expectedVersion: number,
  by: string,
  at: string,
): StoredFeedbackSettings {
  return db.transaction(() => {
    if ((getFeedbackSettings(db)?.version ?? 0) !== expectedVersion) throw new FeedbackConflictError('投诉与评价设置');
    const version = expectedVersion + 1;
    db.prepare(
      `INSERT INTO feedback_settings (id, data, version, updated_at, updated_by) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET data = excluded.data, version = excluded.version,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(JSON.stringify(settings), version, at, by);
    return { settings, version, updatedAt: at, updatedBy: by };
  })();
}

function toKey(row: HotlineKeyRow): HotlineKeyRecord {
  return {
    id: row.id,
    name: row.name,
    secretHash: row.secret_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
  };
}
