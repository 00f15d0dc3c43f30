import type { Connection, Model } from 'mongoose';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';
import type { OutboxMessage } from '../outbox.js';
import { hashSignalEntry } from '../signalHash.js';
import {
  SignalConflictError,
  type SignalChange,
  type SignalEntry,
  type SignalFilter,
  type SignalRecord,
  type StoredSignalEntry,
} from '../signalStore.js';
import type { CaseDoc } from './documents.js';
import { isDuplicateKey, key, outboxDocs } from './mappers.js';
import { MongoSignalBookkeeping } from './mongoSignalBookkeeping.js';
import { signalSchema, type SignalDoc, type SignalEntryDoc } from './mongoSignalSchemas.js';

type NewSignal = Omit<SignalRecord, 'entryCount' | 'headHash'>;

/**
 * Signals on MongoDB: one document per signal holding its record and its hash-chained history, every
 * write a single-document update guarded by the entry count (no multi-document transaction). The
 * notifications go to the outbox of the signal's case document right after (an idempotent second write:
 * a crash between the two loses the notification, never the signal).
 */
export class MongoSignals {
  private readonly signals: Model<SignalDoc>;
  /** The settings and the processor's cursors. */
  readonly bookkeeping: MongoSignalBookkeeping;
  /** The models (and the cursor seeding), for the store to wait for at connection. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(
    connection: Connection,
    private readonly cases: Model<CaseDoc>,
    private readonly algorithm: ChainAlgorithm,
  ) {
    this.signals = connection.model<SignalDoc>('GovflowSignal', signalSchema);
    this.bookkeeping = new MongoSignalBookkeeping(connection, cases);
    this.models = [this.signals, ...this.bookkeeping.models];
  }

  async create(
    signal: NewSignal,
    first: SignalEntry,
    outbox: readonly OutboxMessage[],
  ): Promise<SignalRecord | undefined> {
    const hash = hashSignalEntry(signal.id, 1, first, GENESIS_HASH, this.algorithm);
    const record: SignalRecord = { ...signal, entryCount: 1, headHash: hash };
    try {
      await this.signals.create({
        ...columns(record),
        _id: key(record.id, 'id'),
        entries: [entryDoc(1, first, GENESIS_HASH, hash)],
      });
    } catch (error) {
      if (isDuplicateKey(error, 'key')) return undefined;
      throw error;
    }
    await this.pushOutbox(record.caseId, outbox);
    return record;
  }

  async append(
    signalId: string,
    expectedEntries: number,
    entry: SignalEntry,
    change: SignalChange,
    outbox: readonly OutboxMessage[],
  ): Promise<SignalRecord> {
    const current = await this.get(signalId);
    if (!current || current.entryCount !== expectedEntries) throw new SignalConflictError(`信号 ${signalId}`);
    const seq = expectedEntries + 1;
    const hash = hashSignalEntry(signalId, seq, entry, current.headHash, this.algorithm);
    const next: SignalRecord = { ...current, ...change, entryCount: seq, headHash: hash, updatedAt: entry.at };
    const updated = await this.signals.updateOne(
      { _id: key(signalId, 'id'), entryCount: expectedEntries, headHash: current.headHash },
      { $set: columns(next), $push: { entries: entryDoc(seq, entry, current.headHash, hash) } },
    );
    if (updated.modifiedCount !== 1) throw new SignalConflictError(`信号 ${signalId}`);
    await this.pushOutbox(next.caseId, outbox);
    return next;
  }

  async get(id: string): Promise<SignalRecord | undefined> {
    const doc = await this.signals.findById(key(id, 'id'), { data: 1 }).lean<Pick<SignalDoc, 'data'>>();
    return doc ? (JSON.parse(doc.data) as SignalRecord) : undefined;
  }

  async list(filter: SignalFilter, limit: number): Promise<SignalRecord[]> {
    const query: Record<string, unknown> = {};
    const equal = (field: string, value: string | undefined, name: string): void => {
      if (value !== undefined) query[field] = key(value, name);
    };
    equal('kind', filter.kind, 'kind');
    equal('level', filter.level, 'level');
    equal('status', filter.status, 'status');
    equal('departmentId', filter.departmentId, 'departmentId');
    equal('caseId', filter.caseId, 'caseId');
    equal('key', filter.key, 'key');
    if (filter.unitIds !== undefined) query['unitId'] = { $in: filter.unitIds.map((u) => key(u, 'unitId')) };
    if (filter.scopeKeys !== undefined) query['scopeKeys'] = { $in: filter.scopeKeys.map((k) => key(k, 'scopeKey')) };
    if (filter.answerOverdueAt !== undefined) {
      Object.assign(query, {
        status: 'open',
        flagged: false,
        answerDueMs: { $ne: null, $lte: Date.parse(filter.answerOverdueAt) },
      });
    }
    const docs = await this.signals
      .find(query, { data: 1 })
      .sort({ createdMs: -1, _id: -1 })
      .limit(limit)
      .lean<Pick<SignalDoc, 'data'>[]>();
    return docs.map((d) => JSON.parse(d.data) as SignalRecord);
  }

  async entries(signalId: string): Promise<StoredSignalEntry[]> {
    const doc = await this.signals.findById(key(signalId, 'id'), { entries: 1 }).lean<Pick<SignalDoc, 'entries'>>();
    return (doc?.entries ?? []).map((e) => ({
      signalId,
      seq: e.seq,
      type: e.entryType,
      at: e.at,
      by: e.by,
      data: JSON.parse(e.data) as Record<string, unknown>,
      prevHash: e.prevHash,
      hash: e.hash,
    }));
  }

  private async pushOutbox(caseId: string, outbox: readonly OutboxMessage[]): Promise<void> {
    if (outbox.length === 0) return;
    const ids = outbox.map((m) => m.id);
    await this.cases.updateOne(
      { _id: key(caseId, 'caseId'), 'outbox.messageId': { $nin: ids } },
      { $push: { outbox: { $each: outboxDocs(outbox) } } },
    );
  }
}

function columns(record: SignalRecord): Omit<SignalDoc, '_id' | 'entries'> {
  return {
    key: record.key,
    kind: record.kind,
    level: record.level,
    status: record.status,
    caseId: record.caseId,
    departmentId: record.departmentId,
    unitId: record.unitId,
    scopeKeys: [...record.scopeKeys],
    answerDueMs: record.answerDueAt === null ? null : Date.parse(record.answerDueAt),
    flagged: record.flaggedAt !== null,
    createdMs: Date.parse(record.createdAt),
    entryCount: record.entryCount,
    headHash: record.headHash,
    data: JSON.stringify(record),
  };
}

function entryDoc(seq: number, entry: SignalEntry, prevHash: string, hash: string): SignalEntryDoc {
  return { seq, entryType: entry.type, at: entry.at, by: entry.by, data: JSON.stringify(entry.data), prevHash, hash };
}
