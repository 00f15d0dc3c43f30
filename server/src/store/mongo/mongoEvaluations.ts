import type { Connection, Model } from 'mongoose';
import { FeedbackConflictError } from '../complaintStore.js';
import type {
  EvaluationChange,
  EvaluationCountFilter,
  EvaluationCountRow,
  EvaluationEntry,
  EvaluationFilter,
  EvaluationRecord,
  StoredEvaluationEntry,
} from '../evaluationStore.js';
import { hashFeedbackEntry } from '../feedbackHash.js';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';
import type { OutboxMessage } from '../outbox.js';
import type { CaseDoc } from './documents.js';
import { isDuplicateKey, key, outboxDocs } from './mappers.js';
import { evaluationSchema, type EvaluationDoc, type FeedbackEntryDoc } from './mongoFeedbackSchemas.js';

type NewEvaluation = Omit<EvaluationRecord, 'entryCount' | 'headHash'>;

/**
 * Evaluations on MongoDB: one document per evaluation (unique by case) with its chained history, every
 * write single-document and guarded by the entry count. Notifications go to the case document's outbox
 * right after (an idempotent second write, like signals': a crash between the two loses a notice, never the evaluation).
 */
export class MongoEvaluations {
  private readonly evaluations: Model<EvaluationDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(
    connection: Connection,
    private readonly cases: Model<CaseDoc>,
    private readonly algorithm: ChainAlgorithm,
  ) {
    this.evaluations = connection.model<EvaluationDoc>('GovflowEvaluation', evaluationSchema);
    this.models = [this.evaluations];
  }

  async create(evaluation: NewEvaluation, first: EvaluationEntry, messages: readonly OutboxMessage[]) {
    const hash = hashFeedbackEntry('evaluation', evaluation.id, 1, first, GENESIS_HASH, this.algorithm);
    const record: EvaluationRecord = {
      ...evaluation,
      scopeKeys: [...new Set(evaluation.scopeKeys)].sort(),
      entryCount: 1,
      headHash: hash,
    };
    try {
      await this.evaluations.create({
        ...columns(record),
        _id: key(record.id, 'id'),
        entries: [entryDoc(1, first, GENESIS_HASH, hash)],
      });
    } catch (error) {
      if (isDuplicateKey(error, 'caseId')) return undefined;
      throw error;
    }
    await this.pushOutbox(record.caseId, messages);
    return record;
  }

  async append(
    id: string,
    expectedEntries: number,
    entry: EvaluationEntry,
    change: EvaluationChange,
    messages: readonly OutboxMessage[],
  ): Promise<EvaluationRecord> {
    const current = await this.get(id);
    if (!current || current.entryCount !== expectedEntries) throw new FeedbackConflictError(`评价 ${id}`);
    const seq = expectedEntries + 1;
    const hash = hashFeedbackEntry('evaluation', id, seq, entry, current.headHash, this.algorithm);
    const next: EvaluationRecord = { ...current, ...change, entryCount: seq, headHash: hash, updatedAt: entry.at };
    const updated = await this.evaluations.updateOne(
      { _id: key(id, 'id'), entryCount: expectedEntries, headHash: current.headHash },
      { $set: columns(next), $push: { entries: entryDoc(seq, entry, current.headHash, hash) } },
    );
    if (updated.modifiedCount !== 1) throw new FeedbackConflictError(`评价 ${id}`);
    await this.pushOutbox(next.caseId, messages);
    return next;
  }

  async get(id: string): Promise<EvaluationRecord | undefined> {
    const doc = await this.evaluations.findById(key(id, 'id'), { data: 1 }).lean<Pick<EvaluationDoc, 'data'>>();
    return doc ? (JSON.parse(doc.data) as EvaluationRecord) : undefined;
  }

  async list(filter: EvaluationFilter, limit: number): Promise<EvaluationRecord[]> {
    const query: Record<string, unknown> = {};
    const equal = (field: string, value: string | undefined): void => {
      if (value !== undefined) query[field] = key(value, field);
    };
    equal('level', filter.level);
    equal('followUpStatus', filter.followUpStatus);
    equal('departmentId', filter.departmentId);
    equal('windowId', filter.windowId);
    equal('clerkId', filter.clerkId);
    equal('caseId', filter.caseId);
    if (filter.negative !== undefined) query['negative'] = filter.negative === true;
    if (filter.scopeKeys !== undefined) query['scopeKeys'] = { $in: filter.scopeKeys.map((k) => key(k, 'scopeKey')) };
    if (filter.followUpOverdueAt !== undefined) {
      Object.assign(query, {
        followUpStatus: 'open',
        followUpDueMs: { $ne: null, $lte: Date.parse(filter.followUpOverdueAt) },
      });
    }
    const docs = await this.evaluations
      .find(query, { data: 1 })
      .sort({ evaluatedMs: -1, _id: -1 })
      .limit(limit)
      .lean<Pick<EvaluationDoc, 'data'>[]>();
    return docs.map((d) => JSON.parse(d.data) as EvaluationRecord);
  }

  async entries(id: string): Promise<StoredEvaluationEntry[]> {
    const doc = await this.evaluations.findById(key(id, 'id'), { entries: 1 }).lean<Pick<EvaluationDoc, 'entries'>>();
    return (doc?.entries ?? []).map((e) => ({
      evaluationId: id,
      seq: e.seq,
      type: e.entryType,
      at: e.at,
      by: e.by,
      data: JSON.parse(e.data) as Record<string, unknown>,
      prevHash: e.prevHash,
      hash: e.hash,
    }));
  }

  async count(filter: EvaluationCountFilter): Promise<EvaluationCountRow[]> {
    const match: Record<string, unknown> = {
      evaluatedMs: { $gte: Date.parse(filter.from), $lt: Date.parse(filter.to) },
    };
    if (filter.departmentId !== undefined) match['departmentId'] = key(filter.departmentId, 'departmentId');
    if (filter.windowId !== undefined) match['windowId'] = key(filter.windowId, 'windowId');
    if (filter.clerkId !== undefined) match['clerkId'] = key(filter.clerkId, 'clerkId');
    const rows = await this.evaluations.aggregate<{ _id: Omit<EvaluationCountRow, 'count'>; count: number }>([
      { $match: match },
      {
        $group: {
          _id: {
            departmentId: '$departmentId',
            unitId: '$unitId',
            windowId: '$windowId',
            clerkId: '$clerkId',
            itemCode: '$itemCode',
            level: '$level',
          },
          count: { $sum: 1 },
        },
      },
      {
        $sort: {
          '_id.departmentId': 1,
          '_id.unitId': 1,
          '_id.windowId': 1,
          '_id.clerkId': 1,
          '_id.itemCode': 1,
          '_id.level': 1,
        },
      },
    ]);
    return rows.map((r) => ({ ...r._id, count: r.count }));
  }

  private async pushOutbox(caseId: string, messages: readonly OutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.cases.updateOne(
      { _id: key(caseId, 'caseId'), 'outbox.messageId': { $nin: messages.map((m) => m.id) } },
      { $push: { outbox: { $each: outboxDocs(messages) } } },
    );
  }
}

function columns(record: EvaluationRecord): Omit<EvaluationDoc, '_id' | 'entries'> {
  const followUp = record.followUp;
  return {
    caseId: record.caseId,
    level: record.level,
    negative: record.negative,
    departmentId: record.departmentId,
    unitId: record.unitId,
    windowId: record.windowId,
    clerkId: record.clerkId,
    itemCode: record.itemCode,
    scopeKeys: [...record.scopeKeys],
    evaluatedMs: Date.parse(record.evaluatedAt),
    followUpStatus: followUp?.status ?? null,
    followUpDueMs: followUp?.status === 'open' ? Date.parse(followUp.dueAt) : null,
    entryCount: record.entryCount,
    headHash: record.headHash,
    data: JSON.stringify(record),
  };
}

function entryDoc(seq: number, entry: EvaluationEntry, prevHash: string, hash: string): FeedbackEntryDoc {
  return { seq, entryType: entry.type, at: entry.at, by: entry.by, data: JSON.stringify(entry.data), prevHash, hash };
}
