import type { OutboxMessage } from './outbox.js';

/** Where a complaint came in: the public page, the 12345 hotline's system, or a window (in person). */
export type ComplaintChannel = 'public' | 'hotline' | 'window';

/** Where a complaint stands: 已收到 → 已受理 / 不予受理 → 已转办 → 已答复 → 已办结. */
export type ComplaintStatus = 'received' | 'accepted' | 'rejected' | 'forwarded' | 'answered' | 'closed';

/** How a supervisor closed a complaint: what it said was so (属实) or not (不属实). */
export type ComplaintResolution = 'substantiated' | 'unsubstantiated';

/** Who complained and how to reach them (contact details are required on every channel). */
export interface Complainant {
  readonly name: string;
  readonly phone: string;
  /** The registered applicant's account, when they complained signed in. */
  readonly userId: string | null;
}

/** The case a complaint is about, found by the receipt number the complainant gave (never shown to them). */
export interface ComplaintCaseLink {
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly itemName: string;
  /** The item's competent department in the case's unit chain: where the complaint will likely go. */
  readonly departmentId: string | null;
}

/** A complaint (投诉) and where it stands; its history is hash-chained like case events. */
export interface ComplaintRecord {
  readonly id: string;
  /** The complaint's number, e.g. `TS20260929-0001`. */
  readonly number: string;
  readonly channel: ComplaintChannel;
  readonly status: ComplaintStatus;
  readonly resolution: ComplaintResolution | null;
  readonly subject: string;
  readonly content: string;
  /** Whom or what it is about, in the complainant's words (窗口、人员、事项), if said. */
  readonly about: string | null;
  readonly complainant: Complainant;
  /** The receipt number as the complainant gave it, whether or not it names a case. */
  readonly receiptNumber: string | null;
  readonly linkedCase: ComplaintCaseLink | null;
  /** Who recorded it: a clerk's user id, `hotline:<key id>`, or `public`. */
  readonly receivedBy: string;
  /** The window (and its unit) where it was made in person. */
  readonly windowId: string | null;
  readonly unitId: string | null;
  /** The 12345 system's own ticket number (工单编号). */
  readonly hotlineTicket: string | null;
  /** The department it was forwarded to. */
  readonly departmentId: string | null;
  readonly departmentName: string | null;
  /** Who may read it besides supervisors and administrators: `dept:`, `user:`, `applicant:` keys. */
  readonly scopeKeys: readonly string[];
  readonly receivedAt: string;
  /** Whether to accept must be decided by then. */
  readonly decideDueAt: string;
  readonly decidedAt: string | null;
  /** The department must answer by then (set at forwarding). */
  readonly answerDueAt: string | null;
  readonly answeredAt: string | null;
  readonly closedAt: string | null;
  /** Why it was not accepted (不予受理), as the complainant is told. */
  readonly rejectionReasons: readonly string[];
  /** The supervisor's closing opinion, as the complainant is told. */
  readonly reply: string | null;
  /** The deadline running now (deciding while received, answering while forwarded), else null. */
  readonly pendingDueAt: string | null;
  /** How many history entries it has, and the hash of the last one (the head of its chain). */
  readonly entryCount: number;
  readonly headHash: string;
  readonly updatedAt: string;
}

/** One step of a complaint's history, before it gets its place in the chain. */
export interface ComplaintEntry {
  /** `complaint.received`, `.accepted`, `.rejected`, `.forwarded`, `.answered`, `.closed`. */
  readonly type: string;
  readonly at: string;
  readonly by: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A history entry as stored: numbered from 1 and chained like case events. */
export interface StoredComplaintEntry extends ComplaintEntry {
  readonly complaintId: string;
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** What an entry changes on its complaint (scope keys are added to the existing ones, never removed). */
export type ComplaintChange = Partial<
  Pick<
    ComplaintRecord,
    | 'status'
    | 'resolution'
    | 'departmentId'
    | 'departmentName'
    | 'decidedAt'
    | 'answerDueAt'
    | 'answeredAt'
    | 'closedAt'
    | 'rejectionReasons'
    | 'reply'
    | 'pendingDueAt'
  >
> & { readonly addScopeKeys?: readonly string[] };

/** Which complaints to list (every field narrows; `scopeKeys` matches any of them). */
export interface ComplaintFilter {
  readonly status?: ComplaintStatus;
  readonly channel?: ComplaintChannel;
  readonly departmentId?: string;
  readonly caseId?: string;
  readonly scopeKeys?: readonly string[];
  /** Complaints whose running deadline fell at or before this instant. */
  readonly overdueAt?: string;
  /** Received in [from, to). */
  readonly receivedFrom?: string;
  readonly receivedTo?: string;
}

/** Complaints counted by department, item (of the linked case), channel, status and resolution (for statistics). */
export interface ComplaintCountRow {
  readonly departmentId: string | null;
  /** The item of the linked case, if any. */
  readonly itemCode: string | null;
  readonly channel: ComplaintChannel;
  readonly status: ComplaintStatus;
  readonly resolution: ComplaintResolution | null;
  readonly count: number;
}

/** An API key of the 12345 hotline's system; only the SHA-256 of the secret is kept. */
export interface HotlineKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly secretHash: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

/** A stored settings document with its optimistic-concurrency version. */
export interface StoredFeedbackSettings {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** Thrown when a complaint, an evaluation or the settings changed since they were read. */
export class FeedbackConflictError extends Error {
  readonly code = 'FEEDBACK_CONFLICT';
  constructor(readonly what: string) {
    super(`${what} 已被他人更新，请刷新后重试`);
    this.name = 'FeedbackConflictError';
  }
}

/** The outbox owner key of a complaint's notifications (a complaint has no case to carry them). */
export function complaintOutboxKey(complaintId: string): string {
  return `complaint:${complaintId}`;
}

/**
 * Store methods of complaint handling (投诉处理): complaints with their chained history and outbox, the
 * hotline's API keys, the complaint and evaluation settings, and the case lookup by receipt number.
 */
export interface ComplaintStore {
  /** Inserts a complaint with its first entry and its notifications (outbox key `complaint:<id>`). */
  createComplaint(
    complaint: Omit<ComplaintRecord, 'entryCount' | 'headHash'>,
    first: ComplaintEntry,
    outbox: readonly OutboxMessage[],
  ): Promise<ComplaintRecord>;
  /**
   * Appends an entry and applies its change if the complaint still has `expectedEntries` entries (else
   * `FeedbackConflictError`); its notifications go to the complaint's outbox in the same write.
   */
  appendComplaintEntry(
    complaintId: string,
    expectedEntries: number,
    entry: ComplaintEntry,
    change: ComplaintChange,
    outbox: readonly OutboxMessage[],
  ): Promise<ComplaintRecord>;
  getComplaint(id: string): Promise<ComplaintRecord | undefined>;
  /** Complaints by filter, newest first. */
  listComplaints(filter: ComplaintFilter, limit: number): Promise<readonly ComplaintRecord[]>;
  /** A complaint's history in order. */
  listComplaintEntries(complaintId: string): Promise<readonly StoredComplaintEntry[]>;
  /** Complaints received in [from, to), counted by department, item, channel, status and resolution. */
  countComplaints(filter: {
    readonly from: string;
    readonly to: string;
    readonly departmentId?: string;
  }): Promise<readonly ComplaintCountRow[]>;
  /** The id of the case with this receipt number. */
  findCaseIdByReceipt(receiptNumber: string): Promise<string | undefined>;

  /** Inserts a hotline key; a second key with the same id fails. */
  saveHotlineKey(record: HotlineKeyRecord): Promise<void>;
  findHotlineKey(id: string): Promise<HotlineKeyRecord | undefined>;
  /** Every hotline key, revoked ones included, newest first. */
  listHotlineKeys(): Promise<readonly HotlineKeyRecord[]>;
  /** Revokes a key once (a second revocation keeps the first date); undefined for an unknown id. */
  revokeHotlineKey(id: string, by: string, at: string): Promise<HotlineKeyRecord | undefined>;

  /** The complaint and evaluation settings, or undefined when never saved (the defaults apply). */
  getFeedbackSettings(): Promise<StoredFeedbackSettings | undefined>;
  /** Saves the settings if the stored version is `expectedVersion` (0: none yet), else `FeedbackConflictError`. */
  saveFeedbackSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredFeedbackSettings>;
}
