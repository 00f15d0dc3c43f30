import type Database from 'better-sqlite3';
import { formatInstant } from '@govflow/engine';
import type { CaseCloner, CaseTemplate } from './caseCloner.js';

/**
 * Bench-only: copies of the case whose one timer is due at `dueAt`, each with that timer moved to its own
 * instant (`dueAt + k × stepMs`), in the stored state and the timers table alike — so one run measures several
 * light changes, each caught by the scheduler's one-second poll at a different phase. Returns id → due instant.
 */
export function dueCopies(
  db: Database.Database,
  cloner: CaseCloner,
  template: CaseTemplate,
  dueAt: string,
  count: number,
  stepMs: number,
): Map<string, number> {
  const copies = new Map<string, number>();
  const readState = db.prepare('SELECT state FROM cases WHERE id = ?');
  const writeState = db.prepare('UPDATE cases SET state = ? WHERE id = ?');
  const writeTimer = db.prepare('UPDATE timers SET due_ms = ?, due_at = ? WHERE case_id = ? AND due_at = ?');
  // The case's head in the due index (`next_timer_ms`: its earliest timer) follows its moved timer.
  const writeHead = db.prepare(
    'UPDATE cases SET next_timer_ms = (SELECT MIN(due_ms) FROM timers WHERE case_id = ?) WHERE id = ?',
  );
  for (let k = 1; k <= count; k += 1) {
    const id = `00000000-0000-4000-a000-${k.toString(16).padStart(12, '0')}`;
    cloner.clone(template, id, `${template.receiptNumber.slice(0, 11)}D${String(k).padStart(7, '0')}`);
    const at = Date.parse(dueAt) + k * stepMs;
    const state = JSON.parse((readState.get(id) as { state: string }).state) as { timers: { dueAt: string }[] };
    for (const timer of state.timers) if (timer.dueAt === dueAt) timer.dueAt = formatInstant(at);
    writeState.run(JSON.stringify(state), id);
    if (writeTimer.run(at, formatInstant(at), id, dueAt).changes !== 1)
      throw new Error(`copy ${id}: no timer due at ${dueAt}`);
    writeHead.run(id, id);
    copies.set(id, at);
  }
  return copies;
}
