import { EngineError } from '../../errors.js';
import type { Run } from '../run.js';
import type { Actor, TaskState } from '../state.js';

/** The open task with this id; a finished or unknown one is a typed error. */
export function requireTask(run: Run, taskId: unknown): TaskState {
  const task = typeof taskId === 'string' ? run.state.tasks.find((t) => t.id === taskId) : undefined;
  if (!task) throw new EngineError('TASK_CLOSED', `任务 ${String(taskId)} 不存在或已办结`, { taskId });
  return task;
}

/** A valid actor: an object with a non-empty id and string groups. */
export function requireActor(actor: unknown): Actor {
  const candidate = actor as Partial<Actor> | undefined;
  if (
    !candidate ||
    typeof candidate.id !== 'string' ||
    candidate.id.trim() === '' ||
    (candidate.groups !== undefined &&
      (!Array.isArray(candidate.groups) || !candidate.groups.every((g: unknown) => typeof g === 'string')))
  ) {
    throw new EngineError('COMMAND_INVALID', '缺少有效的操作人', { field: 'actor' });
  }
  return candidate as Actor;
}

/** A non-empty text, or a typed error naming the field. */
export function requireText(value: unknown, field: string, label: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new EngineError('REASON_REQUIRED', `必须填写${label}`, { field });
  }
  if (value.length > 5000) throw new EngineError('COMMAND_INVALID', `${label}过长（上限 5000 字）`, { field });
  return value.trim();
}

/** Who a task is for, as the engine's state or a stored worklist row records it (null or absent: nobody). */
export interface WorkableTask {
  readonly claimedBy?: string | null;
  readonly assignee?: string | null;
  readonly candidateGroups?: readonly string[] | null;
}

/**
 * Whether the actor may work on the task: its claimant, else its assignee, else a member of its
 * candidate groups; a task offered to nobody in particular is open to anyone who can act.
 */
export function mayWorkOn(task: WorkableTask, actor: Pick<Actor, 'id' | 'groups'>): boolean {
  if (task.claimedBy != null) return task.claimedBy === actor.id;
  if (task.assignee != null) return task.assignee === actor.id;
  if (task.candidateGroups?.length) return task.candidateGroups.some((g) => actor.groups?.includes(g));
  return true;
}

/** Throws `NOT_ELIGIBLE` unless the actor may work on the task. */
export function requireEligible(task: TaskState, actor: Actor): void {
  if (mayWorkOn(task, actor)) return;
  const holder = task.claimedBy ?? task.assignee;
  throw new EngineError(
    'NOT_ELIGIBLE',
    holder
      ? `任务「${task.name}」由 ${holder} 办理，${actor.id} 无权操作`
      : `${actor.id} 不在任务「${task.name}」的候选岗位中`,
    { taskId: task.id, actorId: actor.id },
  );
}
