import type { ProvidedMaterial } from '@govflow/catalog';

/**
 * Applications before acceptance (申请 / 收件登记): what an applicant submitted online or a window or
 * village room registered, where it is now, and its path — every hop hash-chained like a case's events.
 */

/** Where an application stands: waiting for the unit it is at, back with the applicant, or decided. */
export type ApplicationStatus = 'pending' | 'returned' | 'accepted' | 'refused';

/** What a hop did (收件登记, 网上申请, 报送, 预审, 补正告知, 补正, 受理, 不予受理). */
export type HopAction =
  'registered' | 'submitted' | 'forwarded' | 'pre-reviewed' | 'returned' | 'corrected' | 'accepted' | 'refused';

/** An application as stored (its hops are read separately). */
export interface ApplicationRecord {
  readonly id: string;
  /** The application number, e.g. `SQ20260921-0001`. */
  readonly number: string;
  readonly itemCode: string;
  readonly itemVersion: number;
  /** At a window or village room (`window`), or online by a registered applicant (`online`). */
  readonly channel: 'window' | 'online';
  readonly status: ApplicationStatus;
  readonly formData: Readonly<Record<string, unknown>>;
  /** The materials, each optionally with the uploaded files (SHA-256) that hold it. */
  readonly materials: readonly ProvidedMaterial[];
  readonly applicantName: string;
  /** The registered applicant's account (online applications); null when registered for someone at a window. */
  readonly applicantId: string | null;
  /** When the materials first arrived (the Art. 32 five working days count from here). */
  readonly receivedAt: string;
  /** The unit and window where it is now: the one that must act next. */
  readonly unitId: string;
  readonly windowId: string | null;
  /** The case it became, once accepted. */
  readonly caseId: string | null;
  readonly receiptNumber: string | null;
  /** Who may read it (`unit:`, `window:`, `dept:`, `user:`, `applicant:`); they only grow. */
  readonly scopeKeys: readonly string[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Optimistic-concurrency version, +1 on every commit. */
  readonly version: number;
}

/** One hop before it gets its place in the chain. */
export interface ApplicationHopInput {
  readonly action: HopAction;
  /** When it was recorded. */
  readonly at: string;
  /** The acting user's id. */
  readonly by: string;
  /** Where the actor acted (unit and window); for a forward, where it came from. */
  readonly unitId: string | null;
  readonly windowId: string | null;
  /** The facts of the hop: target, forwarding limit, reasons, everything missing, the case … */
  readonly data: Readonly<Record<string, unknown>>;
}

/** A stored hop: numbered from 1 and chained to the one before (H(prevHash + canonical JSON)). */
export interface StoredApplicationHop extends ApplicationHopInput {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** What one command changes, written with its hops in one atomic write. */
export interface ApplicationChange {
  readonly status: ApplicationStatus;
  readonly unitId: string;
  readonly windowId: string | null;
  readonly formData?: Readonly<Record<string, unknown>>;
  readonly materials?: readonly ProvidedMaterial[];
  readonly caseId?: string | null;
  readonly receiptNumber?: string | null;
  readonly updatedAt: string;
  /** Scope keys to add (the existing ones stay). */
  readonly scopeKeys?: readonly string[];
  readonly hops: readonly ApplicationHopInput[];
}

/** Which applications to list; every given condition must hold. */
export interface ApplicationFilter {
  /** Holding any of these scope keys. */
  readonly scopeKeys?: readonly string[];
  /** At this unit now. */
  readonly unitId?: string;
  readonly statuses?: readonly ApplicationStatus[];
}

/** The hash of a progress-query code (查询码) of an accepted case; the code itself is never stored. */
export interface ProgressCodeRecord {
  readonly receiptNumber: string;
  readonly caseId: string;
  readonly codeHash: string;
  readonly issuedAt: string;
}

/** Thrown when a commit's expected version is not the stored one: somebody else acted first. */
export class ApplicationConflictError extends Error {
  readonly code = 'APPLICATION_CONFLICT';
  constructor(readonly applicationId: string) {
    super(`申请 ${applicationId} 已被他人处理，请刷新后重试`);
    this.name = 'ApplicationConflictError';
  }
}

/** Store methods for applications before acceptance and the progress codes of accepted cases. */
export interface ApplicationStore {
  /** Inserts an application with its first hops, chained from the genesis hash; fails if the id exists. */
  createApplication(
    record: Omit<ApplicationRecord, 'version'>,
    hops: readonly ApplicationHopInput[],
  ): Promise<ApplicationRecord>;
  getApplication(id: string): Promise<ApplicationRecord | undefined>;
  /** Applies a change and appends its hops if the stored version is `expectedVersion`; else `ApplicationConflictError`. */
  commitApplication(id: string, expectedVersion: number, change: ApplicationChange): Promise<ApplicationRecord>;
  /** The application's hops in order, each with its place in the hash chain. */
  listApplicationHops(id: string): Promise<readonly StoredApplicationHop[]>;
  /** Applications matching the filter, most recently changed first. */
  listApplications(filter: ApplicationFilter, limit: number): Promise<readonly ApplicationRecord[]>;
  /** Stores (or, on reissue, replaces) the progress code of a receipt number. */
  saveProgressCode(record: ProgressCodeRecord): Promise<void>;
  findProgressCode(receiptNumber: string): Promise<ProgressCodeRecord | undefined>;
}
