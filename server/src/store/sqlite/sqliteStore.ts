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
import { MIGRATIONS, migrate, schemaVersion } from './migrations.js';
import {
  TASK_SELECT,
  TIMER_SELECT,
  toDueTimer,
  toRecord,
  toStoredEvent,
  toTaskRow,
  toUser,
  type CaseRow,
  type EventRow,
  type TaskJoinRow,
  type TimerRow,
  type UserRow,
} from './rows.js';
import * as outbox from './sqliteOutbox.js';
import { writeDerived } from './writeDerived.js';

/** Options of the embedded store. */
export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for tests. */
  readonly file: string;
  readonly chainAlgorithm?: ChainAlgorithm;
}

/**
 * The embedded default store: SQLite through better-sqlite3 in WAL mode with synchronous commits.
 * Each case commit is one transaction (snapshot + events + tasks + timers + outbox) guarded by a version check.
 */
export class SqliteStore implements Store {
  readonly chainAlgorithm: ChainAlgorithm;
  private readonly db: Database.Database;

  constructor(options: SqliteStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.chainAlgorithm = options.chainAlgorithm ?? 'sm3';
    migrate(this.db);
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    const found = schemaVersion(this.db);
    if (found > known) {
      this.db.close();
      throw new StoreSchemaError(found, known);
    }
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
    const stored: CaseRecord = { ...record, version: 1 };
    const insert = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO cases (id, receipt_number, item_code, item_version, version, status, state, form_data, materials,
             applicant_name, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        );
      writeDerived(this.db, this.chainAlgorithm, record.id, record.state, events);
      outbox.insertOutbox(this.db, record.id, messages);
    });
    try {
      insert();
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
    return this.db.transaction(() => {
      const result = this.db
        .prepare(
          'UPDATE cases SET version = version + 1, status = ?, state = ?, updated_at = ? WHERE id = ? AND version = ?',
        )
        .run(commit.state.status, JSON.stringify(commit.state), commit.state.updatedAt, id, expectedVersion);
      if (result.changes !== 1) throw new CaseConflictError(id);
      writeDerived(this.db, this.chainAlgorithm, id, commit.state, commit.events);
      outbox.insertOutbox(this.db, id, commit.outbox ?? []);
      return toRecord(this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow);
    })();
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
      .prepare(`${TASK_SELECT} ORDER BY t.due_at IS NULL, t.due_at, t.started_at LIMIT ?`)
      .all(limit) as TaskJoinRow[];
    return rows.map(toTaskRow);
  }

  async dueTimers(until: string, limit: number): Promise<readonly DueTimer[]> {
    const rows = this.db
      .prepare(`${TIMER_SELECT} WHERE due_ms <= ? ORDER BY due_ms, case_id, timer_id LIMIT ?`)
      .all(Date.parse(until), limit) as TimerRow[];
    return rows.map(toDueTimer);
  }

  async claimDueTimers(until: string, owner: string, leaseUntil: number, limit: number): Promise<readonly DueTimer[]> {
    const now = Date.now();
    const claim = this.db.transaction(() => {
      const rows = this.db
        .prepare(`${TIMER_SELECT} WHERE due_ms <= ? AND lease_until < ? ORDER BY due_ms, case_id, timer_id LIMIT ?`)
        .all(Date.parse(until), now, limit) as TimerRow[];
      const lease = this.db.prepare(
        'UPDATE timers SET lease_owner = ?, lease_until = ? WHERE case_id = ? AND timer_id = ?',
      );
      for (const row of rows) lease.run(owner, leaseUntil, row.case_id, row.timer_id);
      return rows.map(toDueTimer);
    });
    return claim.immediate();
  }

  async refreshDerived(caseId: string): Promise<void> {
    const row = this.db.prepare('SELECT state FROM cases WHERE id = ?').get(caseId) as { state: string } | undefined;
    if (!row) {
      this.db.prepare('DELETE FROM timers WHERE case_id = ?').run(caseId);
      return;
    }
    this.db.transaction(() =>
      writeDerived(this.db, this.chainAlgorithm, caseId, JSON.parse(row.state) as CaseState, []),
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
    const row = this.db
      .prepare(
        'INSERT INTO receipt_counters (day, last) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last',
      )
      .get(day) as { last: number };
    return `SL${day.replaceAll('-', '')}-${String(row.last).padStart(4, '0')}`;
  }

  async claimOutbox(now: number, owner: string, leaseUntil: number, limit: number): Promise<readonly OutboxEntry[]> {
    return outbox.claimOutbox(this.db, now, owner, leaseUntil, limit);
  }

  async markOutboxDelivered(key: OutboxKey, deliveredAt: string): Promise<void> {
    outbox.markDelivered(this.db, key, deliveredAt);
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
        'INSERT OR REPLACE INTO users (id, username, display_name, role, groups_json, password_hash) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(user.id, user.username, user.displayName, user.role, JSON.stringify(user.groups), user.passwordHash);
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

  async close(): Promise<void> {
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
