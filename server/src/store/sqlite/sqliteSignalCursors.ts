import type Database from 'better-sqlite3';
import { SignalConflictError, type SignalScan, type StoredSignalSettings } from '../signalStore.js';

/** The settings document, if saved. */
export function getSignalSettings(db: Database.Database): StoredSignalSettings | undefined {
  const row = db.prepare('SELECT * FROM signal_settings WHERE id = 1').get() as SettingsRow | undefined;
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
export function saveSignalSettings(
  db: Database.Database,
  settings: Readonly<Record<string, unknown>>,
  expectedVersion: number,
  by: string,
  at: string,
): StoredSignalSettings {
  return db.transaction(() => {
    const found = getSignalSettings(db)?.version ?? 0;
    if (found !== expectedVersion) throw new SignalConflictError('监察信号设置');
    const version = expectedVersion + 1;
    db.prepare(
      `INSERT INTO signal_settings (id, data, version, updated_at, updated_by) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET data = excluded.data, version = excluded.version,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(JSON.stringify(settings), version, at, by);
    return { settings, version, updatedAt: at, updatedBy: by };
  })();
}

/** Cases committed since their cursor (or never read). */
export function pendingSignalScans(db: Database.Database, limit: number, caseId?: string): SignalScan[] {
  const select = `SELECT c.id AS case_id, c.version AS version, COALESCE(k.seq, 0) AS seq FROM cases c
    LEFT JOIN signal_cursors k ON k.case_id = c.id WHERE (k.version IS NULL OR k.version < c.version)`;
  const rows = (
    caseId === undefined
      ? db.prepare(`${select} ORDER BY c.updated_at, c.id LIMIT ?`).all(limit)
      : db.prepare(`${select} AND c.id = ? LIMIT ?`).all(caseId, limit)
  ) as { case_id: string; version: number; seq: number }[];
  return rows.map((r) => ({ caseId: r.case_id, version: r.version, seq: r.seq }));
}

/** Moves a case's cursor forward (never back). */
export function markSignalScan(db: Database.Database, caseId: string, version: number, seq: number): void {
  db.prepare(
    `INSERT INTO signal_cursors (case_id, version, seq) VALUES (?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET
     version = MAX(version, excluded.version), seq = MAX(seq, excluded.seq)`,
  ).run(caseId, version, seq);
}

interface SettingsRow {
  data: string;
  version: number;
  updated_at: string;
  updated_by: string;
}
