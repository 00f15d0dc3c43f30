import { EngineError } from '../../errors.js';
import type { Run } from '../run.js';
import type { TimerState } from '../state.js';
import { cancelToken, findToken, leave, removeToken } from '../tokens.js';
import { deemApproval } from './deemApproval.js';
import type { FireTimerCommand } from './types.js';

/**
 * Fires a timer: a light threshold or ladder rung is signalled once (`timer.fired`, the supervision
 * feed); the overtime-default instant deems the case approved; a timer catch moves its token on; a
 * boundary timer escalates (and, if interrupting, cancels its activity).
 * Only a timer the state still lists, at or after its due instant, may fire.
 */
export function fireTimer(run: Run, command: FireTimerCommand): void {
  const timer = run.state.timers.find((t) => t.id === command.timerId);
  if (!timer) {
    throw new EngineError('TIMER_NOT_FOUND', `定时器 ${String(command.timerId)} 已不存在（环节已办结或计时已暂停）`, {
      timerId: command.timerId,
    });
  }
  if (Date.parse(timer.dueAt) > run.nowMs) {
    throw new EngineError('TIMER_NOT_DUE', `定时器 ${timer.id} 尚未到期（${timer.dueAt}）`, {
      timerId: timer.id,
      dueAt: timer.dueAt,
    });
  }
  if (timer.kind === 'boundary' || timer.kind === 'catch') fireProcessTimer(run, timer);
  else if (timer.kind === 'deemed') deemApproval(run, timer);
  else fireSignal(run, timer);
}

function fireSignal(run: Run, timer: TimerState): void {
  const level = timer.kind;
  if (timer.taskId === undefined) {
    run.state.clock.fired.push(level);
    run.emit('timer.fired', { timerId: timer.id, kind: level, target: 'case', dueAt: timer.dueAt });
    return;
  }
  const task = run.state.tasks.find((t) => t.id === timer.taskId);
  if (!task) return;
  task.fired = [...(task.fired ?? []), level];
  run.emit('timer.fired', {
    timerId: timer.id,
    kind: level,
    target: 'task',
    taskId: task.id,
    elementId: task.el,
    assignee: task.claimedBy ?? task.assignee ?? null,
    dueAt: timer.dueAt,
  });
}

function fireProcessTimer(run: Run, timer: TimerState): void {
  const [tokenId = '', eventId = ''] = splitTimerId(timer.id);
  const token = findToken(run, tokenId);
  if (!token) return;
  const event = run.element(eventId);
  run.emit('timer.fired', {
    timerId: timer.id,
    kind: timer.kind,
    target: 'element',
    elementId: eventId,
    dueAt: timer.dueAt,
  });
  if (event.kind === 'timerCatch') {
    removeToken(run, token.id);
    leave(run, event.id, token.scope);
    return;
  }
  if (event.interrupting) cancelToken(run, token, 'boundary-timer');
  else token.timers = (token.timers ?? []).filter((t) => t.el !== eventId);
  leave(run, event.id, token.scope);
}

function splitTimerId(id: string): string[] {
  const colon = id.indexOf(':');
  return [id.slice(0, colon), id.slice(colon + 1)];
}
