import { Schema, type Connection, type Model } from 'mongoose';
import type { ProgressCodeRecord } from '../applicationStore.js';
import { key } from './mappers.js';

/** A progress code's hash: `_id` is the receipt number. */
interface ProgressCodeDoc {
  _id: string;
  caseId: string;
  codeHash: string;
  issuedAt: string;
}

const progressCodeSchema = new Schema<ProgressCodeDoc>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    codeHash: { type: String, required: true },
    issuedAt: { type: String, required: true },
  },
  { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false, collection: 'progress_codes' },
);

/** Progress-query codes' hashes on MongoDB, one document per receipt number. */
export class MongoProgressCodes {
  private readonly codes: Model<ProgressCodeDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(connection: Connection) {
    this.codes = connection.model<ProgressCodeDoc>('GovflowProgressCode', progressCodeSchema);
    this.models = [this.codes];
  }

  /** Stores the code's hash, replacing a reissued one. */
  async save(record: ProgressCodeRecord): Promise<void> {
    const { receiptNumber, ...fields } = record;
    await this.codes.updateOne({ _id: key(receiptNumber, 'receiptNumber') }, { $set: fields }, { upsert: true });
  }

  async find(receiptNumber: string): Promise<ProgressCodeRecord | undefined> {
    const doc = await this.codes.findById(key(receiptNumber, 'receiptNumber')).lean<ProgressCodeDoc>();
    return doc
      ? { receiptNumber: doc._id, caseId: doc.caseId, codeHash: doc.codeHash, issuedAt: doc.issuedAt }
      : undefined;
  }
}
