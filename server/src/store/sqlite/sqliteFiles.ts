import type Database from 'better-sqlite3';
import type { FileUploadRecord } from '../fileStore.js';

interface UploadRow {
  sha256: string;
  uploaded_by: string;
  size: number;
  media_type: string;
  original_name: string;
  uploaded_at: string;
}

/** Records an upload unless this user already uploaded the content; returns the stored record. */
export function saveFileUpload(db: Database.Database, record: FileUploadRecord): FileUploadRecord {
  db.prepare(
    `INSERT INTO file_uploads (sha256, uploaded_by, size, media_type, original_name, uploaded_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256, uploaded_by) DO NOTHING`,
  ).run(record.sha256, record.uploadedBy, record.size, record.mediaType, record.originalName, record.uploadedAt);
  const row = db
    .prepare('SELECT * FROM file_uploads WHERE sha256 = ? AND uploaded_by = ?')
    .get(record.sha256, record.uploadedBy) as UploadRow;
  return toUpload(row);
}

/** Every upload of one content, earliest first. */
export function listFileUploads(db: Database.Database, sha256: string): FileUploadRecord[] {
  const rows = db
    .prepare('SELECT * FROM file_uploads WHERE sha256 = ? ORDER BY uploaded_at, uploaded_by')
    .all(sha256) as UploadRow[];
  return rows.map(toUpload);
}

/** Records which files a case references, in one transaction. */
export function saveFileReferences(db: Database.Database, caseId: string, sha256s: readonly string[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO file_references (sha256, case_id) VALUES (?, ?)');
  db.transaction(() => {
    for (const sha256 of sha256s) insert.run(sha256, caseId);
  })();
}

/** The cases referencing a file. */
export function listFileReferences(db: Database.Database, sha256: string, limit: number): string[] {
  const rows = db
    .prepare('SELECT case_id FROM file_references WHERE sha256 = ? ORDER BY case_id LIMIT ?')
    .all(sha256, limit) as { case_id: string }[];
  return rows.map((r) => r.case_id);
}

function toUpload(row: UploadRow): FileUploadRecord {
  return {
    sha256: row.sha256,
    size: row.size,
    mediaType: row.media_type,
    originalName: row.original_name,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  };
}
