import type Database from 'better-sqlite3';
import { DraftConflictError, type ItemDraftRecord, type ItemDraftSummary } from '../itemDraftStore.js';

interface DraftRow {
  code: string;
  name: string;
  data?: string;
  base_version: number | null;
  revision: number;
  saved_by: string;
  saved_at: string;
}

/** Saves a draft guarded by its revision: an insert for the first save, an update of that revision after. */
export function saveItemDraft(
  db: Database.Database,
  draft: Omit<ItemDraftRecord, 'revision'>,
  expectedRevision: number,
): ItemDraftRecord {
  const values = [draft.name, JSON.stringify(draft.item), draft.baseVersion, draft.savedBy, draft.savedAt];
  if (expectedRevision === 0) {
    const inserted = db
      .prepare(
        `INSERT INTO item_drafts (name, data, base_version, saved_by, saved_at, code, revision)
         VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (code) DO NOTHING`,
      )
      .run(...values, draft.code);
    if (inserted.changes !== 1) throw new DraftConflictError(draft.code, expectedRevision);
  } else {
    const updated = db
      .prepare(
        `UPDATE item_drafts SET name = ?, data = ?, base_version = ?, saved_by = ?, saved_at = ?, revision = revision + 1
         WHERE code = ? AND revision = ?`,
      )
      .run(...values, draft.code, expectedRevision);
    if (updated.changes !== 1) throw new DraftConflictError(draft.code, expectedRevision);
  }
  return { ...draft, revision: expectedRevision + 1 };
}

/** One draft with its content. */
export function getItemDraft(db: Database.Database, code: string): ItemDraftRecord | undefined {
  const row = db.prepare('SELECT * FROM item_drafts WHERE code = ?').get(code) as DraftRow | undefined;
  return row ? { ...toSummary(row), item: JSON.parse(row.data ?? '{}') as Record<string, unknown> } : undefined;
}

/** Drafts newest first, without content. */
export function listItemDrafts(db: Database.Database, limit: number): ItemDraftSummary[] {
  const rows = db
    .prepare(
      'SELECT code, name, base_version, revision, saved_by, saved_at FROM item_drafts ORDER BY saved_at DESC, code LIMIT ?',
    )
    .all(limit) as DraftRow[];
  return rows.map(toSummary);
}

/** Removes a draft (only the given revision, when given). */
export function deleteItemDraft(db: Database.Database, code: string, revision?: number): boolean {
  const result =
    revision === undefined
      ? db.prepare('DELETE FROM item_drafts WHERE code = ?').run(code)
      : db.prepare('DELETE FROM item_drafts WHERE code = ? AND revision = ?').run(code, revision);
  return result.changes === 1;
}

function toSummary(row: DraftRow): ItemDraftSummary {
  return {
    code: row.code,
    name: row.name,
    baseVersion: row.base_version,
    revision: row.revision,
    savedBy: row.saved_by,
    savedAt: row.saved_at,
  };
}
