import { EngineError } from '../../errors.js';
import { afterTaskCompleted } from '../behaviours/userTask.js';
import { drain } from '../drain.js';
import { awaitsDecision } from '../overtimeDefault.js';
import type { Run } from '../run.js';
import type { TaskState, TimerState } from '../state.js';
import { findToken } from '../tokens.js';

/** Who completes steps deemed approved: the system, not a person. */
export const SYSTEM_ACTOR = 'system';

/** The opinion written on each step completed by overtime-default approval. */
export const DEEMED_OPINION = '超时默许：承诺时限内未作出决定，依规视为准予许可';

/** Most steps one deemed approval may complete (a process that never reaches its delivery step is a mistake). */
const MAX_DEEMED_STEPS = 200;

/**
 * Overtime-default approval (超时默许, seed 000): the promised limit ran out with the decision still
 * open and no lawful extension. The case is deemed approved: every open step before the decision and
 * any the approval leads to are completed by the system with the outcome `approve`, until the case
 * reaches its delivery (送达 / 发证) step, which opens at once, or ends. The event says so; the
 * overtime itself stays on the record (the case's own `due` signal still fires).
 */
export function deemApproval(run: Run, timer: TimerState): void {
  const { clock } = run.state;
  const setting = clock.overtimeDefault;
  if (!setting) return;
  setting.deemedAt = run.now;
  run.emit('timer.fired', { timerId: timer.id, kind: 'deemed', target: 'case', dueAt: timer.dueAt });
  const open = run.state.tasks.filter((task) => awaitsDecision(run, task));
  run.emit(
    'case.deemedApproved',
    {
      dueAt: timer.dueAt,
      basis: setting.basis,
      promisedDays: clock.promisedDays,
      steps: open.map((task) => ({ taskId: task.id, elementId: task.el, name: task.name })),
      holders: open.map((task) => task.claimedBy ?? task.assignee ?? null),
    },
    SYSTEM_ACTOR,
  );
  run.state.variables['deemedApproved'] = true;
  run.state.variables['outcome'] = 'approve';
  for (let count = 0; run.state.status === 'running'; count += 1) {
    const task = run.state.tasks.find((t) => awaitsDecision(run, t));
    if (!task) return;
    if (count >= MAX_DEEMED_STEPS) {
      throw new EngineError('RUNAWAY_LOOP', '超时默许后流程始终未到达送达环节，已停止执行', { elementId: task.el });
    }
    completeAsDeemed(run, task);
    drain(run);
  }
}

function completeAsDeemed(run: Run, task: TaskState): void {
  run.state.tasks = run.state.tasks.filter((t) => t.id !== task.id);
  run.emit(
    'task.completed',
    {
      taskId: task.id,
      elementId: task.el,
      name: task.name,
      outcome: 'approve',
      opinion: DEEMED_OPINION,
      verifiedMaterials: [],
      startedAt: task.startedAt,
      dueAt: task.dueAt ?? null,
      overdue: task.dueAt !== undefined && run.nowMs > Date.parse(task.dueAt),
      deemed: true,
      holder: task.claimedBy ?? task.assignee ?? null,
    },
    SYSTEM_ACTOR,
  );
  run.state.variables['outcome'] = 'approve';
  const token = findToken(run, task.token);
  if (token) afterTaskCompleted(run, token, 'approve');
}
