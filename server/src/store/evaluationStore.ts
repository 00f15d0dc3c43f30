import type { OutboxMessage } from './outbox.js';

/** The five levels of 好差评 (国办发〔2019〕51号), best first; the last two are negative (差评). */
export type EvaluationLevel =
  'very-satisfied' | 'satisfied' | 'basically-satisfied' | 'dissatisfied' | 'very-dissatisfied';

/** Where the evaluation was given: online by the signed-in applicant, or at the window with a short code. */
export type EvaluationChannel = 'online' | 'window';

/** One call-back (回访) of a negative evaluation: who called, when, whether the applicant was reached, what they said. */
export interface CallBackRecord {
  readonly by: string;
  readonly byName: string;
  readonly calledAt: string;
  readonly reached: boolean;
  readonly applicantSaid: string;
  readonly recordedAt: string;
}

/** The follow-up (整改) a negative evaluation opens: deadline, call-backs, rectification, closing. */
export interface EvaluationFollowUp {
  readonly status: 'open' | 'closed';
  /** The rectification is due by then. */
  readonly dueAt: string;
  readonly callBacks: readonly CallBackRecord[];
  readonly rectification: { readonly note: string; readonly by: string; readonly at: string } | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  readonly opinion: string | null;
}

/** Who evaluated: a real name (实名) with a phone to call back, or nobody known (匿名). */
export interface Evaluator {
  readonly name: string | null;
  readonly phone: string | null;
  readonly userId: string | null;
}

/** An evaluation (好差评) of one case; its history is hash-chained like case events. */
export interface EvaluationRecord {
  readonly id: string;
  /** Unique: one evaluation per case. */
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly itemName: string;
  readonly level: EvaluationLevel;
  readonly negative: boolean;
  readonly comment: string | null;
  readonly channel: EvaluationChannel;
  readonly realName: boolean;
  readonly evaluator: Evaluator;
  /** What it counts against: the item's department, the window and the clerk who served. */
  readonly departmentId: string | null;
  readonly departmentName: string | null;
  readonly unitId: string | null;
  readonly windowId: string | null;
  readonly clerkId: string | null;
  /** Who may read it besides supervisors and administrators: `dept:`, `window:`, `user:`, `applicant:` keys. */
  readonly scopeKeys: readonly string[];
  readonly evaluatedAt: string;
  /** Opened by a negative evaluation; null for the others. */
  readonly followUp: EvaluationFollowUp | null;
  readonly entryCount: number;
  readonly headHash: string;
  readonly updatedAt: string;
}

/** One step of an evaluation's history, before it gets its place in the chain. */
export interface EvaluationEntry {
  /** `evaluation.given`, `evaluation.calledBack`, `evaluation.rectified`, `evaluation.closed`. */
  readonly type: string;
  readonly at: string;
  readonly by: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A history entry as stored: numbered from 1 and chained like case events. */
export interface StoredEvaluationEntry extends EvaluationEntry {
  readonly evaluationId: string;
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** What an entry changes on its evaluation: only the follow-up ever changes. */
export interface EvaluationChange {
  readonly followUp?: EvaluationFollowUp;
}

/** Which evaluations to list (every field narrows; `scopeKeys` matches any of them). */
export interface EvaluationFilter {
  readonly level?: EvaluationLevel;
  readonly negative?: boolean;
  readonly followUpStatus?: EvaluationFollowUp['status'];
  readonly departmentId?: string;
  readonly windowId?: string;
  readonly clerkId?: string;
  readonly caseId?: string;
  readonly scopeKeys?: readonly string[];
  /** Open follow-ups whose rectification fell due at or before this instant. */
  readonly followUpOverdueAt?: string;
}

/** What `countEvaluations` narrows to: evaluated in [from, to), optionally one department, window or clerk. */
export interface EvaluationCountFilter {
  readonly from: string;
  readonly to: string;
  readonly departmentId?: string;
  readonly windowId?: string;
  readonly clerkId?: string;
}

/** Evaluations counted by department, unit, window, clerk, item and level. */
export interface EvaluationCountRow {
  readonly departmentId: string | null;
  /** The case's accepting unit (its level is the handling level). */
  readonly unitId: string | null;
  readonly windowId: string | null;
  readonly clerkId: string | null;
  readonly itemCode: string;
  readonly level: EvaluationLevel;
  readonly count: number;
}

/** A short code a clerk's screen shows after service, for the applicant to evaluate that case at the window. */
export interface EvaluationCode {
  readonly code: string;
  readonly caseId: string;
  readonly clerkId: string;
  readonly windowId: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Store methods of 好差评: evaluations with their chained history, the window codes, the counts. */
export interface EvaluationStore {
  /**
   * Inserts an evaluation with its first entry and its notifications (into its case's outbox) — unless
   * the case has one already: then nothing is written and undefined is returned.
   */
  createEvaluation(
    evaluation: Omit<EvaluationRecord, 'entryCount' | 'headHash'>,
    first: EvaluationEntry,
    outbox: readonly OutboxMessage[],
  ): Promise<EvaluationRecord | undefined>;
  /** Appends an entry and applies its change if the evaluation still has `expectedEntries` entries (else `FeedbackConflictError`). */
  appendEvaluationEntry(
    evaluationId: string,
    expectedEntries: number,
    entry: EvaluationEntry,
    change: EvaluationChange,
    outbox: readonly OutboxMessage[],
  ): Promise<EvaluationRecord>;
  getEvaluation(id: string): Promise<EvaluationRecord | undefined>;
  /** Evaluations by filter, newest first. */
  listEvaluations(filter: EvaluationFilter, limit: number): Promise<readonly EvaluationRecord[]>;
  /** An evaluation's history in order. */
  listEvaluationEntries(evaluationId: string): Promise<readonly StoredEvaluationEntry[]>;
  /** Evaluations given in [from, to), counted by department, unit, window, clerk, item and level. */
  countEvaluations(filter: EvaluationCountFilter): Promise<readonly EvaluationCountRow[]>;
  /** Stores a window code unless the same code is still valid (unexpired and unused) at its `createdAt`; true when stored. */
  saveEvaluationCode(code: EvaluationCode): Promise<boolean>;
  /** The code if it is unexpired and unused at `at`. */
  findEvaluationCode(code: string, at: string): Promise<EvaluationCode | undefined>;
  /** Marks a code used (it never works again). */
  consumeEvaluationCode(code: string): Promise<void>;
}
