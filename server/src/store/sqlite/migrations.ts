import type Database from 'better-sqlite3';
import { SIGNAL_MIGRATION_SQL } from './sqliteSignals.js';
import { APPLICATION_MIGRATION_SQL } from './sqliteApplicationSchema.js';
import { CALENDAR_MIGRATION_SQL } from './sqliteCalendar.js';
import { FEEDBACK_MIGRATION_SQL } from './feedbackMigration.js';
import { STATISTICS_MIGRATION_SQL } from './sqliteCaseFacts.js';
import { TIMER_HEADS_MIGRATION_SQL } from './timerHeads.js';
import { TIMER_LEASES_MIGRATION_SQL } from './timerLeases.js';

/**
 * Versioned schema migrations of the embedded store, applied in version order, each once. Features
 * add their own entry with the next free version; `MIGRATIONS` is sorted whatever the listing order.
 */
const LISTED: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE items (
        code TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,
        published_at TEXT NOT NULL, PRIMARY KEY (code, version)
      );
      CREATE TABLE cases (
        id TEXT PRIMARY KEY, receipt_number TEXT NOT NULL UNIQUE, item_code TEXT NOT NULL,
        item_version INTEGER NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL, state TEXT NOT NULL,
        form_data TEXT NOT NULL, materials TEXT NOT NULL, applicant_name TEXT NOT NULL,
        created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE INDEX cases_by_status ON cases (status, updated_at);
      CREATE TABLE case_events (
        case_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, by_actor TEXT,
        data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (case_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE tasks (
        task_id TEXT NOT NULL, case_id TEXT NOT NULL, element_id TEXT NOT NULL, name TEXT NOT NULL,
        assignee TEXT, candidate_groups TEXT NOT NULL, claimed_by TEXT, started_at TEXT NOT NULL, due_at TEXT,
        PRIMARY KEY (case_id, task_id)
      );
      CREATE INDEX tasks_by_due ON tasks (due_at);
      CREATE TABLE timers (
        case_id TEXT NOT NULL, timer_id TEXT NOT NULL, kind TEXT NOT NULL, due_ms INTEGER NOT NULL,
        due_at TEXT NOT NULL, task_id TEXT, PRIMARY KEY (case_id, timer_id)
      ) WITHOUT ROWID;
      CREATE INDEX timers_by_due ON timers (due_ms);
      CREATE TABLE receipt_counters (day TEXT PRIMARY KEY, last INTEGER NOT NULL);
      CREATE TABLE users (
        id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,
        groups_json TEXT NOT NULL, password_hash TEXT NOT NULL
      );
      CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    sql: `
      ALTER TABLE items ADD COLUMN hash TEXT NOT NULL DEFAULT '';
      ALTER TABLE items ADD COLUMN published_by TEXT NOT NULL DEFAULT '';
    `,
  },
  {
    version: 3,
    sql: `
      ALTER TABLE timers ADD COLUMN lease_owner TEXT;
      ALTER TABLE timers ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 4,
    sql: `
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY, case_id TEXT NOT NULL, id TEXT NOT NULL, channel TEXT NOT NULL, recipient TEXT,
        template TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0, lease_owner TEXT,
        lease_until INTEGER NOT NULL DEFAULT 0, last_error TEXT, delivered_at TEXT, UNIQUE (case_id, id)
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_ms);
    `,
  },
  {
    version: 5,
    sql: `
      CREATE TABLE intake_decisions (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, number TEXT NOT NULL UNIQUE, decided_at TEXT NOT NULL, data TEXT NOT NULL
      );
      CREATE INDEX intake_decisions_by_time ON intake_decisions (decided_at);
      CREATE TABLE document_counters (prefix TEXT NOT NULL, day TEXT NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (prefix, day));
    `,
  },
  {
    version: 6,
    sql: `
      CREATE TABLE organisation (
        id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      ALTER TABLE users ADD COLUMN unit_id TEXT;
      ALTER TABLE users ADD COLUMN department_id TEXT;
      ALTER TABLE users ADD COLUMN window_id TEXT;
      ALTER TABLE cases ADD COLUMN unit_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN window_id TEXT;
      ALTER TABLE cases ADD COLUMN scope_keys TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE case_scopes (scope_key TEXT NOT NULL, case_id TEXT NOT NULL, PRIMARY KEY (scope_key, case_id)) WITHOUT ROWID;
      CREATE INDEX cases_by_created ON cases (created_at);
      -- Cases stored before scopes: whoever received or handled one keeps reading it; the organisation's
      -- keys (unit, window, department) are added by the case's next commit.
      INSERT OR IGNORE INTO case_scopes (scope_key, case_id) SELECT 'user:' || created_by, id FROM cases;
      INSERT OR IGNORE INTO case_scopes (scope_key, case_id)
        SELECT DISTINCT 'user:' || by_actor, case_id FROM case_events WHERE by_actor IS NOT NULL;
      UPDATE cases SET scope_keys = (
        SELECT json_group_array(scope_key) FROM (SELECT scope_key FROM case_scopes WHERE case_id = cases.id ORDER BY scope_key)
      );
    `,
  },
  {
    // Uploaded materials (content-addressed files), department systems' API keys and idempotency records.
    version: 7,
    sql: `
      CREATE TABLE file_uploads (
        sha256 TEXT NOT NULL, uploaded_by TEXT NOT NULL, size INTEGER NOT NULL, media_type TEXT NOT NULL,
        original_name TEXT NOT NULL, uploaded_at TEXT NOT NULL, PRIMARY KEY (sha256, uploaded_by)
      ) WITHOUT ROWID;
      CREATE TABLE file_references (sha256 TEXT NOT NULL, case_id TEXT NOT NULL, PRIMARY KEY (sha256, case_id)) WITHOUT ROWID;
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, department_id TEXT NOT NULL, groups_json TEXT NOT NULL,
        secret_hash TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT
      );
      CREATE TABLE idempotency_keys (
        api_key_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, created_at TEXT NOT NULL,
        status INTEGER, response TEXT, lease_until INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (api_key_id, key)
      ) WITHOUT ROWID;
    `,
  },
  {
    // Item drafts (事项草稿): one per item, saved over their revision.
    version: 11,
    sql: `
      CREATE TABLE item_drafts (
        code TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL, base_version INTEGER,
        revision INTEGER NOT NULL, saved_by TEXT NOT NULL, saved_at TEXT NOT NULL
      );
      CREATE INDEX item_drafts_by_time ON item_drafts (saved_at);
    `,
  },
  // Electronic supervision's signals (预警纠错), their hash-chained history, settings and scan cursors.
  { version: 8, sql: SIGNAL_MIGRATION_SQL },
  // Complaints (投诉) and 好差评: complaints, evaluations, their chained histories, hotline keys, settings, window codes.
  { version: 10, sql: FEEDBACK_MIGRATION_SQL },
  // Applications before acceptance (申请 / 收件登记) with their hash-chained path; progress-query codes.
  { version: 9, sql: APPLICATION_MIGRATION_SQL },
  // The working calendar's overrides (节假日与调休安排) laid over the national data by administrators.
  { version: 13, sql: CALENDAR_MIGRATION_SQL },
  // Statistics and scores: case and step facts kept with each commit, score settings and published months.
  { version: 12, sql: STATISTICS_MIGRATION_SQL },
  // The dispatcher claims pending messages in due order: walk an index in that order instead of sorting the backlog.
  {
    version: 14,
    sql: 'CREATE INDEX outbox_due_order ON outbox (status, next_attempt_ms, created_at, case_id, seq);',
  },
  // Every commit wrote two indexes no query uses: `outbox_due` is a prefix of `outbox_due_order`, and nothing
  // selects cases by status (lists go by creation, the sweep by cursor).
  { version: 15, sql: 'DROP INDEX outbox_due; DROP INDEX cases_by_status;' },
  { version: 16, sql: TIMER_HEADS_MIGRATION_SQL },
  {
    // Open tasks keyed by case without a rowid: a step's completion deletes and inserts in one page of one
    // B-tree instead of a table and its key index. `tasks_by_due` goes: no query could use it (every worklist
    // orders by `due_at IS NULL` first), yet each completion moved two of its entries.
    version: 17,
    sql: `
      CREATE TABLE tasks_keyed (
        task_id TEXT NOT NULL, case_id TEXT NOT NULL, element_id TEXT NOT NULL, name TEXT NOT NULL,
        assignee TEXT, candidate_groups TEXT NOT NULL, claimed_by TEXT, started_at TEXT NOT NULL, due_at TEXT,
        PRIMARY KEY (case_id, task_id)
      ) WITHOUT ROWID;
      INSERT INTO tasks_keyed SELECT task_id, case_id, element_id, name, assignee, candidate_groups, claimed_by,
        started_at, due_at FROM tasks;
      DROP TABLE tasks;
      ALTER TABLE tasks_keyed RENAME TO tasks;
    `,
  },
  { version: 18, sql: TIMER_LEASES_MIGRATION_SQL },
];

/** The migrations in version order. */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [...LISTED].sort(
  (a, b) => a.version - b.version,
);

/**
 * Applies the migrations the database has not seen yet, up to `target` (default: all), each in its own
 * transaction; returns how many ran.
 */
export function migrate(db: Database.Database, target = Number.POSITIVE_INFINITY): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  let count = 0;
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version) || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
    })();
    count += 1;
  }
  return count;
}

/** The schema version of a database: the highest migration applied (0 for a new file). */
export function schemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}
