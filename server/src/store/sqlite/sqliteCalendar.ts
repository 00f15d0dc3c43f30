import type Database from 'better-sqlite3';
import { CalendarConflictError, type CalendarOverridesData, type StoredCalendarOverrides } from '../calendarStore.js';

/** Migration 13: one row (id 1) holding the calendar overrides as JSON, with its revision. */
export const CALENDAR_MIGRATION_SQL = `
  CREATE TABLE calendar_overrides (
    id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL, revision INTEGER NOT NULL,
    updated_by TEXT NOT NULL, updated_at TEXT NOT NULL
  );
`;

interface CalendarRow {
  data: string;
  revision: number;
  updated_by: string;
  updated_at: string;
}

/** The stored overrides. */
export function getCalendarOverrides(db: Database.Database): StoredCalendarOverrides | undefined {
  const row = db.prepare('SELECT data, revision, updated_by, updated_at FROM calendar_overrides WHERE id = 1').get() as
    CalendarRow | undefined;
  if (!row) return undefined;
  const data = JSON.parse(row.data) as CalendarOverridesData;
  return { ...copy(data), revision: row.revision, updatedBy: row.updated_by, updatedAt: row.updated_at };
}

/** Replaces the overrides guarded by their revision: an insert for the first save, an update after. */
export function saveCalendarOverrides(
  db: Database.Database,
  overrides: CalendarOverridesData,
  expectedRevision: number,
  by: string,
  at: string,
): StoredCalendarOverrides {
  const data = copy(overrides);
  const json = JSON.stringify(data);
  const changes =
    expectedRevision === 0
      ? db
          .prepare(
            `INSERT INTO calendar_overrides (id, data, revision, updated_by, updated_at) VALUES (1, ?, 1, ?, ?)
             ON CONFLICT (id) DO NOTHING`,
          )
          .run(json, by, at).changes
      : db
          .prepare(
            `UPDATE calendar_overrides SET data = ?, revision = revision + 1, updated_by = ?, updated_at = ?
             WHERE id = 1 AND revision = ?`,
          )
          .run(json, by, at, expectedRevision).changes;
  if (changes !== 1) throw new CalendarConflictError(expectedRevision);
  return { ...data, revision: expectedRevision + 1, updatedBy: by, updatedAt: at };
}

/** Only the three lists, as plain arrays (nothing else a caller passed is stored). */
function copy(data: CalendarOverridesData): CalendarOverridesData {
  return { holidays: [...data.holidays], workdays: [...data.workdays], coveredYears: [...data.coveredYears] };
}
