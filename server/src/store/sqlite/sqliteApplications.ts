import type Database from 'better-sqlite3';
import { chainHops } from '../applicationChain.js';
import {
  ApplicationConflictError,
  type ApplicationChange,
  type ApplicationFilter,
  type ApplicationHopInput,
  type ApplicationRecord,
  type StoredApplicationHop,
} from '../applicationStore.js';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';

interface ApplicationRow {
  version: number;
  scope_keys: string;
  data: string;
  last_seq: number;
  head_hash: string;
}

interface HopRow {
  seq: number;
  action: string;
  at: string;
  by_actor: string;
  unit_id: string | null;
  window_id: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

/** Inserts an application with its first hops (inside the caller's transaction). */
export function createApplication(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  record: Omit<ApplicationRecord, 'version'>,
  hops: readonly ApplicationHopInput[],
): ApplicationRecord {
  const stored: ApplicationRecord = { ...record, scopeKeys: sortedKeys(record.scopeKeys), version: 1 };
  const chained = chainHops(hops, 0, GENESIS_HASH, algorithm);
  const result = db
    .prepare(
      `INSERT INTO applications (id, number, status, unit_id, version, updated_at, last_seq, head_hash, scope_keys, data)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(
      record.id,
      record.number,
      record.status,
      record.unitId,
      record.updatedAt,
      chained.length,
      chained.at(-1)?.hash ?? GENESIS_HASH,
      JSON.stringify(stored.scopeKeys),
      JSON.stringify(dataOf(stored)),
    );
  if (result.changes !== 1) throw new ApplicationConflictError(record.id);
  addScopes(db, record.id, stored.scopeKeys);
  insertHops(db, record.id, chained);
  return stored;
}

/** One application, or undefined. */
export function getApplication(db: Database.Database, id: string): ApplicationRecord | undefined {
  const row = db.prepare('SELECT version, scope_keys, data FROM applications WHERE id = ?').get(id) as
    ApplicationRow | undefined;
  return row ? toRecord(row) : undefined;
}

/** Applies a change at the expected version and appends its hops (inside the caller's transaction). */
export function commitApplication(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  id: string,
  expectedVersion: number,
  change: ApplicationChange,
): ApplicationRecord {
  const row = db.prepare('SELECT * FROM applications WHERE id = ?').get(id) as ApplicationRow | undefined;
  if (!row || row.version !== expectedVersion) throw new ApplicationConflictError(id);
  const current = toRecord(row);
  const { hops, scopeKeys, ...fields } = change;
  const next: ApplicationRecord = {
    ...current,
    ...fields,
    scopeKeys: sortedKeys([...current.scopeKeys, ...(scopeKeys ?? [])]),
    version: expectedVersion + 1,
  };
  const chained = chainHops(hops, row.last_seq, row.head_hash, algorithm);
  const result = db
    .prepare(
      `UPDATE applications SET status = ?, unit_id = ?, version = ?, updated_at = ?, last_seq = ?, head_hash = ?,
         scope_keys = ?, data = ? WHERE id = ? AND version = ?`,
    )
    .run(
      next.status,
      next.unitId,
      next.version,
      next.updatedAt,
      row.last_seq + chained.length,
      chained.at(-1)?.hash ?? row.head_hash,
      JSON.stringify(next.scopeKeys),
      JSON.stringify(dataOf(next)),
      id,
      expectedVersion,
    );
  if (result.changes !== 1) throw new ApplicationConflictError(id);
  addScopes(db, id, next.scopeKeys);
  insertHops(db, id, chained);
  return next;
}

/** The hops of an application in order. */
export function listApplicationHops(db: Database.Database, id: string): StoredApplicationHop[] {
  const rows = db.prepare('SELECT * FROM application_hops WHERE application_id = ? ORDER BY seq').all(id) as HopRow[];
  return rows.map((r) => ({
    seq: r.seq,
    action: r.action as StoredApplicationHop['action'],
    at: r.at,
    by: r.by_actor,
    unitId: r.unit_id,
    windowId: r.window_id,
    data: JSON.parse(r.data) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** Applications matching every condition of the filter, most recently changed first. */
export function listApplications(db: Database.Database, filter: ApplicationFilter, limit: number): ApplicationRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.scopeKeys !== undefined) {
    if (filter.scopeKeys.length === 0) return [];
    where.push(`id IN (SELECT application_id FROM application_scopes WHERE scope_key IN (${marks(filter.scopeKeys)}))`);
    params.push(...filter.scopeKeys);
  }
  if (filter.unitId !== undefined) {
    where.push('unit_id = ?');
    params.push(filter.unitId);
  }
  if (filter.statuses !== undefined) {
    if (filter.statuses.length === 0) return [];
    where.push(`status IN (${marks(filter.statuses)})`);
    params.push(...filter.statuses);
  }
  const rows = db
    .prepare(
      `SELECT version, scope_keys, data FROM applications ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY updated_at DESC, id DESC LIMIT ?`,
    )
    .all(...params, limit) as ApplicationRow[];
  return rows.map(toRecord);
}

function insertHops(db: Database.Database, id: string, hops: readonly StoredApplicationHop[]): void {
  const insert = db.prepare(
    `INSERT INTO application_hops (application_id, seq, action, at, by_actor, unit_id, window_id, data, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const h of hops) {
    insert.run(id, h.seq, h.action, h.at, h.by, h.unitId, h.windowId, JSON.stringify(h.data), h.prevHash, h.hash);
  }
}

function addScopes(db: Database.Database, id: string, keys: readonly string[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO application_scopes (scope_key, application_id) VALUES (?, ?)');
  for (const key of keys) insert.run(key, id);
}

/** The record without the columns kept apart (version, scope keys). */
function dataOf(record: ApplicationRecord): Omit<ApplicationRecord, 'version' | 'scopeKeys'> {
  const { version: _version, scopeKeys: _keys, ...data } = record;
  return data;
}

function toRecord(row: Pick<ApplicationRow, 'version' | 'scope_keys' | 'data'>): ApplicationRecord {
  const data = JSON.parse(row.data) as Omit<ApplicationRecord, 'version' | 'scopeKeys'>;
  return { ...data, scopeKeys: JSON.parse(row.scope_keys) as string[], version: row.version };
}

function sortedKeys(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}

function marks(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}
