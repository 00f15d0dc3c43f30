import { Schema } from 'mongoose';

/** One history entry inside a signal document. */
export interface SignalEntryDoc {
  seq: number;
  entryType: string;
  at: string;
  by: string;
  /** JSON text of the entry's data (keys as given). */
  data: string;
  prevHash: string;
  hash: string;
}

/** A signal: the queried fields as columns, the whole record as JSON text, and its chained history. */
export interface SignalDoc {
  _id: string;
  key: string;
  kind: string;
  level: string;
  status: string;
  caseId: string;
  departmentId: string | null;
  unitId: string | null;
  scopeKeys: string[];
  answerDueMs: number | null;
  flagged: boolean;
  createdMs: number;
  entryCount: number;
  headHash: string;
  data: string;
  entries: SignalEntryDoc[];
}

/** The settings document (and the cursor-seeding marker, whose data is null). */
export interface SignalSettingsDoc {
  _id: string;
  data: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** How far the signal processor has read a case. */
export interface CursorDoc {
  _id: string;
  version: number;
  seq: number;
}

const SUB = { _id: false, id: false, versionKey: false } as const;
const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;

const entrySchema = new Schema<SignalEntryDoc>(
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

/** The signals collection: a unique key, and indexes for the board's filters and the answer sweep. */
export const signalSchema = new Schema<SignalDoc>(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    kind: { type: String, required: true },
    level: { type: String, required: true },
    status: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentId: { type: String, default: null },
    unitId: { type: String, default: null },
    scopeKeys: { type: [String], default: [] },
    answerDueMs: { type: Number, default: null },
    flagged: { type: Boolean, default: false },
    createdMs: { type: Number, required: true },
    entryCount: { type: Number, required: true },
    headHash: { type: String, required: true },
    data: { type: String, required: true },
    entries: { type: [entrySchema], default: [] },
  },
  { ...TOP, collection: 'signals' },
);
signalSchema.index({ key: 1 }, { unique: true });
signalSchema.index({ createdMs: -1 });
signalSchema.index({ caseId: 1 });
signalSchema.index({ departmentId: 1, createdMs: -1 });
signalSchema.index({ scopeKeys: 1, createdMs: -1 });
signalSchema.index({ status: 1, flagged: 1, answerDueMs: 1 });

/** The signal settings (one document). */
export const signalSettingsSchema = new Schema<SignalSettingsDoc>(
  {
    _id: { type: String, required: true },
    data: { type: String, default: null },
    version: { type: Number, required: true },
    updatedAt: { type: String },
    updatedBy: { type: String },
  },
  { ...TOP, collection: 'signal_settings' },
);

/** The signal processor's cursors, one per case. */
export const cursorSchema = new Schema<CursorDoc>(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    seq: { type: Number, required: true },
  },
  { ...TOP, collection: 'signal_cursors' },
);
