import { Schema, type Connection, type Model } from 'mongoose';
import type { ApiKeyRecord, IdempotencyClaim, IdempotencyRecord } from '../departmentSystemStore.js';
import { isDuplicateKey, key } from './mappers.js';

type ApiKeyDoc = Omit<ApiKeyRecord, 'id' | 'groups'> & { _id: string; groups: string[] };

/** An idempotency record: `_id` is `<apiKeyId>:<key>`, with the lease of its unfinished first request. */
type IdempotencyDoc = IdempotencyRecord & { _id: string; leaseUntil: number };

const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;
const nullableString = { type: String, default: null };

const apiKeySchema = new Schema<ApiKeyDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    departmentId: { type: String, required: true },
    groups: { type: [String], default: [] },
    secretHash: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: String, required: true },
    revokedAt: nullableString,
    revokedBy: nullableString,
  },
  { ...TOP, collection: 'api_keys' },
);
apiKeySchema.index({ createdAt: -1 });

const idempotencySchema = new Schema<IdempotencyDoc>(
  {
    _id: { type: String, required: true },
    apiKeyId: { type: String, required: true },
    key: { type: String, required: true },
    requestHash: { type: String, required: true },
    createdAt: { type: String, required: true },
    status: { type: Number, default: null },
    response: nullableString,
    leaseUntil: { type: Number, default: 0 },
  },
  { ...TOP, collection: 'idempotency_keys' },
);

/** API keys and idempotency records on MongoDB; every write is one single-document atomic operation. */
export class MongoDepartmentSystems {
  private readonly keys: Model<ApiKeyDoc>;
  private readonly records: Model<IdempotencyDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(connection: Connection) {
    this.keys = connection.model<ApiKeyDoc>('GovflowApiKey', apiKeySchema);
    this.records = connection.model<IdempotencyDoc>('GovflowIdempotencyKey', idempotencySchema);
    this.models = [this.keys, this.records];
  }

  /** Inserts a key; an existing id fails. */
  async saveApiKey(record: ApiKeyRecord): Promise<void> {
    const { id, groups, ...rest } = record;
    await this.keys.create({ ...rest, _id: key(id, 'id'), groups: [...groups] });
  }

  /** One key. */
  async findApiKey(id: string): Promise<ApiKeyRecord | undefined> {
    const doc = await this.keys.findById(key(id, 'id')).lean<ApiKeyDoc>();
    return doc ? toApiKey(doc) : undefined;
  }

  /** Every key, newest first. */
  async listApiKeys(): Promise<ApiKeyRecord[]> {
    return (await this.keys.find().sort({ createdAt: -1, _id: 1 }).lean<ApiKeyDoc[]>()).map(toApiKey);
  }

  /** Revokes once: only a key not yet revoked changes. */
  async revokeApiKey(id: string, by: string, at: string): Promise<ApiKeyRecord | undefined> {
    await this.keys.updateOne({ _id: key(id, 'id'), revokedAt: null }, { $set: { revokedAt: at, revokedBy: by } });
    return this.findApiKey(id);
  }

  /** Insert, else take over an expired reservation of the same request, else return what is there. */
  async reserveIdempotencyKey(
    entry: Pick<IdempotencyRecord, 'apiKeyId' | 'key' | 'requestHash' | 'createdAt'>,
    leaseUntil: number,
    now: number,
  ): Promise<IdempotencyClaim> {
    const id = recordId(entry.apiKeyId, entry.key);
    try {
      await this.records.create({ ...entry, _id: id, status: null, response: null, leaseUntil });
      return { reserved: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const takenOver = await this.records
      .findOneAndUpdate(
        { _id: id, status: null, requestHash: key(entry.requestHash, 'requestHash'), leaseUntil: { $lt: now } },
        { $set: { leaseUntil } },
      )
      .lean<IdempotencyDoc>();
    if (takenOver) return { reserved: true };
    const doc = await this.records.findById(id).lean<IdempotencyDoc>();
    if (!doc) return this.reserveIdempotencyKey(entry, leaseUntil, now);
    return { reserved: false, existing: toIdempotency(doc) };
  }

  /** Stores the first answer; an answered record never changes. */
  async completeIdempotencyKey(apiKeyId: string, k: string, status: number, response: string): Promise<void> {
    await this.records.updateOne({ _id: recordId(apiKeyId, k), status: null }, { $set: { status, response } });
  }

  /** Drops an unfinished reservation. */
  async releaseIdempotencyKey(apiKeyId: string, k: string): Promise<void> {
    await this.records.deleteOne({ _id: recordId(apiKeyId, k), status: null });
  }
}

function recordId(apiKeyId: string, k: string): string {
  return `${key(apiKeyId, 'apiKeyId')}:${key(k, 'key')}`;
}

function toApiKey(doc: ApiKeyDoc): ApiKeyRecord {
  return {
    id: doc._id,
    name: doc.name,
    departmentId: doc.departmentId,
    groups: doc.groups,
    secretHash: doc.secretHash,
    createdBy: doc.createdBy,
    createdAt: doc.createdAt,
    revokedAt: doc.revokedAt ?? null,
    revokedBy: doc.revokedBy ?? null,
  };
}

function toIdempotency(doc: IdempotencyDoc): IdempotencyRecord {
  return {
    apiKeyId: doc.apiKeyId,
    key: doc.key,
    requestHash: doc.requestHash,
    createdAt: doc.createdAt,
    status: doc.status ?? null,
    response: doc.response ?? null,
  };
}
