import type { Connection, Model } from 'mongoose';
import { FeedbackConflictError, type HotlineKeyRecord, type StoredFeedbackSettings } from '../complaintStore.js';
import { isDuplicateKey, key } from './mappers.js';
import {
  feedbackSettingsSchema,
  hotlineKeySchema,
  type FeedbackSettingsDoc,
  type HotlineKeyDoc,
} from './mongoFeedbackSchemas.js';

const SETTINGS_ID = 'feedback';

/** The 12345 hotline's API keys and the complaint and evaluation settings on MongoDB; single-document writes. */
export class MongoHotlineKeys {
  private readonly keys: Model<HotlineKeyDoc>;
  private readonly settings: Model<FeedbackSettingsDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(connection: Connection) {
    this.keys = connection.model<HotlineKeyDoc>('GovflowHotlineKey', hotlineKeySchema);
    this.settings = connection.model<FeedbackSettingsDoc>('GovflowFeedbackSettings', feedbackSettingsSchema);
    this.models = [this.keys, this.settings];
  }

  async save(record: HotlineKeyRecord): Promise<void> {
    const { id, ...rest } = record;
    await this.keys.create({ ...rest, _id: key(id, 'id') });
  }

  async find(id: string): Promise<HotlineKeyRecord | undefined> {
    const doc = await this.keys.findById(key(id, 'id')).lean<HotlineKeyDoc>();
    return doc ? toKey(doc) : undefined;
  }

  async list(): Promise<HotlineKeyRecord[]> {
    return (await this.keys.find().sort({ createdAt: -1, _id: 1 }).lean<HotlineKeyDoc[]>()).map(toKey);
  }

  async revoke(id: string, by: string, at: string): Promise<HotlineKeyRecord | undefined> {
    await this.keys.updateOne({ _id: key(id, 'id'), revokedAt: null }, { $set: { revokedAt: at, revokedBy: by } });
    return this.find(id);
  }

  async getSettings(): Promise<StoredFeedbackSettings | undefined> {
    const doc = await this.settings.findById(SETTINGS_ID).lean<FeedbackSettingsDoc>();
    return doc
      ? {
          settings: JSON.parse(doc.data) as Record<string, unknown>,
          version: doc.version,
          updatedAt: doc.updatedAt,
          updatedBy: doc.updatedBy,
        }
      : undefined;
  }

  async saveSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredFeedbackSettings> {
    const fields = { data: JSON.stringify(settings), updatedAt: at, updatedBy: by, version: expectedVersion + 1 };
    if (expectedVersion === 0) {
      try {
        await this.settings.create({ _id: SETTINGS_ID, ...fields });
      } catch (error) {
        if (isDuplicateKey(error)) throw new FeedbackConflictError('投诉与评价设置');
        throw error;
      }
    } else {
      const updated = await this.settings.updateOne(
        { _id: SETTINGS_ID, version: Number(expectedVersion) },
        { $set: fields },
      );
      if (updated.modifiedCount !== 1) throw new FeedbackConflictError('投诉与评价设置');
    }
    return { settings, version: expectedVersion + 1, updatedAt: at, updatedBy: by };
  }
}

function toKey(doc: HotlineKeyDoc): HotlineKeyRecord {
  return {
    id: doc._id,
    name: doc.name,
    secretHash: doc.secretHash,
    createdBy: doc.createdBy,
    createdAt: doc.createdAt,
    revokedAt: doc.revokedAt ?? null,
    revokedBy: doc.revokedBy ?? null,
  };
}
