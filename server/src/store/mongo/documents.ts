import type { TimerState } from '@govflow/engine';
import type { UserRecord } from '../port.js';
import type { NotificationChannel, OutboxStatus } from '../outbox.js';
import type { CaseFactsDoc, StepFactDoc } from './mongoCaseFacts.js';

/*
 * The shapes of the stored documents. Free-form data (engine state, form data, materials, event data,
 * outbox payloads, item definitions) is kept as JSON text, so that keys a user typed (`$where`, dotted
 * names) can never become operators or paths, and a case reads back exactly as it was written.
 */

/** An event inside its case document: the engine event plus its place in the hash chain. */
export interface EventDoc {
  seq: number;
  eventType: string;
  at: string;
  by: string | null;
  /** JSON text of the event's data. */
  data: string;
  prevHash: string;
  hash: string;
}

/** An open task inside its case document, indexed for worklists. */
export interface TaskDoc {
  taskId: string;
  elementId: string;
  name: string;
  assignee: string | null;
  candidateGroups: string[];
  claimedBy: string | null;
  startedAt: string;
  dueAt: string | null;
}

/** A timer inside its case document, with its scheduler lease. */
export interface TimerDoc {
  timerId: string;
  kind: TimerState['kind'];
  dueAt: string;
  dueMs: number;
  taskId: string | null;
  leaseOwner: string | null;
  /** Epoch ms; 0 when not leased. */
  leaseUntil: number;
}

/** An outbox message inside its case document, with its delivery bookkeeping and lease. */
export interface OutboxDoc {
  messageId: string;
  channel: NotificationChannel;
  to: string | null;
  template: string;
  /** JSON text of the payload. */
  payload: string;
  createdAt: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  leaseOwner: string | null;
  leaseUntil: number;
  lastError: string | null;
  deliveredAt: string | null;
}

/** One case = one document: snapshot, events, derived tasks and timers, outbox. */
export interface CaseDoc {
  _id: string;
  /** The shape of this document (see `MONGO_SCHEMA_VERSION`). */
  docVersion: number;
  receiptNumber: string;
  itemCode: string;
  itemVersion: number;
  /** Optimistic-concurrency version, +1 on every commit; every case write is guarded by it. */
  version: number;
  status: string;
  /** JSON text of the engine state. */
  state: string;
  formData: string;
  materials: string;
  applicantName: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  unitId: string;
  windowId: string | null;
  /** Who may read the case (see `CaseRecord.scopeKeys`); only grows, with `$addToSet`. */
  scopeKeys: string[];
  /** The hash of the last event, where the next commit's chain continues. */
  headHash: string;
  events: EventDoc[];
  tasks: TaskDoc[];
  timers: TimerDoc[];
  outbox: OutboxDoc[];
  /** Statistics facts, set by every commit (null on documents written before them, until their next commit). */
  facts: CaseFactsDoc | null;
  /** The case's completed steps, pushed by the commits that completed them. */
  steps: StepFactDoc[];
}

/** A case document without its arrays: what `getCase` and `listCases` read. */
export type CaseHeadDoc = Omit<CaseDoc, 'events' | 'tasks' | 'timers' | 'outbox' | 'steps'>;

/** A published item version. */
export interface ItemDoc {
  code: string;
  version: number;
  name: string;
  /** JSON text of the `ApprovalItem`. */
  data: string;
  hash: string;
  publishedBy: string;
  publishedAt: string;
  /** The `savePublishedItems` call that wrote it (to undo a partly failed batch). */
  batch: string;
}

/** A user account. */
export interface UserDoc {
  _id: string;
  username: string;
  displayName: string;
  role: UserRecord['role'];
  groups: string[];
  unitId: string | null;
  departmentId: string | null;
  windowId: string | null;
  passwordHash: string;
}

/** The organisation document (`_id: 'organisation'`), its tree kept as JSON text. */
export interface OrganisationDoc {
  _id: string;
  data: string;
  updatedBy: string;
  updatedAt: string;
}

/** A session, under the SHA-256 digest of its token. */
export interface SessionDoc {
  _id: string;
  userId: string;
  expiresAt: string;
  /** The same instant as a date, for the TTL index that removes expired sessions. */
  expireAt: Date;
}

/** The receipt counter of one day. */
export interface CounterDoc {
  _id: string;
  last: number;
}

/** The database's schema version record. */
export interface MetaDoc {
  _id: string;
  version: number;
  updatedAt: string;
}

/** An intake decision (the data kept as JSON text so its keys stay plain data). */
export interface IntakeDecisionDoc {
  _id: string;
  kind: string;
  number: string;
  decidedAt: string;
  data: string;
}
