import { Schema } from 'mongoose';
import type { HotlineKeyRecord } from '../complaintStore.js';
import type { OutboxDoc } from './documents.js';

/** One history entry inside a complaint or an evaluation document. */
export interface FeedbackEntryDoc {
  seq: number;
  entryType: string;
  at: string;
  by: string;
  /** JSON text of the entry's data (keys as given, never read as operators). */
  data: string;
  prevHash: string;
  hash: string;
}

/** A complaint: the queried fields as columns, the record as JSON text, its chained history and its outbox. */
export interface ComplaintDoc {
  _id: string;
  number: string;
  channel: string;
  status: string;
  resolution: string | null;
  departmentId: string | null;
  caseId: string | null;
  itemCode: string | null;
  scopeKeys: string[];
  receivedMs: number;
  pendingDueMs: number | null;
  entryCount: number;
  headHash: string;
  data: string;
  entries: FeedbackEntryDoc[];
  /** The complaint's notifications, shaped like a case document's outbox (a complaint has no case to carry them). */
  outbox: OutboxDoc[];
}

/** An evaluation: one per case (`caseId` unique); its notifications go to its case's outbox. */
export interface EvaluationDoc {
  _id: string;
  caseId: string;
  level: string;
  negative: boolean;
  departmentId: string | null;
  unitId: string | null;
  windowId: string | null;
  clerkId: string | null;
  itemCode: string;
  scopeKeys: string[];
  evaluatedMs: number;
  followUpStatus: string | null;
  followUpDueMs: number | null;
  entryCount: number;
  headHash: string;
  data: string;
  entries: FeedbackEntryDoc[];
}

/** A window code (`_id` is the code). */
export interface EvaluationCodeDoc {
  _id: string;
  caseId: string;
  clerkId: string;
  windowId: string | null;
  createdAt: string;
  expiresAt: string;
  expiresMs: number;
  used: boolean;
}

/** A hotline key (`_id` is its id). */
export type HotlineKeyDoc = Omit<HotlineKeyRecord, 'id'> & { _id: string };

/** The settings document. */
export interface FeedbackSettingsDoc {
  _id: string;
  data: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

const SUB = { _id: false, id: false, versionKey: false } as const;
const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;
const nullableString = { type: String, default: null };
const nullableNumber = { type: Number, default: null };

const entrySchema = new Schema<FeedbackEntryDoc>(
  {
    seq: { type: Number, required: true },
    entryType: { type: String },
    at: { type: String },
    by: { type: String },
    data: { type: String },
    prevHash: { type: String },
    hash: { type: String },
  },
  SUB,
);

const outboxSchema = new Schema<OutboxDoc>(
  {
    messageId: { type: String },
    channel: { type: String },
    to: nullableString,
    template: { type: String },
    payload: { type: String },
    createdAt: { type: String },
    status: { type: String, default: 'pending' },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Number, default: 0 },
    leaseOwner: nullableString,
    leaseUntil: { type: Number, default: 0 },
    lastError: nullableString,
    deliveredAt: nullableString,
  },
  SUB,
);

/** Complaints: unique numbers, and indexes for the lists, the overdue view, the counts and the outbox. */
export const complaintSchema = new Schema<ComplaintDoc>(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true },
    channel: { type: String, required: true },
    status: { type: String, required: true },
    resolution: nullableString,
    departmentId: nullableString,
    caseId: nullableString,
    itemCode: nullableString,
    scopeKeys: { type: [String], default: [] },
    receivedMs: { type: Number, required: true },
    pendingDueMs: nullableNumber,
    entryCount: { type: Number, required: true },
    headHash: { type: String, required: true },
    data: { type: String, required: true },
    entries: { type: [entrySchema], default: [] },
    outbox: { type: [outboxSchema], default: [] },
  },
  { ...TOP, collection: 'complaints' },
);
complaintSchema.index({ number: 1 }, { unique: true });
complaintSchema.index({ receivedMs: -1 });
complaintSchema.index({ departmentId: 1, receivedMs: -1 });
complaintSchema.index({ scopeKeys: 1, receivedMs: -1 });
complaintSchema.index({ caseId: 1 });
complaintSchema.index({ pendingDueMs: 1 });
complaintSchema.index({ 'outbox.status': 1, 'outbox.nextAttemptAt': 1 });

/** Evaluations: one per case, indexes for the counts by department, window and clerk and for open follow-ups. */
export const evaluationSchema = new Schema<EvaluationDoc>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    level: { type: String, required: true },
    negative: { type: Boolean, required: true },
    departmentId: nullableString,
    unitId: nullableString,
    windowId: nullableString,
    clerkId: nullableString,
    itemCode: { type: String, required: true },
    scopeKeys: { type: [String], default: [] },
    evaluatedMs: { type: Number, required: true },
    followUpStatus: nullableString,
    followUpDueMs: nullableNumber,
    entryCount: { type: Number, required: true },
    headHash: { type: String, required: true },
    data: { type: String, required: true },
    entries: { type: [entrySchema], default: [] },
  },
  { ...TOP, collection: 'evaluations' },
);
evaluationSchema.index({ caseId: 1 }, { unique: true });
evaluationSchema.index({ evaluatedMs: -1 });
evaluationSchema.index({ departmentId: 1, evaluatedMs: -1 });
evaluationSchema.index({ windowId: 1, evaluatedMs: -1 });
evaluationSchema.index({ clerkId: 1, evaluatedMs: -1 });
evaluationSchema.index({ scopeKeys: 1, evaluatedMs: -1 });
evaluationSchema.index({ followUpStatus: 1, followUpDueMs: 1 });

/** Window codes. */
export const evaluationCodeSchema = new Schema<EvaluationCodeDoc>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    clerkId: { type: String, required: true },
    windowId: nullableString,
    createdAt: { type: String, required: true },
    expiresAt: { type: String, required: true },
    expiresMs: { type: Number, required: true },
    used: { type: Boolean, default: false },
  },
  { ...TOP, collection: 'evaluation_codes' },
);

/** The 12345 hotline's API keys. */
export const hotlineKeySchema = new Schema<HotlineKeyDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    secretHash: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: String, required: true },
    revokedAt: nullableString,
    revokedBy: nullableString,
  },
  { ...TOP, collection: 'hotline_keys' },
);
hotlineKeySchema.index({ createdAt: -1 });

/** The complaint and evaluation settings (one document). */
export const feedbackSettingsSchema = new Schema<FeedbackSettingsDoc>(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    version: { type: Number, required: true },
    updatedAt: { type: String },
    updatedBy: { type: String },
  },
  { ...TOP, collection: 'feedback_settings' },
);
