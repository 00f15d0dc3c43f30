import { EngineError } from '../../errors.js';
import { evaluateFeel, feelIsTrue } from '../../feel/feel.js';
import type { ElementDef, StepDef } from '../../model/types.js';
import { formatInstant } from '../../time/instant.js';
import { finishActivity, startActivity } from '../activity.js';
import type { Arrival, Run } from '../run.js';
import type { TaskState, TokenState } from '../state.js';

/** Entering a user task opens its task (or, for 会签, its instances) and waits. */
export function enterUserTask(run: Run, el: ElementDef, arrival: Arrival): void {
  const step = el.step as StepDef;
  const mi = step.multiInstance;
  if (!mi) {
    openTask(run, el, startActivity(run, el, arrival.scope), {});
    return;
  }
  const items = instanceItems(run, el);
  if (items.length === 0) {
    run.agenda.push(...el.outgoing.map((f) => ({ el: f.target, scope: arrival.scope, via: f.id })));
    return;
  }
  const first = mi.sequential ? items.slice(0, 1) : items;
  const token = startActivity(run, el, arrival.scope, {
    mi: { total: items.length, completed: 0, pending: mi.sequential ? items.slice(1) : [], outcomes: [], next: 0 },
  });
  for (const item of first) openInstance(run, el, token, item);
}

/** Called when one of the task's instances is completed: moves on when the step is done. */
export function afterTaskCompleted(run: Run, token: TokenState, outcome: string | null): void {
  const mi = token.mi;
  if (!mi) {
    finishActivity(run, token);
    return;
  }
  mi.completed += 1;
  mi.outcomes.push(outcome);
  const active = run.state.tasks.filter((t) => t.token === token.id);
  const condition = run.element(token.el).step?.multiInstance?.completionCondition;
  const context = {
    ...run.state.variables,
    nrOfInstances: mi.total,
    nrOfCompletedInstances: mi.completed,
    nrOfActiveInstances: active.length,
    outcomes: mi.outcomes,
  };
  if (condition !== undefined && feelIsTrue(condition, context)) {
    for (const task of active) {
      run.emit('task.cancelled', {
        taskId: task.id,
        elementId: task.el,
        name: task.name,
        reason: 'completion-condition',
      });
    }
    run.state.tasks = run.state.tasks.filter((t) => t.token !== token.id);
    finishActivity(run, token);
  } else if (mi.pending.length > 0) {
    openInstance(run, run.element(token.el), token, mi.pending.shift());
  } else if (active.length === 0) {
    finishActivity(run, token);
  }
}

function openInstance(run: Run, el: ElementDef, token: TokenState, item: unknown): void {
  const mi = token.mi as NonNullable<TokenState['mi']>;
  const index = mi.next;
  mi.next += 1;
  const variable = el.step?.multiInstance?.elementVariable;
  const locals: Record<string, unknown> = { loopCounter: index + 1 };
  if (variable !== undefined) locals[variable] = item;
  openTask(run, el, token, locals, { instance: index + 1, item });
}

/** Opens one task of a step: resolves who does it and computes its deadline. */
export function openTask(
  run: Run,
  el: ElementDef,
  token: TokenState,
  locals: Record<string, unknown>,
  instance?: { instance: number; item: unknown },
): TaskState {
  const step = el.step as StepDef;
  const context = { ...run.state.variables, ...locals };
  const task: TaskState = { id: run.newId('t'), el: el.id, name: el.name, token: token.id, startedAt: run.now };
  const assignee = resolveAssignee(el.id, step.assignee, context);
  if (assignee !== undefined) task.assignee = assignee;
  const groups = resolveGroups(el.id, step.candidateGroups, context);
  if (groups !== undefined) task.candidateGroups = groups;
  if (step.timeLimit !== undefined) {
    task.limitDays = step.timeLimit;
    task.dueAt = formatInstant(run.deadline(run.nowMs, step.timeLimit, 'working'));
  }
  if (instance) {
    task.instance = instance.instance;
    if (instance.item !== undefined) task.item = instance.item;
  }
  run.state.tasks.push(task);
  run.emit('task.created', {
    taskId: task.id,
    elementId: el.id,
    name: el.name,
    assignee: task.assignee ?? null,
    candidateGroups: task.candidateGroups ?? [],
    dueAt: task.dueAt ?? null,
    limitDays: task.limitDays ?? null,
    stepKind: step.stepKind ?? null,
  });
  return task;
}

/** Most instances one multi-instance step may open, whether counted or from a collection. */
const MAX_INSTANCES = 1000;

function instanceItems(run: Run, el: ElementDef): unknown[] {
  const mi = el.step?.multiInstance;
  if (mi?.collection !== undefined) {
    const list = evaluateFeel(mi.collection, run.state.variables);
    if (!Array.isArray(list) || list.length > MAX_INSTANCES) {
      throw new EngineError(
        'MULTI_INSTANCE_INVALID',
        `会签环节「${el.name}」的集合表达式应得到不超过 ${MAX_INSTANCES} 项的列表`,
        { elementId: el.id },
      );
    }
    return list;
  }
  const count = evaluateFeel(mi?.cardinality ?? '1', run.state.variables);
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_INSTANCES) {
    throw new EngineError('MULTI_INSTANCE_INVALID', `会签环节「${el.name}」的实例数无效`, { elementId: el.id });
  }
  return Array.from({ length: count }, (_, i) => i + 1);
}

function resolveAssignee(
  elementId: string,
  assignee: string | undefined,
  context: Record<string, unknown>,
): string | undefined {
  if (assignee === undefined || !assignee.startsWith('=')) return assignee;
  const value = evaluateFeel(assignee, context);
  if (typeof value === 'string' && value !== '') return value;
  throw new EngineError('ASSIGNEE_UNRESOLVED', `无法确定环节 ${elementId} 的办理人（${assignee}）`, { elementId });
}

function resolveGroups(
  elementId: string,
  groups: readonly string[] | undefined,
  context: Record<string, unknown>,
): string[] | undefined {
  const first = groups?.[0];
  if (groups === undefined || first === undefined) return undefined;
  if (!first.startsWith('=')) return [...groups];
  const value = evaluateFeel(first, context);
  const list = typeof value === 'string' ? [value] : value;
  if (Array.isArray(list) && list.length > 0 && list.every((g) => typeof g === 'string')) return list as string[];
  throw new EngineError('ASSIGNEE_UNRESOLVED', `无法确定环节 ${elementId} 的候选岗位（${first}）`, { elementId });
}
