import type Database from 'better-sqlite3';
import type { CaseEvent, CaseState } from '@govflow/engine';
import { GENESIS_HASH, hashEvent, type ChainAlgorithm } from '../hashChain.js';

/**
 * Appends a commit's events to the case's hash chain and rewrites its open tasks and timers from the
 * state (dropping timer leases); call inside the commit's transaction.
 */
export function writeDerived(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  caseId: string,
  state: CaseState,
  events: readonly CaseEvent[],
): void {
  const last = db.prepare('SELECT hash FROM case_events WHERE case_id = ? ORDER BY seq DESC LIMIT 1').get(caseId) as
    { hash: string } | undefined;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const insertEvent = db.prepare(
    'INSERT INTO case_events (case_id, seq, type, at, by_actor, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const event of events) {
    const hash = hashEvent(event, prevHash, algorithm);
    insertEvent.run(
      caseId,
      event.seq,
      event.type,
      event.at,
      event.by ?? null,
      JSON.stringify(event.data),
      prevHash,
      hash,
    );
    prevHash = hash;
  }
  db.prepare('DELETE FROM tasks WHERE case_id = ?').run(caseId);
  const insertTask = db.prepare(
    `INSERT INTO tasks (task_id, case_id, element_id, name, assignee, candidate_groups, claimed_by, started_at, due_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const t of state.tasks) {
    insertTask.run(
      t.id,
      caseId,
      t.el,
      t.name,
      t.assignee ?? null,
      JSON.stringify(t.candidateGroups ?? []),
      t.claimedBy ?? null,
      t.startedAt,
      t.dueAt ?? null,
    );
  }
  db.prepare('DELETE FROM timers WHERE case_id = ?').run(caseId);
  const insertTimer = db.prepare(
    'INSERT INTO timers (case_id, timer_id, kind, due_ms, due_at, task_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const timer of state.timers) {
    insertTimer.run(caseId, timer.id, timer.kind, Date.parse(timer.dueAt), timer.dueAt, timer.taskId ?? null);
  }
}
