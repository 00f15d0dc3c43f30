import type Database from 'better-sqlite3';
import type { ProgressCodeRecord } from '../applicationStore.js';

/** Stores or replaces the progress code of a receipt number. */
export function saveProgressCode(db: Database.Database, record: ProgressCodeRecord): void {
  db.prepare(
    `INSERT INTO progress_codes (receipt_number, case_id, code_hash, issued_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (receipt_number) DO UPDATE SET case_id = excluded.case_id, code_hash = excluded.code_hash,
       issued_at = excluded.issued_at`,
  ).run(record.receiptNumber, record.caseId, record.codeHash, record.issuedAt);
}

/** The progress code of a receipt number. */
export function findProgressCode(db: Database.Database, receiptNumber: string): ProgressCodeRecord | undefined {
  const row = db.prepare('SELECT * FROM progress_codes WHERE receipt_number = ?').get(receiptNumber) as
    { receipt_number: string; case_id: string; code_hash: string; issued_at: string } | undefined;
  return row
    ? { receiptNumber: row.receipt_number, caseId: row.case_id, codeHash: row.code_hash, issuedAt: row.issued_at }
    : undefined;
}
