import { toEpochMs, type CaseEvent, type CaseState, type EventType } from '@govflow/engine';

/**
 * Facts the server appends to a case's hash chain that the engine does not model: the intake record
 * (收件: who received which materials), completion (办结) and delivery (送达 / 领取).
 */
export const SERVER_EVENT_TYPES = ['case.received', 'case.concluded', 'case.delivered'] as const;

/** The type of a server-side case event. */
export type ServerEventType = (typeof SERVER_EVENT_TYPES)[number];

/** A server fact before it gets its place in the chain. */
export interface ServerFact {
  readonly type: ServerEventType;
  readonly by: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Numbers the facts after the state's last event (so seq stays contiguous with the engine's) and
 * returns them with the state whose `seq` (and `updatedAt`, never backwards) moved on; nothing else
 * in the state changes, so the engine reads it back as before.
 */
export function appendServerEvents(
  state: CaseState,
  facts: readonly ServerFact[],
  at: string,
): { state: CaseState; events: CaseEvent[] } {
  const events = facts.map((fact, i): CaseEvent => ({
    seq: state.seq + i + 1,
    // The engine's event union does not list server facts; the store keeps types as text.
    type: fact.type as unknown as EventType,
    at,
    caseId: state.caseId,
    by: fact.by,
    data: fact.data,
  }));
  const updatedAt = toEpochMs(at) > toEpochMs(state.updatedAt) ? at : state.updatedAt;
  return { state: { ...state, seq: state.seq + facts.length, updatedAt }, events };
}

/** Whether an event is a server fact of the given type. */
export function isServerEvent(event: Pick<CaseEvent, 'type'>, type: ServerEventType): boolean {
  return (event.type as string) === type;
}
