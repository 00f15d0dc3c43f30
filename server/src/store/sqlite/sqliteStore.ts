import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ApprovalItem, ProvidedMaterial, PublishedItem } from '@govflow/catalog';
import type { CaseEvent, CaseState, TimerState } from '@govflow/engine';
import { GENESIS_HASH, hashEvent, type ChainAlgorithm } from '../hashChain.js';
import {
  CaseConflictError,
  type CaseCommit,
  type CaseRecord,
  type DueTimer,
  type Store,
  type StoredEvent,
  type TaskRow,
  type UserRecord,
} from '../port.js';
import { migrate } from './migrations.js';

/** Options of the embedded store. */
export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for tests. */
  readonly file: string;
  readonly chainAlgorithm?: ChainAlgorithm;
}

interface CaseRow {
  id: string;
  receipt_number: string;
  item_code: string;
  item_version: number;
  version: number;
  state: string;
  form_data: string;
  materials: string;
  applicant_name: string;
  created_by: string;
  created_at: string;
}

/**
 * The embedded default store: SQLite through better-sqlite3 in WAL mode with synchronous commits.
 * Each case commit is one transaction (snapshot + events + tasks + timers) guarded by a version check.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly algorithm: ChainAlgorithm;

  constructor(options: SqliteStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.algorithm = options.chainAlgorithm ?? 'sm3';
    migrate(this.db);
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

  async createCase(record: Omit<CaseRecord, 'version'>, events: readonly CaseEvent[]): Promise<CaseRecord> {
    const stored: CaseRecord = { ...record, version: 1 };
    this.db.transaction(() => {
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
      this.writeDerived(record.id, record.state, events);
    })();
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
      this.writeDerived(id, commit.state, commit.events);
      return toRecord(this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow);
    })();
  }

  async listEvents(caseId: string): Promise<readonly StoredEvent[]> {
    const rows = this.db
      .prepare('SELECT seq, type, at, by_actor, data, prev_hash, hash FROM case_events WHERE case_id = ? ORDER BY seq')
      .all(caseId) as {
      seq: number;
      type: string;
      at: string;
      by_actor: string | null;
      data: string;
      prev_hash: string;
      hash: string;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      type: r.type as CaseEvent['type'],
      at: r.at,
      caseId,
      ...(r.by_actor === null ? {} : { by: r.by_actor }),
      data: JSON.parse(r.data) as Record<string, unknown>,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
  }

  async findTask(caseId: string, taskId: string): Promise<TaskRow | undefined> {
    const row = this.db.prepare(`${TASK_SELECT} WHERE t.case_id = ? AND t.task_id = ?`).get(caseId, taskId) as
      TaskSqlRow | undefined;
    return row ? toTaskRow(row) : undefined;
  }

  async listOpenTasks(limit: number): Promise<readonly TaskRow[]> {
    const rows = this.db
      .prepare(`${TASK_SELECT} ORDER BY t.due_at IS NULL, t.due_at, t.started_at LIMIT ?`)
      .all(limit) as TaskSqlRow[];
    return rows.map(toTaskRow);
  }

  async dueTimers(until: string, limit: number): Promise<readonly DueTimer[]> {
    const rows = this.db
      .prepare(`${TIMER_SELECT} WHERE due_ms <= ? ORDER BY due_ms, case_id, timer_id LIMIT ?`)
      .all(Date.parse(until), limit) as TimerSqlRow[];
    return rows.map(toDueTimer);
  }

  async claimDueTimers(until: string, owner: string, leaseUntil: number, limit: number): Promise<readonly DueTimer[]> {
    const now = Date.now();
    const claim = this.db.transaction(() => {
      const rows = this.db
        .prepare(`${TIMER_SELECT} WHERE due_ms <= ? AND lease_until < ? ORDER BY due_ms, case_id, timer_id LIMIT ?`)
        .all(Date.parse(until), now, limit) as TimerSqlRow[];
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
    this.db.transaction(() => this.writeDerived(caseId, JSON.parse(row.state) as CaseState, []))();
  }

  async nextReceiptNumber(day: string): Promise<string> {
    const row = this.db
      .prepare(
        'INSERT INTO receipt_counters (day, last) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last',
      )
      .get(day) as { last: number };
    return `SL${day.replaceAll('-', '')}-${String(row.last).padStart(4, '0')}`;
  }

  async saveUser(user: UserRecord): Promise<void> {
    this.db
      .prepare(
        'INSERT OR REPLACE INTO users (id, username, display_name, role, groups_json, password_hash) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(user.id, user.username, user.displayName, user.role, JSON.stringify(user.groups), user.passwordHash);
  }

  async findUserByName(username: string): Promise<UserRecord | undefined> {
    return toUser(this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserSqlRow | undefined);
  }

  async findUser(id: string): Promise<UserRecord | undefined> {
    return toUser(this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserSqlRow | undefined);
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

  /** Appends the events to the hash chain and rewrites the case's open tasks and timers. */
  private writeDerived(caseId: string, state: CaseState, events: readonly CaseEvent[]): void {
    const last = this.db
      .prepare('SELECT hash FROM case_events WHERE case_id = ? ORDER BY seq DESC LIMIT 1')
      .get(caseId) as { hash: string } | undefined;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const insertEvent = this.db.prepare(
      'INSERT INTO case_events (case_id, seq, type, at, by_actor, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const event of events) {
      const hash = hashEvent(event, prevHash, this.algorithm);
      insertEvent.run(
        caseId,
        event.seq,
        event.type,
        event.at,
        event.by ?? null,
        JSON.stringify(event.data),
        prevHash,
        hash,
      );
      prevHash = hash;
    }
    this.db.prepare('DELETE FROM tasks WHERE case_id = ?').run(caseId);
    const insertTask = this.db.prepare(
      `INSERT INTO tasks (task_id, case_id, element_id, name, assignee, candidate_groups, claimed_by, started_at, due_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const t of state.tasks) {
      insertTask.run(
        t.id,
        caseId,
        t.el,
        t.name,
        t.assignee ?? null,
        JSON.stringify(t.candidateGroups ?? []),
        t.claimedBy ?? null,
        t.startedAt,
        t.dueAt ?? null,
      );
    }
    this.db.prepare('DELETE FROM timers WHERE case_id = ?').run(caseId);
    const insertTimer = this.db.prepare(
      'INSERT INTO timers (case_id, timer_id, kind, due_ms, due_at, task_id) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const timer of state.timers) {
      insertTimer.run(caseId, timer.id, timer.kind, Date.parse(timer.dueAt), timer.dueAt, timer.taskId ?? null);
    }
  }
}

const TIMER_SELECT = 'SELECT case_id, timer_id, kind, due_at, task_id FROM timers';

interface TimerSqlRow {
  case_id: string;
  timer_id: string;
  kind: TimerState['kind'];
  due_at: string;
  task_id: string | null;
}

function toDueTimer(r: TimerSqlRow): DueTimer {
  return {
    caseId: r.case_id,
    id: r.timer_id,
    kind: r.kind,
    dueAt: r.due_at,
    ...(r.task_id === null ? {} : { taskId: r.task_id }),
  };
}

const TASK_SELECT = `SELECT t.*, c.item_code, c.receipt_number, c.applicant_name FROM tasks t JOIN cases c ON c.id = t.case_id`;

interface TaskSqlRow {
  task_id: string;
  case_id: string;
  element_id: string;
  name: string;
  assignee: string | null;
  candidate_groups: string;
  claimed_by: string | null;
  started_at: string;
  due_at: string | null;
  item_code: string;
  receipt_number: string;
  applicant_name: string;
}

interface UserSqlRow {
  id: string;
  username: string;
  display_name: string;
  role: UserRecord['role'];
  groups_json: string;
  password_hash: string;
}

function toRecord(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    itemCode: row.item_code,
    itemVersion: row.item_version,
    version: row.version,
    state: JSON.parse(row.state) as CaseState,
    formData: JSON.parse(row.form_data) as Record<string, unknown>,
    materials: JSON.parse(row.materials) as ProvidedMaterial[],
    applicantName: row.applicant_name,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toTaskRow(row: TaskSqlRow): TaskRow {
  return {
    id: `${row.case_id}.${row.task_id}`,
    caseId: row.case_id,
    taskId: row.task_id,
    elementId: row.element_id,
    name: row.name,
    assignee: row.assignee,
    candidateGroups: JSON.parse(row.candidate_groups) as string[],
    claimedBy: row.claimed_by,
    startedAt: row.started_at,
    dueAt: row.due_at,
    itemCode: row.item_code,
    receiptNumber: row.receipt_number,
    applicantName: row.applicant_name,
  };
}

function toUser(row: UserSqlRow | undefined): UserRecord | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    groups: JSON.parse(row.groups_json) as string[],
    passwordHash: row.password_hash,
  };
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
