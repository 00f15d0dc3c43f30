import type { CaseEvent, CaseState, TimerState } from '@govflow/engine';
import type { ApprovalItem, ProvidedMaterial, PublishedItem } from '@govflow/catalog';
import type { ChainAlgorithm } from './hashChain.js';
import type { DepartmentSystemStore } from './departmentSystemStore.js';
import type { FileStore } from './fileStore.js';
import type { ItemDraftStore } from './itemDraftStore.js';
import type { SignalStore } from './signalStore.js';
import type { ApplicationStore } from './applicationStore.js';
import type { CalendarStore } from './calendarStore.js';
import type { OrganisationStore } from './organisationStore.js';
import type { ComplaintStore } from './complaintStore.js';
import type { EvaluationStore } from './evaluationStore.js';
import type { StatisticsStore } from './statisticsStore.js';
import type { OutboxEntry, OutboxFailure, OutboxFilter, OutboxKey, OutboxMessage } from './outbox.js';

export type * from './outbox.js';
export type * from './organisationStore.js';
export type * from './signalStore.js';
export { SignalConflictError } from './signalStore.js';
export type * from './calendarStore.js';
export { CalendarConflictError } from './calendarStore.js';
export type * from './fileStore.js';
export type * from './departmentSystemStore.js';
export type * from './itemDraftStore.js';
export type * from './applicationStore.js';
export { ApplicationConflictError } from './applicationStore.js';
export type * from './complaintStore.js';
export { FeedbackConflictError, complaintOutboxKey } from './complaintStore.js';
export type * from './evaluationStore.js';
export type * from './statisticsStore.js';
export { ScoreSettingsConflictError } from './statisticsStore.js';
export { CaseExistsError, StoreKeyError, StoreSchemaError } from './errors.js';

/** A stored case: its engine state plus what the center records around it. */
export interface CaseRecord {
  readonly id: string;
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly itemVersion: number;
  /** Optimistic-concurrency version, +1 on every commit. */
  readonly version: number;
  readonly state: CaseState;
  readonly formData: Readonly<Record<string, unknown>>;
  /** The materials received at intake, with their counts when the window recorded them. */
  readonly materials: readonly ProvidedMaterial[];
  readonly applicantName: string;
  readonly createdBy: string;
  readonly createdAt: string;
  /** The unit that accepted the case (its level is the case's handling level). */
  readonly unitId: string;
  /** The window that accepted it; null when accepted elsewhere (an administrator, a department system). */
  readonly windowId: string | null;
  /**
   * Who may read the case, as keys (`unit:`, `window:`, `dept:`, `user:`, `applicant:`); they only
   * grow: whoever once handled a case can still read it.
   */
  readonly scopeKeys: readonly string[];
}

/** An event as stored: the engine event plus its place in the case's hash chain. */
export interface StoredEvent extends CaseEvent {
  readonly hash: string;
  readonly prevHash: string;
}

/** An open task as indexed for worklists. */
export interface TaskRow {
  /** Public id: `<caseId>.<taskId>`. */
  readonly id: string;
  readonly caseId: string;
  readonly taskId: string;
  readonly elementId: string;
  readonly name: string;
  readonly assignee: string | null;
  readonly candidateGroups: readonly string[];
  readonly claimedBy: string | null;
  readonly startedAt: string;
  readonly dueAt: string | null;
  readonly itemCode: string;
  readonly receiptNumber: string;
  readonly applicantName: string;
}

/** A timer row: which case, which timer, when. */
export type DueTimer = TimerState & { readonly caseId: string };

/** A dated written decision taken at intake (一次性告知书, 不予受理决定书), kept append-only as evidence. */
export interface IntakeDecisionRecord {
  readonly id: string;
  /** `one-time-notice` or `refusal`. */
  readonly kind: string;
  /** The document number, e.g. `BZ20260921-0001`. */
  readonly number: string;
  readonly decidedAt: string;
  /** The whole decision as the service shaped it. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** A user account. */
export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: 'administrator' | 'lead' | 'clerk' | 'agent' | 'supervisor' | 'applicant';
  readonly groups: readonly string[];
  /** Where the user works in the organisation tree; null for applicants and center-wide staff. */
  readonly unitId: string | null;
  /** The user's department; null for comprehensive windows, village agents and applicants. */
  readonly departmentId: string | null;
  /** The window (or village room) the user receives applications at. */
  readonly windowId: string | null;
  readonly passwordHash: string;
}

/**
 * What one command writes, atomically: the new state, its new events, (derived) tasks and timers, and
 * the notifications it causes (delivered later from the outbox, never by the command itself).
 */
export interface CaseCommit {
  readonly state: CaseState;
  readonly events: readonly CaseEvent[];
  readonly outbox?: readonly OutboxMessage[];
  /** Scope keys to add (the existing ones stay). */
  readonly scopeKeys?: readonly string[];
  /**
   * The state at the expected version that this commit was computed from, when the caller has it. The version
   * check guarantees it is the stored one, so an adapter may skip the derived rows (open tasks, facts) the commit
   * leaves as they were without reading them.
   */
  readonly previous?: CaseState;
}

/** Thrown when a commit's expected version is not the stored one: somebody else changed the case first. */
export class CaseConflictError extends Error {
  readonly code = 'CASE_CONFLICT';
  constructor(readonly caseId: string) {
    super(`案件 ${caseId} 已被他人更新，请刷新后重试`);
    this.name = 'CaseConflictError';
  }
}

/**
 * The narrow store port (DESIGN.md "Storage"). Every command on a case is one `commitCase` call:
 * snapshot, events, tasks, timers and outbox messages written together with an expected version.
 */
export interface Store
  extends
    OrganisationStore,
    FileStore,
    DepartmentSystemStore,
    ItemDraftStore,
    SignalStore,
    CalendarStore,
    ApplicationStore,
    ComplaintStore,
    EvaluationStore,
    StatisticsStore {
  /** The hash algorithm of the events' chain (SM3 unless configured). */
  readonly chainAlgorithm: ChainAlgorithm;

  /** Stores a published item version; a version once stored never changes (a second write of it fails). */
  savePublishedItem(published: PublishedItem): Promise<void>;
  /** Stores several published versions in one transaction: all of them or, on any failure, none. */
  savePublishedItems(published: readonly PublishedItem[]): Promise<void>;
  /** The latest published version of every item. */
  listItems(): Promise<readonly ApprovalItem[]>;
  /** One item: the given version, or the latest. */
  getItem(code: string, version?: number): Promise<ApprovalItem | undefined>;
  /** Every published version of an item, oldest first, with its hash, who and when. */
  listItemVersions(code: string): Promise<readonly PublishedItem[]>;

  /** Inserts a new case with its first events and outbox messages, in one atomic write; fails if the id exists. */
  createCase(
    record: Omit<CaseRecord, 'version'>,
    events: readonly CaseEvent[],
    outbox?: readonly OutboxMessage[],
  ): Promise<CaseRecord>;
  /** One case, without its events. */
  getCase(id: string): Promise<CaseRecord | undefined>;
  /** The most recent cases, newest first. */
  listCases(limit: number): Promise<readonly CaseRecord[]>;
  /** Commits a command's result if the stored version is `expectedVersion`; else `CaseConflictError`. */
  commitCase(id: string, expectedVersion: number, commit: CaseCommit): Promise<CaseRecord>;
  /** The case's events in order, each with its place in the hash chain. */
  listEvents(caseId: string): Promise<readonly StoredEvent[]>;
  /** One open task of a case. */
  findTask(caseId: string, taskId: string): Promise<TaskRow | undefined>;
  /** Open tasks across cases, earliest deadline first (tasks without one last). */
  listOpenTasks(limit: number): Promise<readonly TaskRow[]>;
  /** Timers due at or before the instant, earliest first. */
  dueTimers(until: string, limit: number): Promise<readonly DueTimer[]>;
  /**
   * Leases up to `limit` due timers (earliest first) that no other scheduler holds, until `leaseUntil`
   * (epoch ms): two server processes never fire the same timer. A commit of the case drops its leases.
   */
  claimDueTimers(until: string, owner: string, leaseUntil: number, limit: number): Promise<readonly DueTimer[]>;
  /** Rewrites a case's open tasks and timers from its stored state (after a timer turned out stale). */
  refreshDerived(caseId: string): Promise<void>;
  /** Stores an intake decision; one never changes (a second write of the same id fails). */
  saveIntakeDecision(record: IntakeDecisionRecord): Promise<void>;
  getIntakeDecision(id: string): Promise<IntakeDecisionRecord | undefined>;
  /** The most recent intake decisions, newest first. */
  listIntakeDecisions(limit: number): Promise<readonly IntakeDecisionRecord[]>;
  /** The next number of the day for a document prefix, e.g. `BZ20260921-0001`. */
  nextDocumentNumber(prefix: string, day: string): Promise<string>;
  /** The next receipt number of the day, e.g. `SL20261121-0001`. */
  nextReceiptNumber(day: string): Promise<string>;

  /**
   * Leases up to `limit` pending outbox messages due at `now` (real-time epoch ms) that no other
   * dispatcher holds, until `leaseUntil`; earliest due first. An expired lease may be claimed again.
   */
  claimOutbox(now: number, owner: string, leaseUntil: number, limit: number): Promise<readonly OutboxEntry[]>;
  /** Records a successful delivery (only a pending message changes) and drops the lease. */
  markOutboxDelivered(key: OutboxKey, deliveredAt: string): Promise<void>;
  /**
   * Records a failed attempt (attempts + 1, the error) and drops the lease: the message is due again at
   * `retryAt`, or with `retryAt: null` becomes a dead letter, kept for inspection and never claimed again.
   */
  markOutboxFailed(key: OutboxKey, failure: OutboxFailure): Promise<void>;
  /** Outbox messages for inspection, oldest first. */
  listOutbox(filter: OutboxFilter, limit: number): Promise<readonly OutboxEntry[]>;

  /** Inserts or replaces a user account. */
  saveUser(user: UserRecord): Promise<void>;
  /** The account with this sign-in name. */
  findUserByName(username: string): Promise<UserRecord | undefined>;
  /** The account with this id. */
  findUser(id: string): Promise<UserRecord | undefined>;
  /** How many accounts exist (the demo seed runs only on an empty store). */
  countUsers(): Promise<number>;
  /** Stores a session under a digest of its token (the token itself is never stored). */
  saveSession(token: string, userId: string, expiresAt: string): Promise<void>;
  /** The user id of a session still valid at `now`. */
  findSession(token: string, now: string): Promise<string | undefined>;
  /** Ends a session (sign-out). */
  deleteSession(token: string): Promise<void>;

  /** Releases the database. */
  close(): Promise<void>;
}
