import type { CaseEvent, CaseState, TimerState } from '@govflow/engine';
import type { ApprovalItem, ProvidedMaterial, PublishedItem } from '@govflow/catalog';

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

/** A user account. */
export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: 'administrator' | 'lead' | 'clerk' | 'agent' | 'supervisor' | 'applicant';
  readonly groups: readonly string[];
  readonly passwordHash: string;
}

/** What one command writes, atomically: the new state, its new events, and (derived) tasks and timers. */
export interface CaseCommit {
  readonly state: CaseState;
  readonly events: readonly CaseEvent[];
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
 * snapshot, events, tasks and timers written together with an expected version.
 */
export interface Store {
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

  /** Inserts a new case with its first events; fails if the id exists. */
  createCase(record: Omit<CaseRecord, 'version'>, events: readonly CaseEvent[]): Promise<CaseRecord>;
  getCase(id: string): Promise<CaseRecord | undefined>;
  listCases(limit: number): Promise<readonly CaseRecord[]>;
  /** Commits a command's result if the stored version is `expectedVersion`; else `CaseConflictError`. */
  commitCase(id: string, expectedVersion: number, commit: CaseCommit): Promise<CaseRecord>;
  listEvents(caseId: string): Promise<readonly StoredEvent[]>;
  findTask(caseId: string, taskId: string): Promise<TaskRow | undefined>;
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
  /** The next receipt number of the day, e.g. `SL20261121-0001`. */
  nextReceiptNumber(day: string): Promise<string>;

  saveUser(user: UserRecord): Promise<void>;
  findUserByName(username: string): Promise<UserRecord | undefined>;
  findUser(id: string): Promise<UserRecord | undefined>;
  countUsers(): Promise<number>;
  saveSession(token: string, userId: string, expiresAt: string): Promise<void>;
  findSession(token: string, now: string): Promise<string | undefined>;
  deleteSession(token: string): Promise<void>;

  close(): Promise<void>;
}
