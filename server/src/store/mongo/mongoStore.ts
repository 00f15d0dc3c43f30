import type { ApprovalItem, PublishedItem } from '@govflow/catalog';
import type { CaseEvent, CaseState } from '@govflow/engine';
import { createConnection, type Connection, type Model } from 'mongoose';
import { CaseExistsError } from '../errors.js';
import { GENESIS_HASH, type ChainAlgorithm } from '../hashChain.js';
import type { OutboxEntry, OutboxFailure, OutboxFilter, OutboxKey, OutboxMessage } from '../outbox.js';
import {
  CaseConflictError,
  type CaseCommit,
  type CaseRecord,
  type DueTimer,
  type IntakeDecisionRecord,
  type Store,
  type StoredEvent,
  type TaskRow,
  type UserRecord,
} from '../port.js';
import type {
  CaseDoc,
  CaseHeadDoc,
  CounterDoc,
  IntakeDecisionDoc,
  ItemDoc,
  MetaDoc,
  SessionDoc,
  TimerDoc,
  UserDoc,
} from './documents.js';
import { findDue, leaseDue } from './leases.js';
import * as m from './mappers.js';
import { MongoAccounts } from './mongoAccounts.js';
import { MongoItems } from './mongoItems.js';
import * as outbox from './mongoOutbox.js';
import { MONGO_SCHEMA_VERSION, migrateMongo } from './mongoSchemaVersion.js';
import {
  caseSchema,
  counterSchema,
  intakeDecisionSchema,
  itemSchema,
  metaSchema,
  sessionSchema,
  userSchema,
} from './schemas.js';
import { listOpenTasks } from './worklist.js';

/** Options of the MongoDB store. */
export interface MongoStoreOptions {
  /** A MongoDB connection string (`MONGODB_URI`); a replica set for high availability. */
  readonly uri: string;
  /** The database (default: the one the URI names, else `govflow`). */
  readonly dbName?: string;
  readonly chainAlgorithm?: ChainAlgorithm;
}

/** A case document without its arrays. */
const HEAD = { events: 0, tasks: 0, timers: 0, outbox: 0 } as const;

/**
 * The production store on MongoDB through mongoose. One document per case holds its snapshot, its
 * hash-chained events, its derived tasks and timers (with leases) and its outbox; every case write is
 * a single-document atomic update guarded by the case's version, so no multi-document transaction is
 * needed and the collection can be sharded by case id. Items, users, sessions and receipt counters
 * have their own collections.
 */
export class MongoStore implements Store {
  readonly chainAlgorithm: ChainAlgorithm;
  private readonly cases: Model<CaseDoc>;
  private readonly items: MongoItems;
  private readonly accounts: MongoAccounts;
  private readonly decisions: Model<IntakeDecisionDoc>;
  /** Every model, to wait for their collections and indexes at connection. */
  private readonly models: readonly { init(): Promise<unknown> }[];

  private constructor(
    private readonly connection: Connection,
    chainAlgorithm: ChainAlgorithm,
  ) {
    this.chainAlgorithm = chainAlgorithm;
    this.cases = connection.model<CaseDoc>('GovflowCase', caseSchema);
    const items = connection.model<ItemDoc>('GovflowItem', itemSchema);
    const users = connection.model<UserDoc>('GovflowUser', userSchema);
    const sessions = connection.model<SessionDoc>('GovflowSession', sessionSchema);
    const counters = connection.model<CounterDoc>('GovflowReceiptCounter', counterSchema);
    this.items = new MongoItems(items);
    this.accounts = new MongoAccounts(users, sessions, counters);
    this.decisions = connection.model<IntakeDecisionDoc>('GovflowIntakeDecision', intakeDecisionSchema);
    this.models = [this.cases, items, users, sessions, counters, this.decisions];
  }

  /** Connects, builds the indexes declared in the schemas and applies the schema versions. */
  static async connect(options: MongoStoreOptions): Promise<MongoStore> {
    const connection = await createConnection(options.uri, {
      dbName: options.dbName ?? databaseOf(options.uri) ?? 'govflow',
      autoIndex: true,
      autoCreate: true,
      serverSelectionTimeoutMS: 10_000,
    }).asPromise();
    try {
      const store = new MongoStore(connection, options.chainAlgorithm ?? 'sm3');
      await migrateMongo(connection, connection.model<MetaDoc>('GovflowMeta', metaSchema));
      // Each model creates its collection and the indexes its schema declares; wait until they exist.
      await Promise.all(store.models.map((model) => model.init()));
      return store;
    } catch (error) {
      await connection.close();
      throw error;
    }
  }

  savePublishedItem(published: PublishedItem): Promise<void> {
    return this.items.save([published]);
  }

  /** All or none (see `MongoItems.save`). */
  savePublishedItems(published: readonly PublishedItem[]): Promise<void> {
    return this.items.save(published);
  }

  async listItems(): Promise<readonly ApprovalItem[]> {
    return this.items.latest();
  }

  async getItem(code: string, version?: number): Promise<ApprovalItem | undefined> {
    return this.items.get(code, version);
  }

  async listItemVersions(code: string): Promise<readonly PublishedItem[]> {
    return this.items.versions(code);
  }

  async createCase(
    record: Omit<CaseRecord, 'version'>,
    events: readonly CaseEvent[],
    messages: readonly OutboxMessage[] = [],
  ): Promise<CaseRecord> {
    const chained = m.chainEvents(events, GENESIS_HASH, this.chainAlgorithm);
    const doc: CaseDoc = {
      _id: m.key(record.id, 'id'),
      docVersion: MONGO_SCHEMA_VERSION,
      receiptNumber: record.receiptNumber,
      itemCode: record.itemCode,
      itemVersion: record.itemVersion,
      version: 1,
      status: record.state.status,
      state: JSON.stringify(record.state),
      formData: JSON.stringify(record.formData),
      materials: JSON.stringify(record.materials),
      applicantName: record.applicantName,
      createdBy: record.createdBy,
      createdAt: record.createdAt,
      updatedAt: record.state.updatedAt,
      headHash: chained.head,
      events: chained.docs,
      tasks: m.taskDocs(record.state),
      timers: m.timerDocs(record.state),
      outbox: m.outboxDocs(messages),
    };
    try {
      await this.cases.create(doc);
    } catch (error) {
      throw m.isDuplicateKey(error, '_id') ? new CaseExistsError(record.id) : error;
    }
    return { ...record, version: 1 };
  }

  async getCase(id: string): Promise<CaseRecord | undefined> {
    const doc = await this.cases.findById(m.key(id, 'id'), HEAD).lean<CaseHeadDoc>();
    return doc ? m.toRecord(doc) : undefined;
  }

  async listCases(limit: number): Promise<readonly CaseRecord[]> {
    const docs = await this.cases.find({}, HEAD).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<CaseHeadDoc[]>();
    return docs.map(m.toRecord);
  }

  /**
   * Reads the chain's head at the expected version, then one `findOneAndUpdate` guarded by that version
   * sets the snapshot, tasks and timers (dropping leases) and appends the events and outbox messages.
   */
  async commitCase(id: string, expectedVersion: number, commit: CaseCommit): Promise<CaseRecord> {
    const caseId = m.key(id, 'id');
    const head = await this.cases.findById(caseId, { version: 1, headHash: 1 }).lean<CaseHeadDoc>();
    if (!head || head.version !== expectedVersion) throw new CaseConflictError(id);
    const chained = m.chainEvents(commit.events, head.headHash, this.chainAlgorithm);
    const updated = await this.cases
      .findOneAndUpdate(
        { _id: caseId, version: expectedVersion, headHash: head.headHash },
        {
          $set: {
            version: expectedVersion + 1,
            status: commit.state.status,
            state: JSON.stringify(commit.state),
            updatedAt: commit.state.updatedAt,
            headHash: chained.head,
            tasks: m.taskDocs(commit.state),
            timers: m.timerDocs(commit.state),
          },
          $push: { events: { $each: chained.docs }, outbox: { $each: m.outboxDocs(commit.outbox ?? []) } },
        },
        { returnDocument: 'after', projection: HEAD },
      )
      .lean<CaseHeadDoc>();
    if (!updated) throw new CaseConflictError(id);
    return m.toRecord(updated);
  }

  async listEvents(caseId: string): Promise<readonly StoredEvent[]> {
    const doc = await this.cases.findById(m.key(caseId, 'caseId'), { events: 1 }).lean<Pick<CaseDoc, 'events'>>();
    return (doc?.events ?? []).map((e) => m.toStoredEvent(caseId, e));
  }

  async findTask(caseId: string, taskId: string): Promise<TaskRow | undefined> {
    const id = m.key(caseId, 'caseId');
    const doc = await this.cases
      .findOne(
        { _id: id, tasks: { $elemMatch: { taskId: m.key(taskId, 'taskId') } } },
        { itemCode: 1, receiptNumber: 1, applicantName: 1, tasks: { $elemMatch: { taskId } } },
      )
      .lean<Pick<CaseDoc, 'itemCode' | 'receiptNumber' | 'applicantName' | 'tasks'>>();
    const task = doc?.tasks[0];
    return doc && task ? m.toTaskRow(id, doc, task) : undefined;
  }

  async listOpenTasks(limit: number): Promise<readonly TaskRow[]> {
    return listOpenTasks(this.cases, limit);
  }

  async dueTimers(until: string, limit: number): Promise<readonly DueTimer[]> {
    const due = await findDue<TimerDoc>(this.cases, { ...timerQuery(until), now: null, limit });
    return due.map(({ caseId, element }) => m.toDueTimer(caseId, element));
  }

  async claimDueTimers(until: string, owner: string, leaseUntil: number, limit: number): Promise<readonly DueTimer[]> {
    const won = await leaseDue<TimerDoc>(
      this.cases,
      { ...timerQuery(until), now: Date.now(), limit },
      owner,
      leaseUntil,
    );
    return won.map(({ caseId, element }) => m.toDueTimer(caseId, element));
  }

  /** Rewrites tasks and timers from the stored state, unless a commit changed the case meanwhile. */
  async refreshDerived(caseId: string): Promise<void> {
    const id = m.key(caseId, 'caseId');
    const doc = await this.cases.findById(id, { version: 1, state: 1 }).lean<CaseHeadDoc>();
    if (!doc) return;
    const state = JSON.parse(doc.state) as CaseState;
    await this.cases.updateOne(
      { _id: id, version: doc.version },
      { $set: { tasks: m.taskDocs(state), timers: m.timerDocs(state) } },
    );
  }

  nextReceiptNumber(day: string): Promise<string> {
    return this.accounts.nextReceiptNumber(day);
  }

  nextDocumentNumber(prefix: string, day: string): Promise<string> {
    return this.accounts.nextDocumentNumber(prefix, day);
  }

  async saveIntakeDecision(record: IntakeDecisionRecord): Promise<void> {
    await this.decisions.create({
      _id: m.key(record.id, 'id'),
      kind: record.kind,
      number: record.number,
      decidedAt: record.decidedAt,
      data: JSON.stringify(record.data),
    });
  }

  async getIntakeDecision(id: string): Promise<IntakeDecisionRecord | undefined> {
    const doc = await this.decisions.findById(m.key(id, 'id')).lean<IntakeDecisionDoc>();
    return doc ? toDecision(doc) : undefined;
  }

  async listIntakeDecisions(limit: number): Promise<readonly IntakeDecisionRecord[]> {
    const docs = await this.decisions
      .find()
      .sort({ decidedAt: -1, number: -1 })
      .limit(limit)
      .lean<IntakeDecisionDoc[]>();
    return docs.map(toDecision);
  }

  async claimOutbox(now: number, owner: string, leaseUntil: number, limit: number): Promise<readonly OutboxEntry[]> {
    return outbox.claimOutbox(this.cases, now, owner, leaseUntil, limit);
  }

  async markOutboxDelivered(k: OutboxKey, deliveredAt: string): Promise<void> {
    await outbox.markDelivered(this.cases, k, deliveredAt);
  }

  async markOutboxFailed(k: OutboxKey, failure: OutboxFailure): Promise<void> {
    await outbox.markFailed(this.cases, k, failure);
  }

  async listOutbox(filter: OutboxFilter, limit: number): Promise<readonly OutboxEntry[]> {
    return outbox.listOutbox(this.cases, filter, limit);
  }

  saveUser(user: UserRecord): Promise<void> {
    return this.accounts.saveUser(user);
  }

  findUserByName(username: string): Promise<UserRecord | undefined> {
    return this.accounts.findUserByName(username);
  }

  findUser(id: string): Promise<UserRecord | undefined> {
    return this.accounts.findUser(id);
  }

  countUsers(): Promise<number> {
    return this.accounts.countUsers();
  }

  saveSession(token: string, userId: string, expiresAt: string): Promise<void> {
    return this.accounts.saveSession(token, userId, expiresAt);
  }

  findSession(token: string, now: string): Promise<string | undefined> {
    return this.accounts.findSession(token, now);
  }

  deleteSession(token: string): Promise<void> {
    return this.accounts.deleteSession(token);
  }

  /** Drops the whole database (for test runs on a scratch database only). */
  async dropDatabase(): Promise<void> {
    await this.connection.dropDatabase();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

function timerQuery(until: string) {
  return {
    array: 'timers',
    idField: 'timerId',
    due: { dueMs: { $lte: Date.parse(until) } },
    sort: { dueMs: 1 },
    tieBreak: 'timerId',
  } as const;
}

/** The database a connection string names (`mongodb://host/<db>?…`), if any. */
export function databaseOf(uri: string): string | undefined {
  const path = uri.replace(/^mongodb(\+srv)?:\/\/[^/]*/, '');
  const name = decodeURIComponent(path.replace(/^\//, '').split('?')[0] ?? '');
  return name === '' ? undefined : name;
}

function toDecision(doc: IntakeDecisionDoc): IntakeDecisionRecord {
  return {
    id: doc._id,
    kind: doc.kind,
    number: doc.number,
    decidedAt: doc.decidedAt,
    data: JSON.parse(doc.data) as Record<string, unknown>,
  };
}
