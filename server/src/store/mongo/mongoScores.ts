import { Schema, type Connection, type Model } from 'mongoose';
import type { OutboxMessage } from '../outbox.js';
import { ScoreSettingsConflictError, type ScoreRunRecord, type StoredScoreSettings } from '../statisticsStore.js';
import { isDuplicateKey, key } from './mappers.js';

/** The score settings (`_id: 'scores'`), kept as JSON text. */
interface ScoreSettingsDoc {
  _id: string;
  data: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** A published month; its warnings are kept with it (the dispatcher reads case documents' outboxes only). */
interface ScoreRunDoc {
  _id: string;
  publishedAt: string;
  publishedBy: string;
  data: string;
  warnings: string[];
}

const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;

const settingsSchema = new Schema<ScoreSettingsDoc>(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    version: { type: Number, required: true },
    updatedAt: { type: String, required: true },
    updatedBy: { type: String, required: true },
  },
  { ...TOP, collection: 'score_settings' },
);

const runSchema = new Schema<ScoreRunDoc>(
  {
    _id: { type: String, required: true },
    publishedAt: { type: String, required: true },
    publishedBy: { type: String, required: true },
    data: { type: String, required: true },
    warnings: { type: [String], default: [] },
  },
  { ...TOP, collection: 'score_runs' },
);

/** Score settings and published months on MongoDB, each write a single-document update. */
export class MongoScores {
  private readonly settings: Model<ScoreSettingsDoc>;
  private readonly runs: Model<ScoreRunDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(connection: Connection) {
    this.settings = connection.model<ScoreSettingsDoc>('GovflowScoreSettings', settingsSchema);
    this.runs = connection.model<ScoreRunDoc>('GovflowScoreRun', runSchema);
    this.models = [this.settings, this.runs];
  }

  async getSettings(): Promise<StoredScoreSettings | undefined> {
    const doc = await this.settings.findById('scores').lean<ScoreSettingsDoc>();
    return doc
      ? {
          settings: JSON.parse(doc.data) as Record<string, unknown>,
          version: doc.version,
          updatedAt: doc.updatedAt,
          updatedBy: doc.updatedBy,
        }
      : undefined;
  }

  /** Inserts version 1 or updates the expected version; anything else is a conflict. */
  async saveSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredScoreSettings> {
    const fields = { data: JSON.stringify(settings), version: expectedVersion + 1, updatedAt: at, updatedBy: by };
    if (expectedVersion === 0) {
      try {
        await this.settings.create({ _id: 'scores', ...fields });
      } catch (error) {
        if (isDuplicateKey(error)) throw new ScoreSettingsConflictError();
        throw error;
      }
    } else {
      const updated = await this.settings.updateOne({ _id: 'scores', version: expectedVersion }, { $set: fields });
      if (updated.modifiedCount !== 1) throw new ScoreSettingsConflictError();
    }
    return { settings, version: expectedVersion + 1, updatedAt: at, updatedBy: by };
  }

  /** Stores a published month with its warnings (as JSON text) in one document. */
  async saveRun(run: ScoreRunRecord, warnings: readonly OutboxMessage[]): Promise<void> {
    await this.runs.updateOne(
      { _id: key(run.month, 'month') },
      {
        $set: { publishedAt: run.publishedAt, publishedBy: run.publishedBy, data: JSON.stringify(run.data) },
        $addToSet: { warnings: { $each: warnings.map((w) => JSON.stringify(w)) } },
      },
      { upsert: true },
    );
  }

  async getRun(month: string): Promise<ScoreRunRecord | undefined> {
    const doc = await this.runs.findById(key(month, 'month')).lean<ScoreRunDoc>();
    return doc
      ? {
          month: doc._id,
          publishedAt: doc.publishedAt,
          publishedBy: doc.publishedBy,
          data: JSON.parse(doc.data) as Record<string, unknown>,
        }
      : undefined;
  }
}
