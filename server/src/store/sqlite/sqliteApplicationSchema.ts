/** Migration 9: applications before acceptance, their scope keys and hash-chained hops; progress codes. */
export const APPLICATION_MIGRATION_SQL = `
  CREATE TABLE applications (
    id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, status TEXT NOT NULL, unit_id TEXT NOT NULL,
    version INTEGER NOT NULL, updated_at TEXT NOT NULL, last_seq INTEGER NOT NULL, head_hash TEXT NOT NULL,
    scope_keys TEXT NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX applications_at_unit ON applications (unit_id, status, updated_at);
  CREATE INDEX applications_by_time ON applications (updated_at);
  CREATE TABLE application_scopes (
    scope_key TEXT NOT NULL, application_id TEXT NOT NULL, PRIMARY KEY (scope_key, application_id)
  ) WITHOUT ROWID;
  CREATE TABLE application_hops (
    application_id TEXT NOT NULL, seq INTEGER NOT NULL, action TEXT NOT NULL, at TEXT NOT NULL, by_actor TEXT NOT NULL,
    unit_id TEXT, window_id TEXT, data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
    PRIMARY KEY (application_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE progress_codes (
    receipt_number TEXT PRIMARY KEY, case_id TEXT NOT NULL, code_hash TEXT NOT NULL, issued_at TEXT NOT NULL
  );
`;
