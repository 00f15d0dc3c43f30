import type { ElementDef } from '../../model/types.js';
import { armTimer } from '../activity.js';
import type { Arrival, Run } from '../run.js';
import { clearScope, leave, parkToken, scopeIsBusy } from '../tokens.js';
import { completeScope } from '../scopes.js';

/** Start event: the token moves straight on. */
export function enterStartEvent(run: Run, el: ElementDef, arrival: Arrival): void {
  leave(run, el.id, arrival.scope);
}

/** End event: the token ends; a terminate end ends its whole scope at once. */
export function enterEndEvent(run: Run, el: ElementDef, arrival: Arrival): void {
  if (el.terminate) {
    clearScope(run, arrival.scope, 'terminate-end');
    completeScope(run, arrival.scope, el);
  } else if (!scopeIsBusy(run, arrival.scope)) {
    completeScope(run, arrival.scope, el);
  }
}

/** Intermediate timer catch: the token waits until its timer is fired. */
export function enterTimerCatch(run: Run, el: ElementDef, arrival: Arrival): void {
  parkToken(run, el.id, arrival.scope, { timers: [armTimer(run, el.id)] });
}

/** Service and send tasks: the server performs the integration or notification; the case moves on. */
export function enterServiceTask(run: Run, el: ElementDef, arrival: Arrival): void {
  run.emit('service.requested', { elementId: el.id, name: el.name, kind: el.kind, topic: el.topic ?? el.id });
  leave(run, el.id, arrival.scope);
}
