/** The contract each engine adapter fulfils: the calls a server makes for one case. */

/** What one server step returns: the new stored state and whether the case still waits for work. */
export interface StepResult {
  /** The new state, serialized as the server would store it. */
  readonly stored: string;
  /** True while the case has open tasks; false once it ended. */
  readonly open: boolean;
}

/**
 * One engine running one process the way a server must: nothing lives in memory between calls,
 * every call starts from the stored JSON string and ends with a new one.
 */
export interface CaseDriver {
  /** Engine and variant, e.g. `govflow` or `bpmn-engine`. */
  readonly engine: string;
  /** The process id. */
  readonly processId: string;
  /** Accepts a new case and returns its stored (serialized) waiting state. */
  start(caseNo: number): Promise<string>;
  /**
   * One step: restore the case from `stored`, complete one open task with outcome `approve`,
   * serialize the new state. Synchronous engines may return the result directly.
   */
  step(stored: string): StepResult | Promise<StepResult>;
}
