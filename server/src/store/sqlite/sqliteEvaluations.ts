import type Database from 'better-sqlite3';
import { FeedbackConflictError } from '../complaintStore.js';
import type {
  EvaluationChange,
  EvaluationCountFilter,
  EvaluationCountRow,
  EvaluationEntry,
  EvaluationFilter,
  EvaluationRecord,
  StoredEvaluationEntry,
} from '../evaluationStore.js';
import { hashFeedbackEntry } from '../feedbackHash.js';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';
import type { OutboxMessage } from '../outbox.js';
import { insertOutbox } from './sqliteOutbox.js';
import { insertFeedbackEntry, insertFeedbackScopes, listFeedbackEntries, marks } from './sqliteFeedbackEntries.js';

type NewEvaluation = Omit<EvaluationRecord, 'entryCount' | 'headHash'>;

/** Inserts an evaluation, its scope keys, first entry and outbox (its case's) in one transaction, unless the case has one. */
export function createEvaluation(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  evaluation: NewEvaluation,
  first: EvaluationEntry,
  outbox: readonly OutboxMessage[],
): EvaluationRecord | undefined {
  return db.transaction(() => {
    const hash = hashFeedbackEntry('evaluation', evaluation.id, 1, first, GENESIS_HASH, algorithm);
    const record: EvaluationRecord = {
      ...evaluation,
      scopeKeys: [...new Set(evaluation.scopeKeys)].sort(),
      entryCount: 1,
      headHash: hash,
    };
    const inserted = db
      .prepare(
        `INSERT INTO evaluations (id, case_id, level, negative, department_id, unit_id, window_id, clerk_id, item_code,
           evaluated_ms, follow_up_status, follow_up_due_ms, entry_count, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
         ON CONFLICT(case_id) DO NOTHING`,
      )
      .run(
        record.id,
        record.caseId,
        record.level,
        record.negative ? 1 : 0,
        record.departmentId,
        record.unitId,
        record.windowId,
        record.clerkId,
        record.itemCode,
        Date.parse(record.evaluatedAt),
        ...followUpColumns(record),
        JSON.stringify(record),
      );
    if (inserted.changes !== 1) return undefined;
    insertFeedbackScopes(db, 'evaluation', record.id, record.scopeKeys);
    insertFeedbackEntry(db, 'evaluation', record.id, 1, first, GENESIS_HASH, hash);
    insertOutbox(db, record.caseId, outbox);
    return record;
  })();
}

/** Appends an entry and applies its change if the evaluation still has `expectedEntries` entries. */
export function appendEvaluationEntry(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  evaluationId: string,
  expectedEntries: number,
  entry: EvaluationEntry,
  change: EvaluationChange,
  outbox: readonly OutboxMessage[],
): EvaluationRecord {
  return db.transaction(() => {
    const current = getEvaluation(db, evaluationId);
    if (!current || current.entryCount !== expectedEntries) throw new FeedbackConflictError(`评价 ${evaluationId}`);
    const seq = expectedEntries + 1;
    const hash = hashFeedbackEntry('evaluation', evaluationId, seq, entry, current.headHash, algorithm);
    const next: EvaluationRecord = { ...current, ...change, entryCount: seq, headHash: hash, updatedAt: entry.at };
    db.prepare(
      `UPDATE evaluations SET follow_up_status = ?, follow_up_due_ms = ?, entry_count = ?, data = ?
       WHERE id = ? AND entry_count = ?`,
    ).run(...followUpColumns(next), seq, JSON.stringify(next), evaluationId, expectedEntries);
    insertFeedbackEntry(db, 'evaluation', evaluationId, seq, entry, current.headHash, hash);
    insertOutbox(db, next.caseId, outbox);
    return next;
  })();
}

/** One evaluation, or undefined. */
export function getEvaluation(db: Database.Database, id: string): EvaluationRecord | undefined {
  const row = db.prepare('SELECT data FROM evaluations WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as EvaluationRecord) : undefined;
}

/** Evaluations by filter, newest first. */
export function listEvaluations(db: Database.Database, filter: EvaluationFilter, limit: number): EvaluationRecord[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const equal = (column: string, value: string | number | undefined): void => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  equal('level', filter.level);
  equal('negative', filter.negative === undefined ? undefined : filter.negative ? 1 : 0);
  equal('follow_up_status', filter.followUpStatus);
  equal('department_id', filter.departmentId);
  equal('window_id', filter.windowId);
  equal('clerk_id', filter.clerkId);
  equal('case_id', filter.caseId);
  if (filter.scopeKeys !== undefined) {
    where.push(`id IN (SELECT evaluation_id FROM evaluation_scopes WHERE key IN (${marks(filter.scopeKeys)}))`);
    params.push(...filter.scopeKeys);
  }
  if (filter.followUpOverdueAt !== undefined) {
    where.push(`follow_up_status = 'open' AND follow_up_due_ms <= ?`);
    params.push(Date.parse(filter.followUpOverdueAt));
  }
  const sql = `SELECT data FROM evaluations ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY evaluated_ms DESC, id DESC LIMIT ?`;
  return (db.prepare(sql).all(...params, limit) as { data: string }[]).map(
    (r) => JSON.parse(r.data) as EvaluationRecord,
  );
}

/** An evaluation's history in order. */
export function listEvaluationEntries(db: Database.Database, evaluationId: string): StoredEvaluationEntry[] {
  return listFeedbackEntries(db, 'evaluation', evaluationId).map((e) => ({ evaluationId, ...e }));
}

/** Evaluations given in [from, to), counted by department, window, clerk and level. */
export function countEvaluations(db: Database.Database, filter: EvaluationCountFilter): EvaluationCountRow[] {
  const where = ['evaluated_ms >= ?', 'evaluated_ms < ?'];
  const params: (string | number)[] = [Date.parse(filter.from), Date.parse(filter.to)];
  for (const [column, value] of [
    ['department_id', filter.departmentId],
    ['window_id', filter.windowId],
    ['clerk_id', filter.clerkId],
  ] as const) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  const rows = db
    .prepare(
      `SELECT department_id, unit_id, window_id, clerk_id, item_code, level, COUNT(*) AS n FROM evaluations
       WHERE ${where.join(' AND ')} GROUP BY department_id, unit_id, window_id, clerk_id, item_code, level
       ORDER BY department_id, unit_id, window_id, clerk_id, item_code, level`,
    )
    .all(...params) as {
    department_id: string | null;
    unit_id: string | null;
    window_id: string | null;
    clerk_id: string | null;
    item_code: string;
    level: EvaluationCountRow['level'];
    n: number;
  }[];
  return rows.map((r) => ({
    departmentId: r.department_id,
    unitId: r.unit_id,
    windowId: r.window_id,
    clerkId: r.clerk_id,
    itemCode: r.item_code,
    level: r.level,
    count: r.n,
  }));
}

function followUpColumns(record: EvaluationRecord): [string | null, number | null] {
  const followUp = record.followUp;
  return followUp === null
    ? [null, null]
    : [followUp.status, followUp.status === 'open' ? Date.parse(followUp.dueAt) : null];
}
