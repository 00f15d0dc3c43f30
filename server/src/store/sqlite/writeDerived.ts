import type Database from 'better-sqlite3';
import type { CaseEvent, CaseState } from '@govflow/engine';
import type { CaseFactSource } from '../caseFactsRow.js';
import { GENESIS_HASH, hashEvent, type ChainAlgorithm } from '../hashChain.js';
import { writeCaseFacts } from './sqliteCaseFacts.js';
import { replaceTaskRows, syncTaskRows, syncTimerRows } from './derivedRows.js';

/**
 * Appends a commit's events to the case's hash chain and rewrites its open tasks and timers from the
 * state (dropping timer leases) and its statistics facts (`source`: the case row's columns they keep); call
 * inside the commit's transaction. `previous`: the stored state the commit replaces, when known — the open
 * tasks and facts are then compared with it instead of read.
 */
export function writeDerived(
  db: Database.Database,
  algorithm: ChainAlgorithm,
  source: CaseFactSource,
  state: CaseState,
  events: readonly CaseEvent[],
  previous?: CaseState,
): void {
  const { caseId } = source;
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
  if (previous) replaceTaskRows(db, caseId, previous.tasks, state.tasks);
  else syncTaskRows(db, caseId, state.tasks);
  syncTimerRows(db, caseId, state.timers);
  writeCaseFacts(db, source, state, events, previous);
}
