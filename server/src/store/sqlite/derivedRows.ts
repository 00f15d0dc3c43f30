import type Database from 'better-sqlite3';
import type { TaskState, TimerState } from '@govflow/engine';
import { moveTimerHead } from './timerHeads.js';
import { dropTimerLeases } from './timerLeases.js';

/*
 * A commit usually changes one timer of ten (a light fired) or one task (a step done). These write the same
 * rows as "delete them all, insert the state's" but touch only what changed, and move the case's head in the
 * due index (`timerHeads.ts`) only when its earliest timer changed: at scale, page writes are most of what a
 * commit costs.
 */

interface TimerRowNow {
  timer_id: string;
  kind: string;
  due_ms: number;
  due_at: string;
  task_id: string | null;
}

/**
 * Makes a case's timer rows exactly its state's timers, none of them leased, and its head (`next_timer_ms`,
 * see `timerHeads.ts`) their earliest due instant; the case row must exist.
 */
export function syncTimerRows(db: Database.Database, caseId: string, timers: readonly TimerState[]): void {
  const wanted = new Map(timers.map((timer) => [timer.id, timer]));
  const rows = db
    .prepare('SELECT timer_id, kind, due_ms, due_at, task_id FROM timers WHERE case_id = ?')
    .all(caseId) as TimerRowNow[];
  const headBefore = earliest(rows.map((row) => row.due_ms));
  const headAfter = earliest(timers.map((timer) => Date.parse(timer.dueAt)));
  if (headAfter !== headBefore) moveTimerHead(db, caseId, headAfter);
  const remove = db.prepare('DELETE FROM timers WHERE case_id = ? AND timer_id = ?');
  for (const row of rows) {
    const timer = wanted.get(row.timer_id);
    if (timer && timer.kind === row.kind && timer.dueAt === row.due_at && (timer.taskId ?? null) === row.task_id) {
      wanted.delete(row.timer_id);
    } else {
      remove.run(caseId, row.timer_id);
    }
  }
  // A commit of the case drops its leases (the port's rule).
  dropTimerLeases(db, caseId);
  const insert = db.prepare(
    'INSERT INTO timers (case_id, timer_id, kind, due_ms, due_at, task_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const timer of wanted.values()) {
    insert.run(caseId, timer.id, timer.kind, Date.parse(timer.dueAt), timer.dueAt, timer.taskId ?? null);
  }
}

function earliest(dueMs: readonly number[]): number | null {
  return dueMs.length === 0 ? null : Math.min(...dueMs);
}

/** The task columns after `task_id, case_id`, in table order. */
const TASK_COLUMNS = ['element_id', 'name', 'assignee', 'candidate_groups', 'claimed_by', 'started_at', 'due_at'];

/** Makes a case's open-task rows exactly its state's open tasks, reading the rows it has. */
export function syncTaskRows(db: Database.Database, caseId: string, tasks: readonly TaskState[]): void {
  const rows = db
    .prepare(`SELECT task_id, ${TASK_COLUMNS.join(', ')} FROM tasks WHERE case_id = ?`)
    .all(caseId) as Record<string, unknown>[];
  const stored = rows.map((row) => [String(row['task_id']), TASK_COLUMNS.map((column) => row[column])] as const);
  writeTaskChanges(db, caseId, stored, tasks);
}

/**
 * Turns a case's open-task rows from the state it had (`before`, as last committed: the rows are exactly its
 * tasks) into `after`'s, reading none.
 */
export function replaceTaskRows(
  db: Database.Database,
  caseId: string,
  before: readonly TaskState[],
  after: readonly TaskState[],
): void {
  writeTaskChanges(
    db,
    caseId,
    before.map((task) => [task.id, taskValues(task)] as const),
    after,
  );
}

/** Deletes the rows (`[task id, values]`) that `tasks` drops or changes and inserts the tasks new or changed. */
function writeTaskChanges(
  db: Database.Database,
  caseId: string,
  rows: readonly (readonly [string, readonly unknown[]])[],
  tasks: readonly TaskState[],
): void {
  const wanted = new Map(tasks.map((task) => [task.id, taskValues(task)]));
  const remove = db.prepare('DELETE FROM tasks WHERE case_id = ? AND task_id = ?');
  for (const [taskId, values] of rows) {
    const want = wanted.get(taskId);
    if (want && want.every((value, i) => value === values[i])) wanted.delete(taskId);
    else remove.run(caseId, taskId);
  }
  const insert = db.prepare(
    `INSERT INTO tasks (task_id, case_id, ${TASK_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [taskId, values] of wanted) insert.run(taskId, caseId, ...values);
}

function taskValues(t: TaskState): unknown[] {
  return [
    t.el,
    t.name,
    t.assignee ?? null,
    JSON.stringify(t.candidateGroups ?? []),
    t.claimedBy ?? null,
    t.startedAt,
    t.dueAt ?? null,
  ];
}
