import type { Actor } from '../state.js';
import type { ClockStopKind } from '../clock.js';

/** Claim a task of one's candidate groups (签收). */
export interface ClaimCommand {
  readonly type: 'claim';
  readonly taskId: string;
  readonly actor: Actor;
}
/** Complete a task (办理完成) with an outcome, variables and an opinion. */
export interface CompleteCommand {
  readonly type: 'complete';
  readonly taskId: string;
  readonly actor: Actor;
  /** e.g. `approve` / `reject`; available to conditions as `outcome`. */
  readonly outcome?: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** The handler's opinion (审批意见); required for sign-off steps. */
  readonly opinion?: string;
  /** Ids of the materials the handler verified; must cover the step's `gov:materials`. */
  readonly verifiedMaterials?: readonly string[];
  /**
   * Materials of the step this case does not need (the catalog's condition is false for its form data);
   * decided by the server from the item, never by the handler, and recorded as such.
   */
  readonly exemptMaterials?: readonly string[];
}
/** Return a task to an earlier step of its branch (退回). */
export interface ReturnCommand {
  readonly type: 'return';
  readonly taskId: string;
  readonly actor: Actor;
  /** The element id of the earlier step. */
  readonly to: string;
  readonly reason: string;
}
/** Hand a task to another person or group (转办). */
export interface TransferCommand {
  readonly type: 'transfer';
  readonly taskId: string;
  readonly actor: Actor;
  readonly to: { readonly assignee?: string; readonly candidateGroups?: readonly string[] };
  readonly reason?: string;
}
/** Stop the legal clock (补正 or a special procedure of Art. 45). */
export interface StopClockCommand {
  readonly type: 'stopClock';
  readonly actor: Actor;
  readonly kind: ClockStopKind;
  readonly reason: string;
  /** The legal basis told to the applicant. */
  readonly basis?: string;
  /** The expected duration told to the applicant, in working days. */
  readonly expectedDays?: number;
}
/** Restart the legal clock. */
export interface ResumeClockCommand {
  readonly type: 'resumeClock';
  readonly actor: Actor;
}
/** Extend the limit (延期) within the statutory extension. */
export interface ExtendCommand {
  readonly type: 'extend';
  readonly actor: Actor;
  readonly days: number;
  /** Who approved it (the agency head). */
  readonly approver: string;
  readonly reason: string;
}
/** End the case with a refusal (不予许可). */
export interface TerminateCommand {
  readonly type: 'terminate';
  readonly actor: Actor;
  readonly reasons: readonly string[];
}
/** The applicant withdraws the application (撤回). */
export interface WithdrawCommand {
  readonly type: 'withdraw';
  readonly actor: Actor;
  readonly reason?: string;
}
/** Fire a timer the server scheduled, at or after its due instant. */
export interface FireTimerCommand {
  readonly type: 'fireTimer';
  readonly timerId: string;
}

/** Every command the engine accepts. */
export type Command =
  | ClaimCommand
  | CompleteCommand
  | ReturnCommand
  | TransferCommand
  | StopClockCommand
  | ResumeClockCommand
  | ExtendCommand
  | TerminateCommand
  | WithdrawCommand
  | FireTimerCommand;
