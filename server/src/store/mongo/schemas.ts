import { Schema } from 'mongoose';
import type {
  CaseDoc,
  CounterDoc,
  IntakeDecisionDoc,
  EventDoc,
  ItemDoc,
  MetaDoc,
  OrganisationDoc,
  OutboxDoc,
  SessionDoc,
  TaskDoc,
  TimerDoc,
  UserDoc,
} from './documents.js';
import { addCaseFacts } from './mongoCaseFacts.js';

const SUB = { _id: false, id: false, versionKey: false } as const;
const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;
const nullableString = { type: String, default: null };

const eventSchema = new Schema<EventDoc>(
  {
    seq: { type: Number, required: true },
    eventType: { type: String },
    at: { type: String },
    by: nullableString,
    data: { type: String },
    prevHash: { type: String },
    hash: { type: String },
  },
  SUB,
);

const taskSchema = new Schema<TaskDoc>(
  {
    taskId: { type: String },
    elementId: { type: String },
    name: { type: String },
    assignee: nullableString,
    candidateGroups: { type: [String], default: [] },
    claimedBy: nullableString,
    startedAt: { type: String },
    dueAt: nullableString,
  },
  SUB,
);

const timerSchema = new Schema<TimerDoc>(
  {
    timerId: { type: String },
    kind: { type: String },
    dueAt: { type: String },
    dueMs: { type: Number, required: true },
    taskId: nullableString,
    leaseOwner: nullableString,
    leaseUntil: { type: Number, default: 0 },
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

/** The case collection: one document per case, every write of it a single-document update guarded by `version`. */
export const caseSchema = new Schema<CaseDoc>(
  {
    _id: { type: String, required: true },
    docVersion: { type: Number, required: true },
    receiptNumber: { type: String },
    itemCode: { type: String },
    itemVersion: { type: Number, required: true },
    version: { type: Number, required: true },
    status: { type: String },
    state: { type: String },
    formData: { type: String },
    materials: { type: String },
    applicantName: { type: String },
    createdBy: { type: String },
    createdAt: { type: String },
    updatedAt: { type: String },
    unitId: { type: String, default: '' },
    windowId: { type: String, default: null },
    scopeKeys: { type: [String], default: [] },
    headHash: { type: String },
    events: { type: [eventSchema], default: [] },
    tasks: { type: [taskSchema], default: [] },
    timers: { type: [timerSchema], default: [] },
    outbox: { type: [outboxSchema], default: [] },
  },
  { ...TOP, collection: 'cases' },
);
// Statistics facts and completed steps (see mongoCaseFacts.ts).
addCaseFacts(caseSchema);
caseSchema.index({ receiptNumber: 1 }, { unique: true });
caseSchema.index({ createdAt: -1, _id: -1 });
caseSchema.index({ status: 1, updatedAt: -1 });
caseSchema.index({ itemCode: 1, status: 1 });
// Reads by scope: a user's cases, newest first.
caseSchema.index({ scopeKeys: 1, createdAt: -1 });
// The scheduler's index: due timers, earliest first.
caseSchema.index({ 'timers.dueMs': 1 });
// Worklists: by deadline, by person, by group.
caseSchema.index({ 'tasks.dueAt': 1 });
caseSchema.index({ 'tasks.assignee': 1 });
caseSchema.index({ 'tasks.claimedBy': 1 });
caseSchema.index({ 'tasks.candidateGroups': 1 });
// The dispatcher's index: pending messages by when they are due.
caseSchema.index({ 'outbox.status': 1, 'outbox.nextAttemptAt': 1 });

/** Published item versions; a version once stored never changes. */
export const itemSchema = new Schema<ItemDoc>(
  {
    code: { type: String },
    version: { type: Number, required: true },
    name: { type: String },
    data: { type: String },
    hash: { type: String, default: '' },
    publishedBy: { type: String, default: '' },
    publishedAt: { type: String },
    batch: { type: String },
  },
  { ...TOP, collection: 'items' },
);
itemSchema.index({ code: 1, version: 1 }, { unique: true });
itemSchema.index({ batch: 1 });

/** User accounts. */
export const userSchema = new Schema<UserDoc>(
  {
    _id: { type: String, required: true },
    username: { type: String },
    displayName: { type: String },
    role: { type: String },
    groups: { type: [String], default: [] },
    unitId: { type: String, default: null },
    departmentId: { type: String, default: null },
    windowId: { type: String, default: null },
    passwordHash: { type: String },
  },
  { ...TOP, collection: 'users' },
);
userSchema.index({ username: 1 }, { unique: true });

/** The organisation tree, one document. */
export const organisationSchema = new Schema<OrganisationDoc>(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    updatedBy: { type: String },
    updatedAt: { type: String },
  },
  { ...TOP, collection: 'organisation' },
);

/** Sessions; MongoDB removes them once expired (TTL index). */
export const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String },
    expiresAt: { type: String },
    expireAt: { type: Date, required: true },
  },
  { ...TOP, collection: 'sessions' },
);
sessionSchema.index({ expireAt: 1 }, { expireAfterSeconds: 0 });

/** Receipt counters, one per day, moved by atomic `$inc`. */
export const counterSchema = new Schema<CounterDoc>(
  { _id: { type: String, required: true }, last: { type: Number, required: true } },
  { ...TOP, collection: 'receipt_counters' },
);

/** Intake decisions (一次性告知书, 不予受理决定书): append-only, numbered uniquely. */
export const intakeDecisionSchema = new Schema<IntakeDecisionDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    number: { type: String, required: true, unique: true },
    decidedAt: { type: String, required: true, index: true },
    data: { type: String, required: true },
  },
  { ...TOP, collection: 'intake_decisions' },
);

/** The schema version record (`_id: 'schema'`). */
export const metaSchema = new Schema<MetaDoc>(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    updatedAt: { type: String },
  },
  { ...TOP, collection: 'govflow_meta' },
);
