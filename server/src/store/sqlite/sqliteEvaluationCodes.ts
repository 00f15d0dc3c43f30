import type Database from 'better-sqlite3';
import type { EvaluationCode } from '../evaluationStore.js';

/** Stores a window code unless the same code is still valid at its creation. */
export function saveEvaluationCode(db: Database.Database, code: EvaluationCode): boolean {
  const result = db
    .prepare(
      `INSERT INTO evaluation_codes (code, case_id, clerk_id, window_id, created_at, expires_at, expires_ms, used)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0)
       ON CONFLICT(code) DO UPDATE SET case_id = excluded.case_id, clerk_id = excluded.clerk_id,
         window_id = excluded.window_id, created_at = excluded.created_at, expires_at = excluded.expires_at,
         expires_ms = excluded.expires_ms, used = 0
       WHERE evaluation_codes.used = 1 OR evaluation_codes.expires_ms <= ?`,
    )
    .run(
      code.code,
      code.caseId,
      code.clerkId,
      code.windowId,
      code.createdAt,
      code.expiresAt,
      Date.parse(code.expiresAt),
      Date.parse(code.createdAt),
    );
  return result.changes === 1;
}

/** The code if unexpired and unused at `at`. */
export function findEvaluationCode(db: Database.Database, code: string, at: string): EvaluationCode | undefined {
  const row = db
    .prepare('SELECT * FROM evaluation_codes WHERE code = ? AND used = 0 AND expires_ms > ?')
    .get(code, Date.parse(at)) as
    | {
        code: string;
        case_id: string;
        clerk_id: string;
        window_id: string | null;
        created_at: string;
        expires_at: string;
      }
    | undefined;
  return row
    ? {
        code: row.code,
        caseId: row.case_id,
        clerkId: row.clerk_id,
        windowId: row.window_id,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }
    : undefined;
}

/** Marks a code used. */
export function consumeEvaluationCode(db: Database.Database, code: string): void {
  db.prepare('UPDATE evaluation_codes SET used = 1 WHERE code = ?').run(code);
}
