import type { Connection, Model } from 'mongoose';
import { SignalConflictError, type SignalScan, type StoredSignalSettings } from '../signalStore.js';
import type { CaseDoc } from './documents.js';
import { isDuplicateKey, key } from './mappers.js';
import { cursorSchema, signalSettingsSchema, type CursorDoc, type SignalSettingsDoc } from './mongoSignalSchemas.js';

/** The settings document's id, and the marker of the one-time cursor seeding. */
const SETTINGS_ID = 'signals';
const SEEDED_ID = 'cursors-seeded';

/**
 * The signals' bookkeeping on MongoDB: the settings document (saved against its version) and the
 * processor's cursor per case (moved forward with `$max`, seeded once from the cases that existed before).
 */
export class MongoSignalBookkeeping {
  private readonly settings: Model<SignalSettingsDoc>;
  private readonly cursors: Model<CursorDoc>;
  /** The models and the one-time seeding, for the store to wait for at connection. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(
    connection: Connection,
    private readonly cases: Model<CaseDoc>,
  ) {
    this.settings = connection.model<SignalSettingsDoc>('GovflowSignalSettings', signalSettingsSchema);
    this.cursors = connection.model<CursorDoc>('GovflowSignalCursor', cursorSchema);
    this.models = [this.settings, { init: () => this.cursors.init().then(() => this.seedCursors()) }];
  }

  async get(): Promise<StoredSignalSettings | undefined> {
    const doc = await this.settings.findById(SETTINGS_ID).lean<SignalSettingsDoc>();
    if (!doc || doc.data === null) return undefined;
    return {
      settings: JSON.parse(doc.data) as Record<string, unknown>,
      version: doc.version,
      updatedAt: doc.updatedAt,
      updatedBy: doc.updatedBy,
    };
  }

  async save(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredSignalSettings> {
    const fields = { data: JSON.stringify(settings), updatedAt: at, updatedBy: by, version: expectedVersion + 1 };
    if (expectedVersion === 0) {
      try {
        await this.settings.create({ _id: SETTINGS_ID, ...fields });
      } catch (error) {
        if (isDuplicateKey(error)) throw new SignalConflictError('监察信号设置');
        throw error;
      }
    } else {
      const updated = await this.settings.updateOne(
        { _id: SETTINGS_ID, version: Number(expectedVersion) },
        { $set: fields },
      );
      if (updated.modifiedCount !== 1) throw new SignalConflictError('监察信号设置');
    }
    return { settings, version: expectedVersion + 1, updatedAt: at, updatedBy: by };
  }

  async pending(limit: number, caseId?: string): Promise<SignalScan[]> {
    const rows = await this.cases.aggregate<{ _id: string; version: number; seq: number }>([
      ...(caseId === undefined ? [] : [{ $match: { _id: key(caseId, 'caseId') } }]),
      { $project: { version: 1, updatedAt: 1 } },
      { $lookup: { from: this.cursors.collection.name, localField: '_id', foreignField: '_id', as: 'cursor' } },
      {
        $project: {
          version: 1,
          updatedAt: 1,
          read: { $ifNull: [{ $first: '$cursor.version' }, -1] },
          seq: { $ifNull: [{ $first: '$cursor.seq' }, 0] },
        },
      },
      { $match: { $expr: { $lt: ['$read', '$version'] } } },
      { $sort: { updatedAt: 1, _id: 1 } },
      { $limit: limit },
    ]);
    return rows.map((r) => ({ caseId: r._id, version: r.version, seq: r.seq }));
  }

  async mark(caseId: string, version: number, seq: number): Promise<void> {
    await this.cursors.updateOne(
      { _id: key(caseId, 'caseId') },
      { $max: { version: Number(version), seq: Number(seq) } },
      { upsert: true },
    );
  }

  /** Once per database: cases that existed before signals count as read, so only new history is signalled. */
  private async seedCursors(): Promise<void> {
    if (await this.settings.exists({ _id: SEEDED_ID })) return;
    await this.cases.aggregate([
      { $project: { version: 1, seq: { $size: '$events' } } },
      { $merge: { into: this.cursors.collection.name, whenMatched: 'keepExisting', whenNotMatched: 'insert' } },
    ]);
    try {
      await this.settings.create({ _id: SEEDED_ID, data: null, version: 0, updatedAt: '', updatedBy: 'system' });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
}
