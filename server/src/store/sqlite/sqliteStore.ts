import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ApprovalItem, PublishedItem } from '@govflow/catalog';
import type { CaseEvent, CaseState } from '@govflow/engine';
import { CaseExistsError, StoreSchemaError } from '../errors.js';
import type { ChainAlgorithm } from '../hashChain.js';
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
import type { Organisation } from '../../organisation/organisation.js';
import type { StoredOrganisation } from '../organisationStore.js';
import type { ItemDraftRecord, ItemDraftSummary } from '../itemDraftStore.js';
import { MIGRATIONS, migrate, schemaVersion } from './migrations.js';
import {
  CASE_COLUMNS_BUT_STATE,
  factSourceOf,
  TASK_SELECT,
  toCommittedRecord,
  toDueTimer,
  toRecord,
  toStoredEvent,
  toTaskRow,
  toUser,
  type CaseRow,
  type EventRow,
  type TaskJoinRow,
  type UserRow,
} from './rows.js';
import * as organisation from './sqliteOrganisation.js';
import * as outbox from './sqliteOutbox.js';
import * as departmentSystems from './sqliteDepartmentSystems.js';
import * as files from './sqliteFiles.js';
import * as itemDrafts from './sqliteItemDrafts.js';
import type { ApiKeyRecord, IdempotencyClaim, IdempotencyRecord } from '../departmentSystemStore.js';
import type { FileUploadRecord } from '../fileStore.js';
import { writeDerived } from './writeDerived.js';
import * as signals from './sqliteSignals.js';
import * as applications from './sqliteApplications.js';
import * as progressCodes from './sqliteProgressCodes.js';
import type * as app from '../applicationStore.js';
import * as calendar from './sqliteCalendar.js';
import type { CalendarOverridesData, StoredCalendarOverrides } from '../calendarStore.js';
import type {
  SignalChange,
  SignalEntry,
  SignalFilter,
  SignalRecord,
  SignalScan,
  StoredSignalEntry,
  StoredSignalSettings,
} from '../signalStore.js';
import { factSourceOfRecord } from '../caseFactsRow.js';
import { cacheStatements } from './statementCache.js';
import { GroupCommit, type GroupCommitStats } from './groupCommit.js';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
import { startPageWarmer, type PageWarmer } from './pageWarmer.js';
import { WalSync, withoutCommitSync } from './walSync.js';
import { selectDueTimers } from './timerHeads.js';
import { dropTimerLeases, leaseTimers } from './timerLeases.js';
import * as complaints from './sqliteComplaints.js';
import * as evaluations from './sqliteEvaluations.js';
import * as evaluationCodes from './sqliteEvaluationCodes.js';
import * as statistics from './sqliteStatistics.js';
import { periodCounts } from './sqlitePeriodCounts.js';
import * as scores from './sqliteScores.js';
import type {
  FactDimension,
  FactLight,
  FactsFilter,
  IntakeCountRow,
  OpenCaseRow,
  OpenLightRow,
  PeriodRow,
  ScoreRunRecord,
  StepFactRow,
  StoredScoreSettings,
} from '../statisticsStore.js';
import * as hotline from './sqliteHotlineKeys.js';
import type * as cs from '../complaintStore.js';
import type * as es from '../evaluationStore.js';

/** Options of the embedded store. */
export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for tests. */
  readonly file: string;
  readonly chainAlgorithm?: ChainAlgorithm;
}

/**
 * The embedded default store: SQLite through better-sqlite3 in WAL mode with durable commits (a command is
 * answered only once its commit is on disk; see `GroupCommit`).
 * Each case commit is one transaction (snapshot + events + tasks + timers + outbox) guarded by a version check.
 */
export class SqliteStore implements Store {
  readonly chainAlgorithm: ChainAlgorithm;
  private readonly db: Database.Database;
  /** Commits the hot writes of one event-loop turn together: one fsync per group (see `GroupCommit`). */
  private readonly group: GroupCommit;
  /** Syncs the WAL for the group commit off the event loop (none in memory). */
  private readonly wal: WalSync | undefined;
  /** Copies the WAL into the database off the event loop (none in memory). */
  private readonly checkpointer: Checkpointer | undefined;
  private readonly warmer: PageWarmer | undefined;

  constructor(options: SqliteStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.wal = options.file === ':memory:' ? undefined : new WalSync(`${options.file}-wal`);
    this.group = new GroupCommit(this.db, this.wal, { hold: () => this.checkpointer?.hold() });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    // Statement journals in memory: a group commit's savepoints journal every page each command changes, and
    // past 64 KiB SQLite spills that journal to a temporary file — once per group, 200 MB written per 10,000
    // fired timers at a million cases, for a file deleted unread. Sorts and temporary indexes stay in memory too.
    this.db.pragma('temp_store = MEMORY');
    this.chainAlgorithm = options.chainAlgorithm ?? 'sm3';
    migrate(this.db);
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    const found = schemaVersion(this.db);
    if (found > known) {
      this.db.close();
      throw new StoreSchemaError(found, known);
    }
    cacheStatements(this.db);
    if (options.file !== ':memory:') {
      // Checkpoints run in a worker thread, which drains the WAL while the group commit holds (from 4,000
      // frames); the writer's own checkpoint (at 10,000) is only a safety net should the worker fall behind.
      this.db.pragma('wal_autocheckpoint = 10000');
      this.db.pragma('journal_size_limit = 67108864');
      this.checkpointer = startCheckpointer(options.file);
      this.warmer = startPageWarmer(options.file);
    }
  }

  /** What the group commit has done since the store opened: groups, and those held for a WAL drain (benchmarks). */
  commitStats(): GroupCommitStats {
    return this.group.stats();
  }

  async savePublishedItem(published: PublishedItem): Promise<void> {
    await this.savePublishedItems([published]);
  }

  async savePublishedItems(published: readonly PublishedItem[]): Promise<void> {
    const insert = this.db.prepare(
      'INSERT INTO items (code, version, name, data, published_at, hash, published_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const { item, publishedAt, hash, publishedBy } of published) {
        insert.run(item.code, item.version, item.name, JSON.stringify(item), publishedAt, hash, publishedBy);
      }
    })();
  }

  async listItems(): Promise<readonly ApprovalItem[]> {
    const rows = this.db
      .prepare(
        'SELECT data FROM items i WHERE version = (SELECT MAX(version) FROM items WHERE code = i.code) ORDER BY code',
      )
      .all() as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as ApprovalItem);
  }

  async getItem(code: string, version?: number): Promise<ApprovalItem | undefined> {
    const row = (
      version === undefined
        ? this.db.prepare('SELECT data FROM items WHERE code = ? ORDER BY version DESC LIMIT 1').get(code)
        : this.db.prepare('SELECT data FROM items WHERE code = ? AND version = ?').get(code, version)
    ) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as ApprovalItem) : undefined;
  }

  async listItemVersions(code: string): Promise<readonly PublishedItem[]> {
    const rows = this.db
      .prepare('SELECT data, hash, published_by, published_at FROM items WHERE code = ? ORDER BY version')
      .all(code) as { data: string; hash: string; published_by: string; published_at: string }[];
    return rows.map((r) => ({
      item: JSON.parse(r.data) as ApprovalItem,
      hash: r.hash,
      publishedBy: r.published_by,
      publishedAt: r.published_at,
    }));
  }

  async createCase(
    record: Omit<CaseRecord, 'version'>,
    events: readonly CaseEvent[],
    messages: readonly OutboxMessage[] = [],
  ): Promise<CaseRecord> {
    const stored: CaseRecord = { ...record, scopeKeys: [...new Set(record.scopeKeys)].sort(), version: 1 };
    const insert = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO cases (id, receipt_number, item_code, item_version, version, status, state, form_data, materials,
             applicant_name, created_by, created_at, updated_at, unit_id, window_id)
             VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          record.id,
          record.receiptNumber,
          record.itemCode,
          record.itemVersion,
          record.state.status,
          JSON.stringify(record.state),
          JSON.stringify(record.formData),
          JSON.stringify(record.materials),
          record.applicantName,
          record.createdBy,
          record.createdAt,
          record.state.updatedAt,
          record.unitId,
          record.windowId,
        );
      // A new row holds no keys yet (`scope_keys` defaults to '[]').
      organisation.addScopeKeys(this.db, record.id, record.scopeKeys, []);
      writeDerived(this.db, this.chainAlgorithm, factSourceOfRecord(record), record.state, events);
      outbox.insertOutbox(this.db, record.id, messages);
    });
    try {
      await this.group.run(insert);
    } catch (error) {
      throw isCaseIdTaken(error) ? new CaseExistsError(record.id) : error;
    }
    return stored;
  }

  async getCase(id: string): Promise<CaseRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  async listCases(limit: number): Promise<readonly CaseRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM cases ORDER BY created_at DESC, id DESC LIMIT ?')
      .all(limit) as CaseRow[];
    return rows.map(toRecord);
  }

  async commitCase(id: string, expectedVersion: number, commit: CaseCommit): Promise<CaseRecord> {
    return this.group.run(() => {
      // The row comes back from the update itself (all but the state, which the commit has in hand).
      const row = this.db
        .prepare(
          `UPDATE cases SET version = version + 1, status = ?, state = ?, updated_at = ? WHERE id = ? AND version = ?
           RETURNING ${CASE_COLUMNS_BUT_STATE}`,
        )
        .get(commit.state.status, JSON.stringify(commit.state), commit.state.updatedAt, id, expectedVersion) as
        Omit<CaseRow, 'state'> | undefined;
      if (!row) throw new CaseConflictError(id);
      const known = JSON.parse(row.scope_keys) as string[];
      const scopeKeys = organisation.addScopeKeys(this.db, id, commit.scopeKeys ?? [], known);
      writeDerived(this.db, this.chainAlgorithm, factSourceOf(row), commit.state, commit.events, commit.previous);
      outbox.insertOutbox(this.db, id, commit.outbox ?? []);
      return toCommittedRecord({ ...row, scope_keys: JSON.stringify(scopeKeys) }, commit.state);
    });
  }

  async listEvents(caseId: string): Promise<readonly StoredEvent[]> {
    const rows = this.db
      .prepare('SELECT seq, type, at, by_actor, data, prev_hash, hash FROM case_events WHERE case_id = ? ORDER BY seq')
      .all(caseId) as EventRow[];
    return rows.map((r) => toStoredEvent(caseId, r));
  }

  async findTask(caseId: string, taskId: string): Promise<TaskRow | undefined> {
    const row = this.db.prepare(`${TASK_SELECT} WHERE t.case_id = ? AND t.task_id = ?`).get(caseId, taskId) as
      TaskJoinRow | undefined;
    return row ? toTaskRow(row) : undefined;
  }

  async listOpenTasks(limit: number): Promise<readonly TaskRow[]> {
    const rows = this.db
      .prepare(`${TASK_SELECT} ORDER BY t.due_at IS NULL, t.due_at, t.started_at, t.case_id, t.task_id LIMIT ?`)
      .all(limit) as TaskJoinRow[];
    return rows.map(toTaskRow);
  }

  async dueTimers(until: string, limit: number): Promise<readonly DueTimer[]> {
    return selectDueTimers(this.db, Date.parse(until), null, limit).map(toDueTimer);
  }

  async claimDueTimers(until: string, owner: string, leaseUntil: number, limit: number): Promise<readonly DueTimer[]> {
    const now = Date.now();
    const claim = this.db.transaction(() => {
      const rows = selectDueTimers(this.db, Date.parse(until), now, limit);
      leaseTimers(this.db, rows, owner, leaseUntil);
      return rows;
    });
    // A lease needs no fsync of its own: other processes see it once committed, a lease lost with the machine
    // only lets a timer be claimed again (its firing is idempotent), and the firing's synced commit covers it.
    const rows = this.wal ? withoutCommitSync(this.db, () => claim.immediate()) : claim.immediate();
    // While this batch fires, another thread reads the pages of the cases due next (a full batch means more).
    const last = rows.at(-1);
    if (last && rows.length === limit) this.warmer?.warmDueAfter(Date.parse(until), [last.due_ms, last.case_id], limit);
    return rows.map(toDueTimer);
  }

  async refreshDerived(caseId: string): Promise<void> {
    const row = this.db.prepare('SELECT * FROM cases WHERE id = ?').get(caseId) as CaseRow | undefined;
    if (!row) {
      this.db.prepare('DELETE FROM timers WHERE case_id = ?').run(caseId);
      dropTimerLeases(this.db, caseId);
      return;
    }
    this.db.transaction(() =>
      writeDerived(this.db, this.chainAlgorithm, factSourceOf(row), JSON.parse(row.state) as CaseState, []),
    )();
  }

  async saveIntakeDecision(record: IntakeDecisionRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO intake_decisions (id, kind, number, decided_at, data) VALUES (?, ?, ?, ?, ?)')
      .run(record.id, record.kind, record.number, record.decidedAt, JSON.stringify(record.data));
  }

  async getIntakeDecision(id: string): Promise<IntakeDecisionRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM intake_decisions WHERE id = ?').get(id) as DecisionRow | undefined;
    return row ? toDecision(row) : undefined;
  }

  async listIntakeDecisions(limit: number): Promise<readonly IntakeDecisionRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM intake_decisions ORDER BY decided_at DESC, number DESC LIMIT ?')
      .all(limit) as DecisionRow[];
    return rows.map(toDecision);
  }

  async nextDocumentNumber(prefix: string, day: string): Promise<string> {
    const row = this.db
      .prepare(
        'INSERT INTO document_counters (prefix, day, last) VALUES (?, ?, 1) ON CONFLICT(prefix, day) DO UPDATE SET last = last + 1 RETURNING last',
      )
      .get(prefix, day) as { last: number };
    return `${prefix}${day.replaceAll('-', '')}-${String(row.last).padStart(4, '0')}`;
  }

  async nextReceiptNumber(day: string): Promise<string> {
    const row = await this.group.run(
      () =>
        this.db
          .prepare(
            'INSERT INTO receipt_counters (day, last) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last',
          )
          .get(day) as { last: number },
    );
    return `SL${day.replaceAll('-', '')}-${String(row.last).padStart(4, '0')}`;
  }

  async claimOutbox(now: number, owner: string, leaseUntil: number, limit: number): Promise<readonly OutboxEntry[]> {
    return outbox.claimOutbox(this.db, now, owner, leaseUntil, limit);
  }

  async markOutboxDelivered(key: OutboxKey, deliveredAt: string): Promise<void> {
    await this.group.run(() => outbox.markDelivered(this.db, key, deliveredAt));
  }

  async markOutboxFailed(key: OutboxKey, failure: OutboxFailure): Promise<void> {
    outbox.markFailed(this.db, key, failure);
  }

  async listOutbox(filter: OutboxFilter, limit: number): Promise<readonly OutboxEntry[]> {
    return outbox.listOutbox(this.db, filter, limit);
  }

  async saveUser(user: UserRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO users (id, username, display_name, role, groups_json, password_hash, unit_id,
           department_id, window_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        user.id,
        user.username,
        user.displayName,
        user.role,
        JSON.stringify(user.groups),
        user.passwordHash,
        user.unitId,
        user.departmentId,
        user.windowId,
      );
  }

  async getOrganisation(): Promise<StoredOrganisation | undefined> {
    return organisation.getOrganisation(this.db);
  }

  async saveOrganisation(org: Organisation, by: string, at: string): Promise<void> {
    organisation.saveOrganisation(this.db, org, by, at);
  }

  async listUsers(): Promise<readonly UserRecord[]> {
    return organisation.listUsers(this.db);
  }

  async listCasesInScope(scopeKeys: readonly string[], limit: number): Promise<readonly CaseRecord[]> {
    return organisation.listCasesInScope(this.db, scopeKeys, limit);
  }

  async listOpenTasksInScope(scopeKey: string, limit: number): Promise<readonly TaskRow[]> {
    return organisation.listOpenTasksInScope(this.db, scopeKey, limit);
  }

  async findUserByName(username: string): Promise<UserRecord | undefined> {
    return toUser(this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined);
  }

  async findUser(id: string): Promise<UserRecord | undefined> {
    return toUser(this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined);
  }

  async countUsers(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  async saveSession(token: string, userId: string, expiresAt: string): Promise<void> {
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)')
      .run(digest(token), userId, expiresAt);
  }

  async findSession(token: string, now: string): Promise<string | undefined> {
    const row = this.db
      .prepare('SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?')
      .get(digest(token), now) as { user_id: string } | undefined;
    return row?.user_id;
  }

  async deleteSession(token: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(digest(token));
  }

  async saveFileUpload(record: FileUploadRecord): Promise<FileUploadRecord> {
    return files.saveFileUpload(this.db, record);
  }

  async listFileUploads(sha256: string): Promise<readonly FileUploadRecord[]> {
    return files.listFileUploads(this.db, sha256);
  }

  async saveFileReferences(caseId: string, sha256s: readonly string[]): Promise<void> {
    files.saveFileReferences(this.db, caseId, sha256s);
  }

  async listFileReferences(sha256: string, limit: number): Promise<readonly string[]> {
    return files.listFileReferences(this.db, sha256, limit);
  }

  async saveApiKey(record: ApiKeyRecord): Promise<void> {
    departmentSystems.saveApiKey(this.db, record);
  }

  async findApiKey(id: string): Promise<ApiKeyRecord | undefined> {
    return departmentSystems.findApiKey(this.db, id);
  }

  async listApiKeys(): Promise<readonly ApiKeyRecord[]> {
    return departmentSystems.listApiKeys(this.db);
  }

  async revokeApiKey(id: string, by: string, at: string): Promise<ApiKeyRecord | undefined> {
    return departmentSystems.revokeApiKey(this.db, id, by, at);
  }

  async reserveIdempotencyKey(
    entry: Pick<IdempotencyRecord, 'apiKeyId' | 'key' | 'requestHash' | 'createdAt'>,
    leaseUntil: number,
    now: number,
  ): Promise<IdempotencyClaim> {
    return departmentSystems.reserveIdempotencyKey(this.db, entry, leaseUntil, now);
  }

  async completeIdempotencyKey(apiKeyId: string, key: string, status: number, response: string): Promise<void> {
    departmentSystems.completeIdempotencyKey(this.db, apiKeyId, key, status, response);
  }

  async releaseIdempotencyKey(apiKeyId: string, key: string): Promise<void> {
    departmentSystems.releaseIdempotencyKey(this.db, apiKeyId, key);
  }

  async saveItemDraft(draft: Omit<ItemDraftRecord, 'revision'>, expectedRevision: number): Promise<ItemDraftRecord> {
    return itemDrafts.saveItemDraft(this.db, draft, expectedRevision);
  }

  async getItemDraft(code: string): Promise<ItemDraftRecord | undefined> {
    return itemDrafts.getItemDraft(this.db, code);
  }

  async listItemDrafts(limit: number): Promise<readonly ItemDraftSummary[]> {
    return itemDrafts.listItemDrafts(this.db, limit);
  }

  async deleteItemDraft(code: string, revision?: number): Promise<boolean> {
    return itemDrafts.deleteItemDraft(this.db, code, revision);
  }

  async createSignal(
    signal: Omit<SignalRecord, 'entryCount' | 'headHash'>,
    first: SignalEntry,
    messages: readonly OutboxMessage[],
  ): Promise<SignalRecord | undefined> {
    return signals.createSignal(this.db, this.chainAlgorithm, signal, first, messages);
  }

  async appendSignalEntry(
    signalId: string,
    expectedEntries: number,
    entry: SignalEntry,
    change: SignalChange,
    messages: readonly OutboxMessage[],
  ): Promise<SignalRecord> {
    return signals.appendSignalEntry(this.db, this.chainAlgorithm, signalId, expectedEntries, entry, change, messages);
  }

  async getSignal(id: string): Promise<SignalRecord | undefined> {
    return signals.getSignal(this.db, id);
  }

  async listSignals(filter: SignalFilter, limit: number): Promise<readonly SignalRecord[]> {
    return signals.listSignals(this.db, filter, limit);
  }

  async listSignalEntries(signalId: string): Promise<readonly StoredSignalEntry[]> {
    return signals.listSignalEntries(this.db, signalId);
  }

  async getSignalSettings(): Promise<StoredSignalSettings | undefined> {
    return signals.getSignalSettings(this.db);
  }

  async saveSignalSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredSignalSettings> {
    return signals.saveSignalSettings(this.db, settings, expectedVersion, by, at);
  }

  async pendingSignalScans(limit: number, caseId?: string): Promise<readonly SignalScan[]> {
    return signals.pendingSignalScans(this.db, limit, caseId);
  }

  async markSignalScan(caseId: string, version: number, seq: number): Promise<void> {
    await this.group.run(() => signals.markSignalScan(this.db, caseId, version, seq));
  }

  async getCalendarOverrides(): Promise<StoredCalendarOverrides | undefined> {
    return calendar.getCalendarOverrides(this.db);
  }

  async saveCalendarOverrides(
    overrides: CalendarOverridesData,
    expectedRevision: number,
    by: string,
    at: string,
  ): Promise<StoredCalendarOverrides> {
    return calendar.saveCalendarOverrides(this.db, overrides, expectedRevision, by, at);
  }

  async createApplication(
    record: Omit<app.ApplicationRecord, 'version'>,
    hops: readonly app.ApplicationHopInput[],
  ): Promise<app.ApplicationRecord> {
    return this.group.run(() => applications.createApplication(this.db, this.chainAlgorithm, record, hops));
  }

  async getApplication(id: string): Promise<app.ApplicationRecord | undefined> {
    return applications.getApplication(this.db, id);
  }

  async commitApplication(id: string, version: number, change: app.ApplicationChange): Promise<app.ApplicationRecord> {
    return this.group.run(() => applications.commitApplication(this.db, this.chainAlgorithm, id, version, change));
  }

  async listApplicationHops(id: string): Promise<readonly app.StoredApplicationHop[]> {
    return applications.listApplicationHops(this.db, id);
  }

  async listApplications(filter: app.ApplicationFilter, limit: number): Promise<readonly app.ApplicationRecord[]> {
    return applications.listApplications(this.db, filter, limit);
  }

  async saveProgressCode(record: app.ProgressCodeRecord): Promise<void> {
    await this.group.run(() => progressCodes.saveProgressCode(this.db, record));
  }

  async findProgressCode(receiptNumber: string): Promise<app.ProgressCodeRecord | undefined> {
    return progressCodes.findProgressCode(this.db, receiptNumber);
  }

  async createComplaint(
    complaint: Omit<cs.ComplaintRecord, 'entryCount' | 'headHash'>,
    first: cs.ComplaintEntry,
    messages: readonly OutboxMessage[],
  ): Promise<cs.ComplaintRecord> {
    return complaints.createComplaint(this.db, this.chainAlgorithm, complaint, first, messages);
  }

  async appendComplaintEntry(
    id: string,
    expectedEntries: number,
    entry: cs.ComplaintEntry,
    change: cs.ComplaintChange,
    messages: readonly OutboxMessage[],
  ): Promise<cs.ComplaintRecord> {
    return complaints.appendComplaintEntry(this.db, this.chainAlgorithm, id, expectedEntries, entry, change, messages);
  }

  async getComplaint(id: string): Promise<cs.ComplaintRecord | undefined> {
    return complaints.getComplaint(this.db, id);
  }

  async listComplaints(filter: cs.ComplaintFilter, limit: number): Promise<readonly cs.ComplaintRecord[]> {
    return complaints.listComplaints(this.db, filter, limit);
  }

  async listComplaintEntries(id: string): Promise<readonly cs.StoredComplaintEntry[]> {
    return complaints.listComplaintEntries(this.db, id);
  }

  async countComplaints(filter: { from: string; to: string; departmentId?: string }) {
    return complaints.countComplaints(this.db, filter);
  }

  async findCaseIdByReceipt(receiptNumber: string): Promise<string | undefined> {
    return complaints.findCaseIdByReceipt(this.db, receiptNumber);
  }

  async saveHotlineKey(record: cs.HotlineKeyRecord): Promise<void> {
    hotline.saveHotlineKey(this.db, record);
  }

  async findHotlineKey(id: string): Promise<cs.HotlineKeyRecord | undefined> {
    return hotline.findHotlineKey(this.db, id);
  }

  async listHotlineKeys(): Promise<readonly cs.HotlineKeyRecord[]> {
    return hotline.listHotlineKeys(this.db);
  }

  async revokeHotlineKey(id: string, by: string, at: string): Promise<cs.HotlineKeyRecord | undefined> {
    return hotline.revokeHotlineKey(this.db, id, by, at);
  }

  async getFeedbackSettings(): Promise<cs.StoredFeedbackSettings | undefined> {
    return hotline.getFeedbackSettings(this.db);
  }

  async saveFeedbackSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<cs.StoredFeedbackSettings> {
    return hotline.saveFeedbackSettings(this.db, settings, expectedVersion, by, at);
  }

  async createEvaluation(
    evaluation: Omit<es.EvaluationRecord, 'entryCount' | 'headHash'>,
    first: es.EvaluationEntry,
    messages: readonly OutboxMessage[],
  ): Promise<es.EvaluationRecord | undefined> {
    return evaluations.createEvaluation(this.db, this.chainAlgorithm, evaluation, first, messages);
  }

  async appendEvaluationEntry(
    id: string,
    expectedEntries: number,
    entry: es.EvaluationEntry,
    change: es.EvaluationChange,
    messages: readonly OutboxMessage[],
  ): Promise<es.EvaluationRecord> {
    return evaluations.appendEvaluationEntry(
      this.db,
      this.chainAlgorithm,
      id,
      expectedEntries,
      entry,
      change,
      messages,
    );
  }

  async getEvaluation(id: string): Promise<es.EvaluationRecord | undefined> {
    return evaluations.getEvaluation(this.db, id);
  }

  async listEvaluations(filter: es.EvaluationFilter, limit: number): Promise<readonly es.EvaluationRecord[]> {
    return evaluations.listEvaluations(this.db, filter, limit);
  }

  async listEvaluationEntries(id: string): Promise<readonly es.StoredEvaluationEntry[]> {
    return evaluations.listEvaluationEntries(this.db, id);
  }

  async countEvaluations(filter: es.EvaluationCountFilter): Promise<readonly es.EvaluationCountRow[]> {
    return evaluations.countEvaluations(this.db, filter);
  }

  async saveEvaluationCode(code: es.EvaluationCode): Promise<boolean> {
    return evaluationCodes.saveEvaluationCode(this.db, code);
  }

  async findEvaluationCode(code: string, at: string): Promise<es.EvaluationCode | undefined> {
    return evaluationCodes.findEvaluationCode(this.db, code, at);
  }

  async consumeEvaluationCode(code: string): Promise<void> {
    evaluationCodes.consumeEvaluationCode(this.db, code);
  }

  async countOpenByLight(
    nowMs: number,
    filter: FactsFilter,
    groupBy: readonly FactDimension[],
  ): Promise<readonly OpenLightRow[]> {
    return statistics.countOpenByLight(this.db, nowMs, filter, groupBy);
  }

  async listOpenCases(
    nowMs: number,
    filter: FactsFilter,
    light: FactLight | undefined,
    limit: number,
    offset: number,
  ): Promise<readonly OpenCaseRow[]> {
    return statistics.listOpenCases(this.db, nowMs, filter, light, limit, offset);
  }

  async periodCounts(fromMs: number, toMs: number, filter: FactsFilter): Promise<readonly PeriodRow[]> {
    return periodCounts(this.db, fromMs, toMs, filter);
  }

  async intakeCounts(fromMs: number, toMs: number): Promise<readonly IntakeCountRow[]> {
    return statistics.intakeCounts(this.db, fromMs, toMs);
  }

  async listStepFacts(
    itemCode: string,
    fromMs: number,
    toMs: number,
    filter: FactsFilter,
  ): Promise<readonly StepFactRow[]> {
    return statistics.listStepFacts(this.db, itemCode, fromMs, toMs, filter);
  }

  async getScoreSettings(): Promise<StoredScoreSettings | undefined> {
    return scores.getScoreSettings(this.db);
  }

  async saveScoreSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredScoreSettings> {
    return scores.saveScoreSettings(this.db, settings, expectedVersion, by, at);
  }

  async saveScoreRun(run: ScoreRunRecord, warnings: readonly OutboxMessage[]): Promise<void> {
    scores.saveScoreRun(this.db, run, warnings);
  }

  async getScoreRun(month: string): Promise<ScoreRunRecord | undefined> {
    return scores.getScoreRun(this.db, month);
  }

  async close(): Promise<void> {
    this.group.flush();
    await this.wal?.close();
    await this.checkpointer?.close();
    await this.warmer?.close();
    this.db.close();
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function isCaseIdTaken(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' && String(message).includes('cases.id');
}

interface DecisionRow {
  id: string;
  kind: string;
  number: string;
  decided_at: string;
  data: string;
}

function toDecision(row: DecisionRow): IntakeDecisionRecord {
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    decidedAt: row.decided_at,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}
