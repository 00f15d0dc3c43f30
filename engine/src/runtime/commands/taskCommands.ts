import { EngineError } from '../../errors.js';
import { afterTaskCompleted } from '../behaviours/userTask.js';
import type { Run } from '../run.js';
import { arrive, findToken, removeToken } from '../tokens.js';
import { assertPlainVariables } from '../variables.js';
import { requireActor, requireEligible, requireTask, requireText } from './guards.js';
import type { ClaimCommand, CompleteCommand, ReturnCommand, TransferCommand } from './types.js';

/** 签收: a member of the candidate groups takes the task for themself. */
export function claimTask(run: Run, command: ClaimCommand): void {
  const actor = requireActor(command.actor);
  const task = requireTask(run, command.taskId);
  if (task.claimedBy === actor.id) return; // already theirs: 签收 twice changes nothing
  if (task.claimedBy !== undefined) {
    throw new EngineError('TASK_ALREADY_CLAIMED', `任务「${task.name}」已由 ${task.claimedBy} 签收`, {
      taskId: task.id,
    });
  }
  requireEligible(task, actor);
  task.claimedBy = actor.id;
  run.emit('task.claimed', { taskId: task.id, elementId: task.el }, actor.id);
}

/** 办理: completes the task with the handler's outcome, variables and opinion, and moves the case on. */
export function completeTask(run: Run, command: CompleteCommand): void {
  const actor = requireActor(command.actor);
  const task = requireTask(run, command.taskId);
  requireEligible(task, actor);
  const step = run.element(task.el).step;
  const blank = command.opinion === undefined || (typeof command.opinion === 'string' && command.opinion.trim() === '');
  const opinion = blank ? undefined : requireText(command.opinion, 'opinion', '审批意见');
  if (step?.signOff && opinion === undefined) {
    throw new EngineError('OPINION_REQUIRED', `环节「${task.name}」需要签署意见后才能办结`, { taskId: task.id });
  }
  const verified = command.verifiedMaterials ?? [];
  if (!Array.isArray(verified) || !verified.every((m) => typeof m === 'string')) {
    throw new EngineError('COMMAND_INVALID', 'verifiedMaterials 应为材料编号列表', { field: 'verifiedMaterials' });
  }
  const exempt = command.exemptMaterials ?? [];
  if (!Array.isArray(exempt) || !exempt.every((m) => typeof m === 'string')) {
    throw new EngineError('COMMAND_INVALID', 'exemptMaterials 应为材料编号列表', { field: 'exemptMaterials' });
  }
  const missing = (step?.materials ?? []).filter((m) => !verified.includes(m) && !exempt.includes(m));
  if (missing.length > 0) {
    throw new EngineError('MATERIALS_NOT_VERIFIED', `环节「${task.name}」还有 ${missing.length} 项材料未核验`, {
      taskId: task.id,
      missing,
    });
  }
  if (command.outcome !== undefined && (typeof command.outcome !== 'string' || command.outcome.length > 100)) {
    throw new EngineError('COMMAND_INVALID', 'outcome 应为简短文本', { field: 'outcome' });
  }
  if (command.variables !== undefined) {
    assertPlainVariables(command.variables);
    Object.assign(run.state.variables, structuredClone(command.variables));
  }
  if (command.outcome !== undefined) run.state.variables['outcome'] = command.outcome;
  run.state.tasks = run.state.tasks.filter((t) => t.id !== task.id);
  run.emit(
    'task.completed',
    {
      taskId: task.id,
      elementId: task.el,
      name: task.name,
      outcome: command.outcome ?? null,
      opinion: opinion ?? null,
      verifiedMaterials: [...verified],
      ...(exempt.length === 0 ? {} : { exemptMaterials: (step?.materials ?? []).filter((m) => exempt.includes(m)) }),
      startedAt: task.startedAt,
      dueAt: task.dueAt ?? null,
      overdue: task.dueAt !== undefined && run.nowMs > Date.parse(task.dueAt),
    },
    actor.id,
  );
  const token = findToken(run, task.token);
  if (token) afterTaskCompleted(run, token, command.outcome ?? null);
}

/** 退回: sends the case back to an earlier step of the same branch, with a reason. */
export function returnTask(run: Run, command: ReturnCommand): void {
  const actor = requireActor(command.actor);
  const task = requireTask(run, command.taskId);
  requireEligible(task, actor);
  const reason = requireText(command.reason, 'reason', '退回理由');
  const targets = run.element(task.el).step?.returnTargets ?? [];
  if (!targets.includes(command.to)) {
    throw new EngineError('RETURN_TARGET_INVALID', `不能从「${task.name}」退回到 ${String(command.to)}`, {
      taskId: task.id,
      allowed: targets,
    });
  }
  const token = findToken(run, task.token);
  for (const sibling of run.state.tasks.filter((t) => t.token === task.token && t.id !== task.id)) {
    run.emit('task.cancelled', { taskId: sibling.id, elementId: sibling.el, name: sibling.name, reason: 'returned' });
  }
  run.state.tasks = run.state.tasks.filter((t) => t.token !== task.token);
  run.emit('task.returned', { taskId: task.id, elementId: task.el, name: task.name, to: command.to, reason }, actor.id);
  if (token) {
    removeToken(run, token.id);
    arrive(run, command.to, token.scope);
  }
}

/** 转办: hands the task to another person or group, with a reason. */
export function transferTask(run: Run, command: TransferCommand): void {
  const actor = requireActor(command.actor);
  const task = requireTask(run, command.taskId);
  requireEligible(task, actor);
  const to = command.to as TransferCommand['to'] | undefined;
  const assignee = typeof to?.assignee === 'string' && to.assignee.trim() ? to.assignee.trim() : undefined;
  const groups = Array.isArray(to?.candidateGroups) ? to.candidateGroups.filter((g) => typeof g === 'string' && g) : [];
  if (assignee === undefined && groups.length === 0) {
    throw new EngineError('COMMAND_INVALID', '转办需要指定办理人或候选岗位', { field: 'to' });
  }
  const reason = command.reason === undefined ? undefined : requireText(command.reason, 'reason', '转办理由');
  delete task.claimedBy;
  delete task.assignee;
  delete task.candidateGroups;
  if (assignee !== undefined) task.assignee = assignee;
  if (groups.length > 0) task.candidateGroups = [...groups];
  run.emit(
    'task.transferred',
    {
      taskId: task.id,
      elementId: task.el,
      assignee: assignee ?? null,
      candidateGroups: groups,
      reason: reason ?? null,
    },
    actor.id,
  );
}
