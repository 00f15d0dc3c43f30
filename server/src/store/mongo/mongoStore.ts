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
  OrganisationDoc,
  SessionDoc,
  TimerDoc,
  UserDoc,
} from './documents.js';
import type { Organisation } from '../../organisation/organisation.js';
import type { StoredOrganisation } from '../organisationStore.js';
import { findDue, leaseDue } from './leases.js';
import * as m from './mappers.js';
import { MongoAccounts } from './mongoAccounts.js';
import { MongoDepartmentSystems } from './mongoDepartmentSystems.js';
import { MongoItemDrafts } from './mongoItemDrafts.js';
import { MongoCalendar } from './mongoCalendar.js';
import { FACT_SOURCE, factsOf } from './mongoCaseFacts.js';
import { MongoScores } from './mongoScores.js';
import * as statistics from './mongoStatistics.js';
import { periodCounts } from './mongoPeriodCounts.js';
import type * as stats from '../statisticsStore.js';
import type { CalendarOverridesData, StoredCalendarOverrides } from '../calendarStore.js';
import { MongoSignals } from './mongoSignals.js';
import { MongoComplaints } from './mongoComplaints.js';
import { MongoEvaluations } from './mongoEvaluations.js';
import { MongoEvaluationCodes } from './mongoEvaluationCodes.js';
import { MongoHotlineKeys } from './mongoHotlineKeys.js';
import type * as cs from '../complaintStore.js';
import type * as es from '../evaluationStore.js';
import type {
  SignalChange,
  SignalEntry,
  SignalFilter,
  SignalRecord,
  SignalScan,
  StoredSignalEntry,
  StoredSignalSettings,
} from '../signalStore.js';
import { MongoFiles } from './mongoFiles.js';
import { MongoApplications } from './mongoApplications.js';
import { MongoProgressCodes } from './mongoProgressCodes.js';
import type * as app from '../applicationStore.js';
import type { ApiKeyRecord, IdempotencyClaim, IdempotencyRecord } from '../departmentSystemStore.js';
import type { FileUploadRecord } from '../fileStore.js';
import type { ItemDraftRecord, ItemDraftSummary } from '../itemDraftStore.js';
import { MongoItems } from './mongoItems.js';
import * as outbox from './mongoOutbox.js';
import { MONGO_SCHEMA_VERSION, migrateMongo } from './mongoSchemaVersion.js';
import {
  caseSchema,
  counterSchema,
  intakeDecisionSchema,
  itemSchema,
  metaSchema,
  organisationSchema,
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
const HEAD = { events: 0, tasks: 0, timers: 0, outbox: 0, steps: 0 } as const;

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
  private readonly files: MongoFiles;
  private readonly applications: MongoApplications;
  private readonly progressCodes: MongoProgressCodes;
  private readonly departmentSystems: MongoDepartmentSystems;
  private readonly itemDrafts: MongoItemDrafts;
  private readonly signals: MongoSignals;
  private readonly complaints: MongoComplaints;
  private readonly evaluations: MongoEvaluations;
  private readonly evaluationCodes: MongoEvaluationCodes;
  private readonly hotline: MongoHotlineKeys;
  private readonly calendar: MongoCalendar;
  private readonly scores: MongoScores;
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
    const organisation = connection.model<OrganisationDoc>('GovflowOrganisation', organisationSchema);
    this.items = new MongoItems(items);
    this.accounts = new MongoAccounts(users, sessions, counters, organisation);
    this.decisions = connection.model<IntakeDecisionDoc>('GovflowIntakeDecision', intakeDecisionSchema);
    this.files = new MongoFiles(connection);
    this.applications = new MongoApplications(connection, chainAlgorithm);
    this.progressCodes = new MongoProgressCodes(connection);
    this.departmentSystems = new MongoDepartmentSystems(connection);
    this.itemDrafts = new MongoItemDrafts(connection);
    this.signals = new MongoSignals(connection, this.cases, chainAlgorithm);
    this.complaints = new MongoComplaints(connection, this.cases, chainAlgorithm);
    this.evaluations = new MongoEvaluations(connection, this.cases, chainAlgorithm);
    this.evaluationCodes = new MongoEvaluationCodes(connection);
    this.hotline = new MongoHotlineKeys(connection);
    this.calendar = new MongoCalendar(connection);
    this.scores = new MongoScores(connection);
    this.models = [
      this.cases,
      items,
      users,
      sessions,
      counters,
      organisation,
      this.decisions,
      ...this.files.models,
      ...this.applications.models,
      ...this.progressCodes.models,
      ...this.departmentSystems.models,
      ...this.itemDrafts.models,
      ...this.signals.models,
      ...this.complaints.models,
      ...this.evaluations.models,
      ...this.evaluationCodes.models,
      ...this.hotline.models,
      ...this.calendar.models,
      ...this.scores.models,
    ];
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
      unitId: record.unitId,
      windowId: record.windowId,
      scopeKeys: [...new Set(record.scopeKeys)].sort(),
      headHash: chained.head,
      events: chained.docs,
      tasks: m.taskDocs(record.state),
      timers: m.timerDocs(record.state),
      outbox: m.outboxDocs(messages),
      ...factsOf({ ...record, _id: record.id }, record.state, events),
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
    const head = await this.cases.findById(caseId, { version: 1, headHash: 1, ...FACT_SOURCE }).lean<CaseHeadDoc>();
    const { facts, steps } = head ? factsOf(head, commit.state, commit.events) : { facts: null, steps: [] };
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
            facts,
          },
          $push: {
            events: { $each: chained.docs },
            outbox: { $each: m.outboxDocs(commit.outbox ?? []) },
            steps: { $each: steps },
          },
          $addToSet: { scopeKeys: { $each: [...(commit.scopeKeys ?? [])] } },
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

  async listOpenTasksInScope(scopeKey: string, limit: number): Promise<readonly TaskRow[]> {
    return listOpenTasks(this.cases, limit, m.key(scopeKey, 'scopeKey'));
  }

  async listCasesInScope(scopeKeys: readonly string[], limit: number): Promise<readonly CaseRecord[]> {
    const keys = scopeKeys.map((k) => m.key(k, 'scopeKey'));
    const docs = await this.cases
      .find({ scopeKeys: { $in: keys } }, HEAD)
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .lean<CaseHeadDoc[]>();
    return docs.map(m.toRecord);
  }

  getOrganisation(): Promise<StoredOrganisation | undefined> {
    return this.accounts.getOrganisation();
  }

  saveOrganisation(organisation: Organisation, by: string, at: string): Promise<void> {
    return this.accounts.saveOrganisation(organisation, by, at);
  }

  listUsers(): Promise<readonly UserRecord[]> {
    return this.accounts.listUsers();
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
    const doc = await this.cases.findById(id, { version: 1, state: 1, ...FACT_SOURCE }).lean<CaseHeadDoc>();
    if (!doc) return;
    const state = JSON.parse(doc.state) as CaseState;
    await this.cases.updateOne(
      { _id: id, version: doc.version },
      { $set: { tasks: m.taskDocs(state), timers: m.timerDocs(state), facts: factsOf(doc, state, []).facts } },
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
    const fromCases = await outbox.claimOutbox(this.cases, now, owner, leaseUntil, limit);
    return this.complaints.outbox.claimOutboxAfter(fromCases, now, owner, leaseUntil, limit);
  }

  async markOutboxDelivered(k: OutboxKey, deliveredAt: string): Promise<void> {
    if (this.complaints.outbox.owns(k.caseId)) return this.complaints.outbox.markDelivered(k, deliveredAt);
    await outbox.markDelivered(this.cases, k, deliveredAt);
  }

  async markOutboxFailed(k: OutboxKey, failure: OutboxFailure): Promise<void> {
    if (this.complaints.outbox.owns(k.caseId)) return this.complaints.outbox.markFailed(k, failure);
    await outbox.markFailed(this.cases, k, failure);
  }

  async listOutbox(filter: OutboxFilter, limit: number): Promise<readonly OutboxEntry[]> {
    return this.complaints.outbox.listOutbox(filter, limit, () => outbox.listOutbox(this.cases, filter, limit));
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

  saveFileUpload(record: FileUploadRecord): Promise<FileUploadRecord> {
    return this.files.saveFileUpload(record);
  }

  listFileUploads(sha256: string): Promise<readonly FileUploadRecord[]> {
    return this.files.listFileUploads(sha256);
  }

  saveFileReferences(caseId: string, sha256s: readonly string[]): Promise<void> {
    return this.files.saveFileReferences(caseId, sha256s);
  }

  listFileReferences(sha256: string, limit: number): Promise<readonly string[]> {
    return this.files.listFileReferences(sha256, limit);
  }

  saveApiKey(record: ApiKeyRecord): Promise<void> {
    return this.departmentSystems.saveApiKey(record);
  }

  findApiKey(id: string): Promise<ApiKeyRecord | undefined> {
    return this.departmentSystems.findApiKey(id);
  }

  listApiKeys(): Promise<readonly ApiKeyRecord[]> {
    return this.departmentSystems.listApiKeys();
  }

  revokeApiKey(id: string, by: string, at: string): Promise<ApiKeyRecord | undefined> {
    return this.departmentSystems.revokeApiKey(id, by, at);
  }

  reserveIdempotencyKey(
    entry: Pick<IdempotencyRecord, 'apiKeyId' | 'key' | 'requestHash' | 'createdAt'>,
    leaseUntil: number,
    now: number,
  ): Promise<IdempotencyClaim> {
    return this.departmentSystems.reserveIdempotencyKey(entry, leaseUntil, now);
  }

  completeIdempotencyKey(apiKeyId: string, key: string, status: number, response: string): Promise<void> {
    return this.departmentSystems.completeIdempotencyKey(apiKeyId, key, status, response);
  }

  releaseIdempotencyKey(apiKeyId: string, key: string): Promise<void> {
    return this.departmentSystems.releaseIdempotencyKey(apiKeyId, key);
  }

  saveItemDraft(draft: Omit<ItemDraftRecord, 'revision'>, expectedRevision: number): Promise<ItemDraftRecord> {
    return this.itemDrafts.save(draft, expectedRevision);
  }

  getItemDraft(code: string): Promise<ItemDraftRecord | undefined> {
    return this.itemDrafts.get(code);
  }

  listItemDrafts(limit: number): Promise<readonly ItemDraftSummary[]> {
    return this.itemDrafts.list(limit);
  }

  deleteItemDraft(code: string, revision?: number): Promise<boolean> {
    return this.itemDrafts.delete(code, revision);
  }

  getCalendarOverrides(): Promise<StoredCalendarOverrides | undefined> {
    return this.calendar.get();
  }

  saveCalendarOverrides(
    overrides: CalendarOverridesData,
    expectedRevision: number,
    by: string,
    at: string,
  ): Promise<StoredCalendarOverrides> {
    return this.calendar.save(overrides, expectedRevision, by, at);
  }

  /** Drops the whole database (for test runs on a scratch database only). */
  async dropDatabase(): Promise<void> {
    await this.connection.dropDatabase();
  }

  createSignal(
    signal: Omit<SignalRecord, 'entryCount' | 'headHash'>,
    first: SignalEntry,
    messages: readonly OutboxMessage[],
  ): Promise<SignalRecord | undefined> {
    return this.signals.create(signal, first, messages);
  }

  appendSignalEntry(
    signalId: string,
    expectedEntries: number,
    entry: SignalEntry,
    change: SignalChange,
    messages: readonly OutboxMessage[],
  ): Promise<SignalRecord> {
    return this.signals.append(signalId, expectedEntries, entry, change, messages);
  }

  getSignal(id: string): Promise<SignalRecord | undefined> {
    return this.signals.get(id);
  }

  listSignals(filter: SignalFilter, limit: number): Promise<readonly SignalRecord[]> {
    return this.signals.list(filter, limit);
  }

  listSignalEntries(signalId: string): Promise<readonly StoredSignalEntry[]> {
    return this.signals.entries(signalId);
  }

  getSignalSettings(): Promise<StoredSignalSettings | undefined> {
    return this.signals.bookkeeping.get();
  }

  saveSignalSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredSignalSettings> {
    return this.signals.bookkeeping.save(settings, expectedVersion, by, at);
  }

  pendingSignalScans(limit: number, caseId?: string): Promise<readonly SignalScan[]> {
    return this.signals.bookkeeping.pending(limit, caseId);
  }

  markSignalScan(caseId: string, version: number, seq: number): Promise<void> {
    return this.signals.bookkeeping.mark(caseId, version, seq);
  }

  createApplication(
    record: Omit<app.ApplicationRecord, 'version'>,
    hops: readonly app.ApplicationHopInput[],
  ): Promise<app.ApplicationRecord> {
    return this.applications.create(record, hops);
  }

  getApplication(id: string): Promise<app.ApplicationRecord | undefined> {
    return this.applications.get(id);
  }

  commitApplication(id: string, version: number, change: app.ApplicationChange): Promise<app.ApplicationRecord> {
    return this.applications.commit(id, version, change);
  }

  listApplicationHops(id: string): Promise<readonly app.StoredApplicationHop[]> {
    return this.applications.hops(id);
  }

  listApplications(filter: app.ApplicationFilter, limit: number): Promise<readonly app.ApplicationRecord[]> {
    return this.applications.list(filter, limit);
  }

  saveProgressCode(record: app.ProgressCodeRecord): Promise<void> {
    return this.progressCodes.save(record);
  }

  findProgressCode(receiptNumber: string): Promise<app.ProgressCodeRecord | undefined> {
    return this.progressCodes.find(receiptNumber);
  }

  createComplaint(
    complaint: Omit<cs.ComplaintRecord, 'entryCount' | 'headHash'>,
    first: cs.ComplaintEntry,
    messages: readonly OutboxMessage[],
  ): Promise<cs.ComplaintRecord> {
    return this.complaints.create(complaint, first, messages);
  }

  appendComplaintEntry(
    id: string,
    expectedEntries: number,
    entry: cs.ComplaintEntry,
    change: cs.ComplaintChange,
    messages: readonly OutboxMessage[],
  ): Promise<cs.ComplaintRecord> {
    return this.complaints.append(id, expectedEntries, entry, change, messages);
  }

  getComplaint(id: string): Promise<cs.ComplaintRecord | undefined> {
    return this.complaints.get(id);
  }

  listComplaints(filter: cs.ComplaintFilter, limit: number): Promise<readonly cs.ComplaintRecord[]> {
    return this.complaints.list(filter, limit);
  }

  listComplaintEntries(id: string): Promise<readonly cs.StoredComplaintEntry[]> {
    return this.complaints.entries(id);
  }

  countComplaints(filter: { from: string; to: string; departmentId?: string }) {
    return this.complaints.count(filter);
  }

  findCaseIdByReceipt(receiptNumber: string): Promise<string | undefined> {
    return this.complaints.caseIdByReceipt(receiptNumber);
  }

  saveHotlineKey(record: cs.HotlineKeyRecord): Promise<void> {
    return this.hotline.save(record);
  }

  findHotlineKey(id: string): Promise<cs.HotlineKeyRecord | undefined> {
    return this.hotline.find(id);
  }

  listHotlineKeys(): Promise<readonly cs.HotlineKeyRecord[]> {
    return this.hotline.list();
  }

  revokeHotlineKey(id: string, by: string, at: string): Promise<cs.HotlineKeyRecord | undefined> {
    return this.hotline.revoke(id, by, at);
  }

  getFeedbackSettings(): Promise<cs.StoredFeedbackSettings | undefined> {
    return this.hotline.getSettings();
  }

  saveFeedbackSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<cs.StoredFeedbackSettings> {
    return this.hotline.saveSettings(settings, expectedVersion, by, at);
  }

  createEvaluation(
    evaluation: Omit<es.EvaluationRecord, 'entryCount' | 'headHash'>,
    first: es.EvaluationEntry,
    messages: readonly OutboxMessage[],
  ): Promise<es.EvaluationRecord | undefined> {
    return this.evaluations.create(evaluation, first, messages);
  }

  appendEvaluationEntry(
    id: string,
    expectedEntries: number,
    entry: es.EvaluationEntry,
    change: es.EvaluationChange,
    messages: readonly OutboxMessage[],
  ): Promise<es.EvaluationRecord> {
    return this.evaluations.append(id, expectedEntries, entry, change, messages);
  }

  getEvaluation(id: string): Promise<es.EvaluationRecord | undefined> {
    return this.evaluations.get(id);
  }

  listEvaluations(filter: es.EvaluationFilter, limit: number): Promise<readonly es.EvaluationRecord[]> {
    return this.evaluations.list(filter, limit);
  }

  listEvaluationEntries(id: string): Promise<readonly es.StoredEvaluationEntry[]> {
    return this.evaluations.entries(id);
  }

  countEvaluations(filter: es.EvaluationCountFilter): Promise<readonly es.EvaluationCountRow[]> {
    return this.evaluations.count(filter);
  }

  saveEvaluationCode(code: es.EvaluationCode): Promise<boolean> {
    return this.evaluationCodes.save(code);
  }

  findEvaluationCode(code: string, at: string): Promise<es.EvaluationCode | undefined> {
    return this.evaluationCodes.find(code, at);
  }

  consumeEvaluationCode(code: string): Promise<void> {
    return this.evaluationCodes.consume(code);
  }

  countOpenByLight(
    nowMs: number,
    filter: stats.FactsFilter,
    groupBy: readonly stats.FactDimension[],
  ): Promise<readonly stats.OpenLightRow[]> {
    return statistics.countOpenByLight(this.cases, nowMs, filter, groupBy);
  }

  listOpenCases(
    nowMs: number,
    filter: stats.FactsFilter,
    light: stats.FactLight | undefined,
    limit: number,
    offset: number,
  ): Promise<readonly stats.OpenCaseRow[]> {
    return statistics.listOpenCases(this.cases, nowMs, filter, light, limit, offset);
  }

  periodCounts(fromMs: number, toMs: number, filter: stats.FactsFilter): Promise<readonly stats.PeriodRow[]> {
    return periodCounts(this.cases, fromMs, toMs, filter);
  }

  intakeCounts(fromMs: number, toMs: number): Promise<readonly stats.IntakeCountRow[]> {
    return statistics.intakeCounts(this.decisions, fromMs, toMs);
  }

  listStepFacts(
    itemCode: string,
    fromMs: number,
    toMs: number,
    filter: stats.FactsFilter,
  ): Promise<readonly stats.StepFactRow[]> {
    return statistics.listStepFacts(this.cases, itemCode, fromMs, toMs, filter);
  }

  getScoreSettings(): Promise<stats.StoredScoreSettings | undefined> {
    return this.scores.getSettings();
  }

  saveScoreSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<stats.StoredScoreSettings> {
    return this.scores.saveSettings(settings, expectedVersion, by, at);
  }

  saveScoreRun(run: stats.ScoreRunRecord, warnings: readonly OutboxMessage[]): Promise<void> {
    return this.scores.saveRun(run, warnings);
  }

  getScoreRun(month: string): Promise<stats.ScoreRunRecord | undefined> {
    return this.scores.getRun(month);
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
