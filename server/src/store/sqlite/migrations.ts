import type Database from 'better-sqlite3';

/** Versioned schema migrations of the embedded store, applied in order, each once. */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
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
];

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
