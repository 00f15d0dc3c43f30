import type { ElementDef } from '../../model/types.js';
import { startActivity } from '../activity.js';
import type { Arrival, Run } from '../run.js';
import { arrive } from '../tokens.js';

/** Embedded sub-process and call activity: a new scope instance starts at the inner start event. */
export function enterContainer(run: Run, el: ElementDef, arrival: Arrival): void {
  const token = startActivity(run, el, arrival.scope);
  const scope = run.newId('s');
  run.state.scopes.push({ id: scope, el: el.id, parent: arrival.scope, token: token.id });
  run.emit('scope.started', {
    scopeId: scope,
    elementId: el.id,
    name: el.name,
    calledElement: el.calledElement ?? null,
  });
  arrive(run, el.start as string, scope);
}
