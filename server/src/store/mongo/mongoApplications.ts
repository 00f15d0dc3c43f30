import { Schema, type Connection, type Model } from 'mongoose';
import { chainHops } from '../applicationChain.js';
import {
  ApplicationConflictError,
  type ApplicationChange,
  type ApplicationFilter,
  type ApplicationHopInput,
  type ApplicationRecord,
  type StoredApplicationHop,
} from '../applicationStore.js';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';
import { isDuplicateKey, key } from './mappers.js';

/** A hop inside its application's document; its facts kept as JSON text (form keys may start with `$`). */
interface HopDoc extends Omit<StoredApplicationHop, 'data'> {
  data: string;
}

/** One application with its hops: every command is one single-document update guarded by its version. */
interface ApplicationDoc {
  _id: string;
  number: string;
  status: string;
  unitId: string;
  version: number;
  updatedAt: string;
  scopeKeys: string[];
  lastSeq: number;
  headHash: string;
  /** The record's other fields as JSON text. */
  data: string;
  hops: HopDoc[];
}

const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;

const hopSchema = new Schema<HopDoc>(
  {
    seq: { type: Number, required: true },
    action: { type: String, required: true },
    at: { type: String, required: true },
    by: { type: String, required: true },
    unitId: { type: String, default: null },
    windowId: { type: String, default: null },
    data: { type: String, required: true },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { _id: false, versionKey: false, id: false, strict: 'throw' },
);

const applicationSchema = new Schema<ApplicationDoc>(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true, unique: true },
    status: { type: String, required: true },
    unitId: { type: String, required: true },
    version: { type: Number, required: true },
    updatedAt: { type: String, required: true },
    scopeKeys: { type: [String], default: [] },
    lastSeq: { type: Number, required: true },
    headHash: { type: String, required: true },
    data: { type: String, required: true },
    hops: { type: [hopSchema], default: [] },
  },
  { ...TOP, collection: 'applications' },
);
applicationSchema.index({ unitId: 1, status: 1, updatedAt: -1 });
applicationSchema.index({ scopeKeys: 1, updatedAt: -1 });
applicationSchema.index({ updatedAt: -1 });

/** Everything of a document but its hops. */
const HEAD = { hops: 0 } as const;

/** Applications on MongoDB: one document each, with its hops. */
export class MongoApplications {
  private readonly applications: Model<ApplicationDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(
    connection: Connection,
    private readonly algorithm: ChainAlgorithm,
  ) {
    this.applications = connection.model<ApplicationDoc>('GovflowApplication', applicationSchema);
    this.models = [this.applications];
  }

  /** Inserts the document with its first hops; a taken id or number is a conflict. */
  async create(record: Omit<ApplicationRecord, 'version'>, hops: readonly ApplicationHopInput[]) {
    const stored: ApplicationRecord = { ...record, scopeKeys: sorted(record.scopeKeys), version: 1 };
    const chained = chainHops(hops, 0, GENESIS_HASH, this.algorithm);
    try {
      await this.applications.create({
        ...columns(stored),
        _id: key(record.id, 'id'),
        number: key(record.number, 'number'),
        lastSeq: chained.length,
        headHash: chained.at(-1)?.hash ?? GENESIS_HASH,
        hops: chained.map(toHopDoc),
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw new ApplicationConflictError(record.id);
      throw error;
    }
    return stored;
  }

  async get(id: string): Promise<ApplicationRecord | undefined> {
    const doc = await this.applications.findById(key(id, 'id'), HEAD).lean<ApplicationDoc>();
    return doc ? toRecord(doc) : undefined;
  }

  /** Reads the head at the expected version, then one update guarded by version and head hash. */
  async commit(id: string, expectedVersion: number, change: ApplicationChange): Promise<ApplicationRecord> {
    const _id = key(id, 'id');
    const doc = await this.applications.findById(_id, HEAD).lean<ApplicationDoc>();
    if (!doc || doc.version !== expectedVersion) throw new ApplicationConflictError(id);
    const { hops, scopeKeys, ...fields } = change;
    const next: ApplicationRecord = {
      ...toRecord(doc),
      ...fields,
      scopeKeys: sorted([...doc.scopeKeys, ...(scopeKeys ?? [])]),
      version: expectedVersion + 1,
    };
    const chained = chainHops(hops, doc.lastSeq, doc.headHash, this.algorithm);
    const updated = await this.applications.updateOne(
      { _id, version: expectedVersion, headHash: doc.headHash },
      {
        $set: {
          ...columns(next),
          lastSeq: doc.lastSeq + chained.length,
          headHash: chained.at(-1)?.hash ?? doc.headHash,
        },
        $push: { hops: { $each: chained.map(toHopDoc) } },
      },
    );
    if (updated.modifiedCount !== 1) throw new ApplicationConflictError(id);
    return next;
  }

  async hops(id: string): Promise<StoredApplicationHop[]> {
    const doc = await this.applications.findById(key(id, 'id'), { hops: 1 }).lean<Pick<ApplicationDoc, 'hops'>>();
    return (doc?.hops ?? []).map((h) => ({ ...h, data: JSON.parse(h.data) as Record<string, unknown> }));
  }

  async list(filter: ApplicationFilter, limit: number): Promise<ApplicationRecord[]> {
    const query: Record<string, unknown> = {};
    if (filter.scopeKeys !== undefined) query['scopeKeys'] = { $in: filter.scopeKeys.map((k) => key(k, 'scopeKey')) };
    if (filter.unitId !== undefined) query['unitId'] = key(filter.unitId, 'unitId');
    if (filter.statuses !== undefined) query['status'] = { $in: filter.statuses.map((s) => key(s, 'status')) };
    const docs = await this.applications
      .find(query, HEAD)
      .sort({ updatedAt: -1, _id: -1 })
      .limit(limit)
      .lean<ApplicationDoc[]>();
    return docs.map(toRecord);
  }
}

/** The indexed columns and the JSON text of the rest. */
function columns(record: ApplicationRecord) {
  const { version, scopeKeys, ...rest } = record;
  return {
    status: record.status,
    unitId: record.unitId,
    version,
    updatedAt: record.updatedAt,
    scopeKeys: [...scopeKeys],
    data: JSON.stringify(rest),
  };
}

function toRecord(doc: ApplicationDoc): ApplicationRecord {
  const rest = JSON.parse(doc.data) as Omit<ApplicationRecord, 'version' | 'scopeKeys'>;
  return { ...rest, scopeKeys: [...doc.scopeKeys], version: doc.version };
}

function toHopDoc(hop: StoredApplicationHop): HopDoc {
  return { ...hop, data: JSON.stringify(hop.data) };
}

function sorted(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}
