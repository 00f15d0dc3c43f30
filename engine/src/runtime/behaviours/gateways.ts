import { EngineError } from '../../errors.js';
import { feelIsTrue } from '../../feel/feel.js';
import type { ElementDef, FlowDef } from '../../model/types.js';
import type { Arrival, Run } from '../run.js';
import { leave, parkToken } from '../tokens.js';

/** Exclusive gateway (排他网关): the first flow whose condition holds, else the default flow. */
export function enterExclusiveGateway(run: Run, el: ElementDef, arrival: Arrival): void {
  const flows = el.outgoing;
  const chosen =
    flows.find((f) => f.condition !== undefined && feelIsTrue(f.condition, run.state.variables)) ??
    flows.find((f) => f.isDefault) ??
    flows.find((f) => f.condition === undefined && !f.isDefault);
  if (!chosen) throw noPath(el);
  passGateway(run, el, arrival.scope, [chosen]);
}

/** Parallel gateway (并行网关): a join waits for a token on every incoming flow; a fork takes every outgoing flow. */
export function enterParallelGateway(run: Run, el: ElementDef, arrival: Arrival): void {
  if (el.incoming.length <= 1) {
    passGateway(run, el, arrival.scope, el.outgoing);
    return;
  }
  parkToken(run, el.id, arrival.scope, arrival.via === undefined ? {} : { via: arrival.via });
  const waiting = run.state.tokens.filter((t) => t.el === el.id && t.scope === arrival.scope);
  const taken = el.incoming.map((flow) => waiting.find((t) => t.via === flow));
  if (taken.some((t) => t === undefined)) return;
  const consumed = new Set(taken.map((t) => t?.id));
  run.state.tokens = run.state.tokens.filter((t) => !consumed.has(t.id));
  passGateway(run, el, arrival.scope, el.outgoing);
}

/** Inclusive gateway (包容网关): every flow whose condition holds; a join waits for what can still come. */
export function enterInclusiveGateway(run: Run, el: ElementDef, arrival: Arrival): void {
  if (el.incoming.length > 1) {
    parkToken(run, el.id, arrival.scope, arrival.via === undefined ? {} : { via: arrival.via });
    return;
  }
  splitInclusive(run, el, arrival.scope);
}

/**
 * Fires every inclusive join whose waiting is over: no token left in its scope sits where it could
 * still reach the join. Called when nothing else moves. Returns whether a join fired.
 */
export function settleInclusiveJoins(run: Run): boolean {
  for (const token of run.state.tokens) {
    const el = run.element(token.el);
    if (el.kind !== 'inclusiveGateway') continue;
    const upstream = new Set(el.upstream ?? []);
    const blocked = run.state.tokens.some((t) => t.scope === token.scope && t.el !== el.id && upstream.has(t.el));
    if (blocked) continue;
    run.state.tokens = run.state.tokens.filter((t) => !(t.el === el.id && t.scope === token.scope));
    splitInclusive(run, el, token.scope);
    return true;
  }
  return false;
}

function splitInclusive(run: Run, el: ElementDef, scope: string): void {
  const chosen = el.outgoing.filter(
    (f) => !f.isDefault && (f.condition === undefined || feelIsTrue(f.condition, run.state.variables)),
  );
  const flows = chosen.length > 0 ? chosen : el.outgoing.filter((f) => f.isDefault);
  if (flows.length === 0) throw noPath(el);
  passGateway(run, el, scope, flows);
}

function passGateway(run: Run, el: ElementDef, scope: string, flows: readonly FlowDef[]): void {
  if (el.outgoing.length > 1)
    run.emit('gateway.passed', { elementId: el.id, name: el.name, flows: flows.map((f) => f.id) });
  leave(run, el.id, scope, flows);
}

function noPath(el: ElementDef): EngineError {
  return new EngineError('NO_PATH', `网关「${el.name}」没有满足条件的出口，也没有默认出口`, { elementId: el.id });
}
