import type Database from 'better-sqlite3';
import type { OutboxMessage } from '../outbox.js';
import { ScoreSettingsConflictError, type ScoreRunRecord, type StoredScoreSettings } from '../statisticsStore.js';

/** The score settings document, if saved. */
export function getScoreSettings(db: Database.Database): StoredScoreSettings | undefined {
  const row = db.prepare('SELECT * FROM score_settings WHERE id = 1').get() as SettingsRow | undefined;
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
export function saveScoreSettings(
  db: Database.Database,
  settings: Readonly<Record<string, unknown>>,
  expectedVersion: number,
  by: string,
  at: string,
): StoredScoreSettings {
  return db.transaction(() => {
    const found = getScoreSettings(db)?.version ?? 0;
    if (found !== expectedVersion) throw new ScoreSettingsConflictError();
    const version = expectedVersion + 1;
    db.prepare(
      `INSERT INTO score_settings (id, data, version, updated_at, updated_by) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET data = excluded.data, version = excluded.version,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(JSON.stringify(settings), version, at, by);
    return { settings, version, updatedAt: at, updatedBy: by };
  })();
}

/** Stores a published month and queues its warnings (outbox key `score:<month>`; a queued id is kept as it is). */
export function saveScoreRun(db: Database.Database, run: ScoreRunRecord, warnings: readonly OutboxMessage[]): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO score_runs (month, published_at, published_by, data) VALUES (?, ?, ?, ?)
       ON CONFLICT(month) DO UPDATE SET published_at = excluded.published_at, published_by = excluded.published_by,
       data = excluded.data`,
    ).run(run.month, run.publishedAt, run.publishedBy, JSON.stringify(run.data));
    const insert = db.prepare(
      `INSERT OR IGNORE INTO outbox (case_id, id, channel, recipient, template, payload, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of warnings) {
      insert.run(
        `score:${run.month}`,
        m.id,
        m.channel,
        m.to ?? null,
        m.template,
        JSON.stringify(m.payload),
        m.createdAt,
      );
    }
  })();
}

/** A published month, if any. */
export function getScoreRun(db: Database.Database, month: string): ScoreRunRecord | undefined {
  const row = db.prepare('SELECT * FROM score_runs WHERE month = ?').get(month) as RunRow | undefined;
  return row
    ? {
        month: row.month,
        publishedAt: row.published_at,
        publishedBy: row.published_by,
        data: JSON.parse(row.data) as Record<string, unknown>,
      }
    : undefined;
}

interface SettingsRow {
  data: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

interface RunRow {
  month: string;
  published_at: string;
  published_by: string;
  data: string;
}
