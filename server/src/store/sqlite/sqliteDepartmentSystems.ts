import type Database from 'better-sqlite3';
import type { ApiKeyRecord, IdempotencyClaim, IdempotencyRecord } from '../departmentSystemStore.js';

interface ApiKeyRow {
  id: string;
  name: string;
  department_id: string;
  groups_json: string;
  secret_hash: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

interface IdempotencyRow {
  api_key_id: string;
  key: string;
  request_hash: string;
  created_at: string;
  status: number | null;
  response: string | null;
  lease_until: number;
}

/** Inserts an API key (fails on an existing id). */
export function saveApiKey(db: Database.Database, record: ApiKeyRecord): void {
  db.prepare(
    `INSERT INTO api_keys (id, name, department_id, groups_json, secret_hash, created_by, created_at, revoked_at, revoked_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.id,
    record.name,
    record.departmentId,
    JSON.stringify(record.groups),
    record.secretHash,
    record.createdBy,
    record.createdAt,
    record.revokedAt,
    record.revokedBy,
  );
}

/** One API key. */
export function findApiKey(db: Database.Database, id: string): ApiKeyRecord | undefined {
  const row = db.prepare('SELECT * FROM api_keys WHERE id = ?').get(id) as ApiKeyRow | undefined;
  return row ? toApiKey(row) : undefined;
}

/** Every API key, newest first. */
export function listApiKeys(db: Database.Database): ApiKeyRecord[] {
  return (db.prepare('SELECT * FROM api_keys ORDER BY created_at DESC, id').all() as ApiKeyRow[]).map(toApiKey);
}

/** Revokes a key once; returns it as stored afterwards. */
export function revokeApiKey(db: Database.Database, id: string, by: string, at: string): ApiKeyRecord | undefined {
  db.prepare('UPDATE api_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(at, by, id);
  return findApiKey(db, id);
}

/** Reserves an idempotency key in one immediate transaction (see `DepartmentSystemStore`). */
export function reserveIdempotencyKey(
  db: Database.Database,
  entry: Pick<IdempotencyRecord, 'apiKeyId' | 'key' | 'requestHash' | 'createdAt'>,
  leaseUntil: number,
  now: number,
): IdempotencyClaim {
  const reserve = db.transaction((): IdempotencyClaim => {
    const inserted = db
      .prepare(
        `INSERT INTO idempotency_keys (api_key_id, key, request_hash, created_at, lease_until) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (api_key_id, key) DO NOTHING`,
      )
      .run(entry.apiKeyId, entry.key, entry.requestHash, entry.createdAt, leaseUntil);
    if (inserted.changes === 1) return { reserved: true };
    const takenOver = db
      .prepare(
        `UPDATE idempotency_keys SET lease_until = ? WHERE api_key_id = ? AND key = ? AND status IS NULL
         AND request_hash = ? AND lease_until < ?`,
      )
      .run(leaseUntil, entry.apiKeyId, entry.key, entry.requestHash, now);
    if (takenOver.changes === 1) return { reserved: true };
    const row = db
      .prepare('SELECT * FROM idempotency_keys WHERE api_key_id = ? AND key = ?')
      .get(entry.apiKeyId, entry.key) as IdempotencyRow;
    return { reserved: false, existing: toIdempotency(row) };
  });
  return reserve.immediate();
}

/** Stores the first answer of a reserved key. */
export function completeIdempotencyKey(
  db: Database.Database,
  apiKeyId: string,
  key: string,
  status: number,
  response: string,
): void {
  db.prepare(
    'UPDATE idempotency_keys SET status = ?, response = ? WHERE api_key_id = ? AND key = ? AND status IS NULL',
  ).run(status, response, apiKeyId, key);
}

/** Drops an unfinished reservation. */
export function releaseIdempotencyKey(db: Database.Database, apiKeyId: string, key: string): void {
  db.prepare('DELETE FROM idempotency_keys WHERE api_key_id = ? AND key = ? AND status IS NULL').run(apiKeyId, key);
}

function toApiKey(row: ApiKeyRow): ApiKeyRecord {
  return {
    id: row.id,
    name: row.name,
    departmentId: row.department_id,
    groups: JSON.parse(row.groups_json) as string[],
    secretHash: row.secret_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
  };
}

function toIdempotency(row: IdempotencyRow): IdempotencyRecord {
  return {
    apiKeyId: row.api_key_id,
    key: row.key,
    requestHash: row.request_hash,
    createdAt: row.created_at,
    status: row.status,
    response: row.response,
  };
}
