import type { Run } from './run.js';
import type { ScopeState, TokenState } from './state.js';

/** Parks a token at an element until a command or timer moves it on. */
export function parkToken(run: Run, el: string, scope: string, extra: Partial<TokenState> = {}): TokenState {
  const token: TokenState = { id: run.newId('k'), el, scope, since: run.now, ...extra };
  run.state.tokens.push(token);
  return token;
}

/** The parked token with this id, or undefined. */
export function findToken(run: Run, id: string): TokenState | undefined {
  return run.state.tokens.find((t) => t.id === id);
}

/** Removes a parked token and the tasks waiting on it (without events: the caller reports). */
export function removeToken(run: Run, id: string): void {
  run.state.tokens = run.state.tokens.filter((t) => t.id !== id);
}

/** Queues a token to enter an element. */
export function arrive(run: Run, el: string, scope: string, via?: string): void {
  run.agenda.push(via === undefined ? { el, scope } : { el, scope, via });
}

/** Sends a token out of an element along the given flows (all outgoing flows by default). */
export function leave(run: Run, elId: string, scope: string, flows = run.element(elId).outgoing): void {
  for (const flow of flows) arrive(run, flow.target, scope, flow.id);
}

/** Whether anything still lives in a scope instance: a parked token or a token on its way. */
export function scopeIsBusy(run: Run, scope: string): boolean {
  return run.state.tokens.some((t) => t.scope === scope) || run.agenda.some((a) => a.scope === scope);
}

/** The scope instance with this id. */
export function findScope(run: Run, id: string): ScopeState | undefined {
  return run.state.scopes.find((s) => s.id === id);
}

/**
 * Cancels everything parked in a scope instance and the scopes nested in it: tasks are cancelled
 * with an event, tokens and timers disappear.
 */
export function clearScope(run: Run, scope: string, reason: string): void {
  for (const nested of run.state.scopes.filter((s) => s.parent === scope)) {
    clearScope(run, nested.id, reason);
    run.state.scopes = run.state.scopes.filter((s) => s.id !== nested.id);
  }
  for (const token of run.state.tokens.filter((t) => t.scope === scope)) cancelToken(run, token, reason);
  run.agenda.splice(0, run.agenda.length, ...run.agenda.filter((a) => a.scope !== scope));
}

/** Cancels one parked token: its tasks (with `task.cancelled`), its timers and any scope it holds open. */
export function cancelToken(run: Run, token: TokenState, reason: string): void {
  for (const task of run.state.tasks.filter((t) => t.token === token.id)) {
    run.emit('task.cancelled', { taskId: task.id, elementId: task.el, name: task.name, reason });
  }
  run.state.tasks = run.state.tasks.filter((t) => t.token !== token.id);
  const held = run.state.scopes.find((s) => s.token === token.id);
  if (held) {
    clearScope(run, held.id, reason);
    run.state.scopes = run.state.scopes.filter((s) => s.id !== held.id);
  }
  removeToken(run, token.id);
}
