import type Database from 'better-sqlite3';
import type { Organisation } from '../../organisation/organisation.js';
import type { StoredOrganisation } from '../organisationStore.js';
import type { CaseRecord, TaskRow, UserRecord } from '../port.js';
import { TASK_SELECT, toRecord, toTaskRow, toUser, type CaseRow, type TaskJoinRow, type UserRow } from './rows.js';

/** The stored organisation document. */
export function getOrganisation(db: Database.Database): StoredOrganisation | undefined {
  const row = db.prepare('SELECT data, updated_by, updated_at FROM organisation WHERE id = 1').get() as
    { data: string; updated_by: string; updated_at: string } | undefined;
  if (!row) return undefined;
  return { organisation: JSON.parse(row.data) as Organisation, updatedBy: row.updated_by, updatedAt: row.updated_at };
}

/** Replaces the organisation document. */
export function saveOrganisation(db: Database.Database, organisation: Organisation, by: string, at: string): void {
  db.prepare('INSERT OR REPLACE INTO organisation (id, data, updated_by, updated_at) VALUES (1, ?, ?, ?)').run(
    JSON.stringify(organisation),
    by,
    at,
  );
}

/** Every account by user name. */
export function listUsers(db: Database.Database): readonly UserRecord[] {
  const rows = db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[];
  return rows.map((row) => toUser(row) as UserRecord);
}

/**
 * Adds scope keys to a case inside the caller's transaction, keeping the case row's copy in step; returns the
 * case's keys after it. `known` is the row's `scope_keys` as the caller just read or wrote it: keys the case
 * already holds (every key of most commits) cost nothing.
 */
export function addScopeKeys(
  db: Database.Database,
  caseId: string,
  keys: readonly string[],
  known: readonly string[],
): readonly string[] {
  const fresh = keys.filter((key) => !known.includes(key));
  if (fresh.length === 0) return known;
  const insert = db.prepare('INSERT OR IGNORE INTO case_scopes (scope_key, case_id) VALUES (?, ?)');
  for (const key of fresh) insert.run(key, caseId);
  // Merged into the case row's copy: case_scopes has no index by case_id, so asking it for one case's keys
  // would scan every case's keys on every commit.
  const all = [...new Set([...known, ...fresh])].sort();
  db.prepare('UPDATE cases SET scope_keys = ? WHERE id = ?').run(JSON.stringify(all), caseId);
  return all;
}

/** The newest cases holding any of the keys. */
export function listCasesInScope(db: Database.Database, keys: readonly string[], limit: number): readonly CaseRecord[] {
  if (keys.length === 0) return [];
  const marks = keys.map(() => '?').join(', ');
  const rows = db
    .prepare(
      `SELECT * FROM cases WHERE id IN (SELECT case_id FROM case_scopes WHERE scope_key IN (${marks}))
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    )
    .all(...keys, limit) as CaseRow[];
  return rows.map(toRecord);
}

/** Open tasks of the cases holding the key. */
export function listOpenTasksInScope(db: Database.Database, key: string, limit: number): readonly TaskRow[] {
  const rows = db
    .prepare(
      `${TASK_SELECT} WHERE t.case_id IN (SELECT case_id FROM case_scopes WHERE scope_key = ?)
       ORDER BY t.due_at IS NULL, t.due_at, t.started_at, t.case_id, t.task_id LIMIT ?`,
    )
    .all(key, limit) as TaskJoinRow[];
  return rows.map(toTaskRow);
}
