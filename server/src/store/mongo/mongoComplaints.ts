import type { Connection, Model } from 'mongoose';
import {
  FeedbackConflictError,
  type ComplaintChange,
  type ComplaintCountRow,
  type ComplaintEntry,
  type ComplaintFilter,
  type ComplaintRecord,
  type StoredComplaintEntry,
} from '../complaintStore.js';
import { hashFeedbackEntry } from '../feedbackHash.js';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';
import type { OutboxMessage } from '../outbox.js';
import type { CaseDoc } from './documents.js';
import { key, outboxDocs } from './mappers.js';
import { complaintSchema, type ComplaintDoc, type FeedbackEntryDoc } from './mongoFeedbackSchemas.js';
import { MongoComplaintOutbox } from './mongoComplaintOutbox.js';

type NewComplaint = Omit<ComplaintRecord, 'entryCount' | 'headHash'>;

/**
 * Complaints on MongoDB: one document per complaint holding its record, its hash-chained history and its
 * outbox (see `MongoComplaintOutbox`), every write a single-document update guarded by the entry count.
 */
export class MongoComplaints {
  private readonly complaints: Model<ComplaintDoc>;
  /** The complaints' notifications, for the store's outbox methods. */
  readonly outbox: MongoComplaintOutbox;
  /** The model, for the store to wait for its collection and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(
    connection: Connection,
    private readonly cases: Model<CaseDoc>,
    private readonly algorithm: ChainAlgorithm,
  ) {
    this.complaints = connection.model<ComplaintDoc>('GovflowComplaint', complaintSchema);
    this.outbox = new MongoComplaintOutbox(this.complaints);
    this.models = [this.complaints];
  }

  async create(complaint: NewComplaint, first: ComplaintEntry, messages: readonly OutboxMessage[]) {
    const hash = hashFeedbackEntry('complaint', complaint.id, 1, first, GENESIS_HASH, this.algorithm);
    const record: ComplaintRecord = {
      ...complaint,
      scopeKeys: [...new Set(complaint.scopeKeys)].sort(),
      entryCount: 1,
      headHash: hash,
    };
    await this.complaints.create({
      ...columns(record),
      _id: key(record.id, 'id'),
      entries: [entryDoc(1, first, GENESIS_HASH, hash)],
      outbox: outboxDocs(messages),
    });
    return record;
  }

  async append(
    id: string,
    expectedEntries: number,
    entry: ComplaintEntry,
    change: ComplaintChange,
    messages: readonly OutboxMessage[],
  ): Promise<ComplaintRecord> {
    const current = await this.get(id);
    if (!current || current.entryCount !== expectedEntries) throw new FeedbackConflictError(`投诉 ${id}`);
    const seq = expectedEntries + 1;
    const hash = hashFeedbackEntry('complaint', id, seq, entry, current.headHash, this.algorithm);
    const { addScopeKeys = [], ...fields } = change;
    const next: ComplaintRecord = {
      ...current,
      ...fields,
      scopeKeys: [...new Set([...current.scopeKeys, ...addScopeKeys])].sort(),
      entryCount: seq,
      headHash: hash,
      updatedAt: entry.at,
    };
    const updated = await this.complaints.updateOne(
      { _id: key(id, 'id'), entryCount: expectedEntries, headHash: current.headHash },
      {
        $set: columns(next),
        $push: { entries: entryDoc(seq, entry, current.headHash, hash), outbox: { $each: outboxDocs(messages) } },
      },
    );
    if (updated.modifiedCount !== 1) throw new FeedbackConflictError(`投诉 ${id}`);
    return next;
  }

  async get(id: string): Promise<ComplaintRecord | undefined> {
    const doc = await this.complaints.findById(key(id, 'id'), { data: 1 }).lean<Pick<ComplaintDoc, 'data'>>();
    return doc ? (JSON.parse(doc.data) as ComplaintRecord) : undefined;
  }

  async list(filter: ComplaintFilter, limit: number): Promise<ComplaintRecord[]> {
    const query: Record<string, unknown> = {};
    const equal = (field: string, value: string | undefined): void => {
      if (value !== undefined) query[field] = key(value, field);
    };
    equal('status', filter.status);
    equal('channel', filter.channel);
    equal('departmentId', filter.departmentId);
    equal('caseId', filter.caseId);
    if (filter.scopeKeys !== undefined) query['scopeKeys'] = { $in: filter.scopeKeys.map((k) => key(k, 'scopeKey')) };
    if (filter.overdueAt !== undefined) query['pendingDueMs'] = { $ne: null, $lte: Date.parse(filter.overdueAt) };
    if (filter.receivedFrom !== undefined || filter.receivedTo !== undefined) {
      query['receivedMs'] = {
        ...(filter.receivedFrom === undefined ? {} : { $gte: Date.parse(filter.receivedFrom) }),
        ...(filter.receivedTo === undefined ? {} : { $lt: Date.parse(filter.receivedTo) }),
      };
    }
    const docs = await this.complaints
      .find(query, { data: 1 })
      .sort({ receivedMs: -1, _id: -1 })
      .limit(limit)
      .lean<Pick<ComplaintDoc, 'data'>[]>();
    return docs.map((d) => JSON.parse(d.data) as ComplaintRecord);
  }

  async entries(id: string): Promise<StoredComplaintEntry[]> {
    const doc = await this.complaints.findById(key(id, 'id'), { entries: 1 }).lean<Pick<ComplaintDoc, 'entries'>>();
    return (doc?.entries ?? []).map((e) => ({
      complaintId: id,
      seq: e.seq,
      type: e.entryType,
      at: e.at,
      by: e.by,
      data: JSON.parse(e.data) as Record<string, unknown>,
      prevHash: e.prevHash,
      hash: e.hash,
    }));
  }

  async count(filter: { from: string; to: string; departmentId?: string }): Promise<ComplaintCountRow[]> {
    const rows = await this.complaints.aggregate<{
      _id: Omit<ComplaintCountRow, 'count'>;
      count: number;
    }>([
      {
        $match: {
          receivedMs: { $gte: Date.parse(filter.from), $lt: Date.parse(filter.to) },
          ...(filter.departmentId === undefined ? {} : { departmentId: key(filter.departmentId, 'departmentId') }),
        },
      },
      {
        $group: {
          _id: {
            departmentId: '$departmentId',
            itemCode: '$itemCode',
            channel: '$channel',
            status: '$status',
            resolution: '$resolution',
          },
          count: { $sum: 1 },
        },
      },
      {
        $sort: { '_id.departmentId': 1, '_id.itemCode': 1, '_id.channel': 1, '_id.status': 1, '_id.resolution': 1 },
      },
    ]);
    return rows.map((r) => ({ ...r._id, count: r.count }));
  }

  async caseIdByReceipt(receiptNumber: string): Promise<string | undefined> {
    const doc = await this.cases
      .findOne({ receiptNumber: key(receiptNumber, 'receiptNumber') }, { _id: 1 })
      .lean<{ _id: string }>();
    return doc?._id;
  }
}

function columns(record: ComplaintRecord): Omit<ComplaintDoc, '_id' | 'entries' | 'outbox'> {
  return {
    number: record.number,
    channel: record.channel,
    status: record.status,
    resolution: record.resolution,
    departmentId: record.departmentId,
    caseId: record.linkedCase?.caseId ?? null,
    itemCode: record.linkedCase?.itemCode ?? null,
    scopeKeys: [...record.scopeKeys],
    receivedMs: Date.parse(record.receivedAt),
    pendingDueMs: record.pendingDueAt === null ? null : Date.parse(record.pendingDueAt),
    entryCount: record.entryCount,
    headHash: record.headHash,
    data: JSON.stringify(record),
  };
}

function entryDoc(seq: number, entry: ComplaintEntry, prevHash: string, hash: string): FeedbackEntryDoc {
  return { seq, entryType: entry.type, at: entry.at, by: entry.by, data: JSON.stringify(entry.data), prevHash, hash };
}
