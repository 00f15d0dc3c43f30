/**
 * Migration 10: complaint handling (投诉) and 好差评 — complaints and evaluations with their hash-chained
 * histories and scope keys, the 12345 hotline's API keys, their shared settings, and the window codes.
 */
export const FEEDBACK_MIGRATION_SQL = `
  CREATE TABLE complaints (
    id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, channel TEXT NOT NULL, status TEXT NOT NULL, resolution TEXT,
    department_id TEXT, case_id TEXT, item_code TEXT, received_ms INTEGER NOT NULL, pending_due_ms INTEGER,
    entry_count INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX complaints_by_time ON complaints (received_ms);
  CREATE INDEX complaints_by_department ON complaints (department_id, received_ms);
  CREATE INDEX complaints_by_case ON complaints (case_id);
  CREATE INDEX complaints_pending ON complaints (pending_due_ms);
  CREATE TABLE complaint_scopes (key TEXT NOT NULL, complaint_id TEXT NOT NULL, PRIMARY KEY (key, complaint_id)) WITHOUT ROWID;
  CREATE TABLE complaint_entries (
    complaint_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, by_actor TEXT NOT NULL,
    data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (complaint_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE hotline_keys (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, secret_hash TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL,
    revoked_at TEXT, revoked_by TEXT
  );
  CREATE TABLE feedback_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
  );
  CREATE TABLE evaluations (
    id TEXT PRIMARY KEY, case_id TEXT NOT NULL UNIQUE, level TEXT NOT NULL, negative INTEGER NOT NULL,
    department_id TEXT, unit_id TEXT, window_id TEXT, clerk_id TEXT, item_code TEXT, evaluated_ms INTEGER NOT NULL,
    follow_up_status TEXT,
    follow_up_due_ms INTEGER, entry_count INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX evaluations_by_time ON evaluations (evaluated_ms);
  CREATE INDEX evaluations_by_department ON evaluations (department_id, evaluated_ms);
  CREATE INDEX evaluations_by_window ON evaluations (window_id, evaluated_ms);
  CREATE INDEX evaluations_by_clerk ON evaluations (clerk_id, evaluated_ms);
  CREATE INDEX evaluations_follow_up ON evaluations (follow_up_status, follow_up_due_ms);
  CREATE TABLE evaluation_scopes (key TEXT NOT NULL, evaluation_id TEXT NOT NULL, PRIMARY KEY (key, evaluation_id)) WITHOUT ROWID;
  CREATE TABLE evaluation_entries (
    evaluation_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, by_actor TEXT NOT NULL,
    data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (evaluation_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE evaluation_codes (
    code TEXT PRIMARY KEY, case_id TEXT NOT NULL, clerk_id TEXT NOT NULL, window_id TEXT, created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL, expires_ms INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0
  );
`;
