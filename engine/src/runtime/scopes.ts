import type { ElementDef } from '../model/types.js';
import { finishActivity } from './activity.js';
import { finishClock } from './clock.js';
import type { Run } from './run.js';
import { findScope, findToken } from './tokens.js';

/**
 * Completes a scope instance once nothing lives in it: a sub-process or called process hands its
 * token back to the enclosing scope; the case itself is completed (办结).
 */
export function completeScope(run: Run, scopeId: string, end: ElementDef): void {
  if (scopeId === '') {
    completeCase(run, end);
    return;
  }
  const scope = findScope(run, scopeId);
  if (!scope) return;
  run.state.scopes = run.state.scopes.filter((s) => s.id !== scopeId);
  run.emit('scope.completed', { scopeId, elementId: scope.el });
  const token = findToken(run, scope.token);
  if (token) finishActivity(run, token);
}

function completeCase(run: Run, end: ElementDef): void {
  const state = run.state;
  for (const task of state.tasks) {
    run.emit('task.cancelled', { taskId: task.id, elementId: task.el, name: task.name, reason: 'case-completed' });
  }
  state.tasks = [];
  state.tokens = [];
  state.scopes = [];
  run.agenda.length = 0;
  state.status = 'completed';
  state.outcome = end.name;
  state.endedAt = run.now;
  finishClock(run);
  run.emit('case.completed', {
    endEventId: end.id,
    outcome: end.name,
    usedDays: state.clock.usedDays,
    onTime: run.nowMs <= Date.parse(state.clock.promisedDueAt),
  });
}
