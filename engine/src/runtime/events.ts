/** Every event the engine emits, in one place. Names are dotted: `subject.pastTense`. */
export const EVENT_TYPES = [
  'case.accepted',
  'case.completed',
  'case.terminated',
  'case.withdrawn',
  'case.deemedApproved',
  'clock.started',
  'clock.stopped',
  'clock.resumed',
  'clock.extended',
  'clock.finished',
  'calendar.uncovered',
  'task.created',
  'task.claimed',
  'task.completed',
  'task.returned',
  'task.transferred',
  'task.cancelled',
  'scope.started',
  'scope.completed',
  'gateway.passed',
  'service.requested',
  'timer.fired',
] as const;

/** The name of an engine event. */
export type EventType = (typeof EVENT_TYPES)[number];

/** One event: what happened to the case, when (China time), who did it, and the facts. */
export interface CaseEvent {
  /** Position in the case's event stream, from 1. */
  readonly seq: number;
  readonly type: EventType;
  readonly at: string;
  readonly caseId: string;
  /** The actor's id, when a person or system caused it. */
  readonly by?: string;
  readonly data: Readonly<Record<string, unknown>>;
}
