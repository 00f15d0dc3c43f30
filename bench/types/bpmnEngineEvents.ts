/**
 * The part of bpmn-engine's activity event API the benchmark reads. bpmn-engine 25 ships its own
 * declarations (types/bpmn-engine.d.ts, with bpmn-elements' types) and the benchmark uses them for
 * `Engine`, `Execution` and the stored state; only the listener's event argument is untyped there
 * (an `EventEmitter` passes `any`), so this names the few fields used.
 */

/** The argument of `activity.*` listener events (bpmn-elements' element Api, narrowed). */
export interface ActivityEventApi {
  readonly id: string;
  /** The BPMN type, e.g. `bpmn:UserTask`. */
  readonly type: string;
  readonly content: {
    /** For a signalled user task: the signal message, e.g. `{ id, outcome }`. */
    readonly output?: Readonly<Record<string, unknown>>;
  };
  readonly environment: {
    /** The process output, serialized with the state; script conditions read it. */
    readonly output: Record<string, unknown>;
  };
}
