import type { Run } from './run.js';
import type { TaskState, TimerState } from './state.js';

/** The id of the overtime-default timer of a case. */
export const DEEMED_TIMER_ID = 'case:deemed';

/**
 * Whether a step still stands before the decision: any open step except delivery (送达 / 发证), which
 * follows the decision. While one is open at the case's deadline, overtime-default approval applies.
 */
export function awaitsDecision(run: Run, task: TaskState): boolean {
  return run.element(task.el).step?.stepKind !== '送达';
}

/**
 * The overtime-default timer (超时默许): at the case's promised deadline, while the legal clock runs, the
 * item enables it, it has not been applied yet and a step before the decision is still open. A clock
 * stop or an extension moves the deadline and so the timer; a stopped clock has none.
 */
export function deemedTimer(run: Run): TimerState | undefined {
  const { clock } = run.state;
  const setting = clock.overtimeDefault;
  if (!setting || setting.deemedAt !== undefined || clock.status !== 'running') return undefined;
  if (!run.state.tasks.some((task) => awaitsDecision(run, task))) return undefined;
  return { id: DEEMED_TIMER_ID, kind: 'deemed', dueAt: clock.promisedDueAt };
}
