import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import {
  GENESIS_HASH,
  hashEvent,
  MIGRATIONS,
  migrate,
  schemaVersion,
  SqliteStore,
  StoreSchemaError,
  type StoredEvent,
} from '@govflow/server';
import { caseFactory, outboxMessage, type NewCase } from './fixtures.js';

describe('store / SQLite schema migrations', () => {
  let dir: string;
  let file: string;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-migrations-'));
    file = join(dir, 'govflow.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given a database at version 1 with data in every table, when opened, then it migrates forward and loses nothing', async () => {
    const factory = await caseFactory();
    const created = factory.start('C1', { receiptNumber: 'SL20260302-0001' });
    const events = writeVersion1(file, created, factory.published.item);

    const store = new SqliteStore({ file });
    try {
      expect(schemaVersion(openRaw(file))).to.equal(latest);
      expect(await store.getItem(factory.published.item.code)).to.deep.equal(factory.published.item);
      expect((await store.listItemVersions(factory.published.item.code))[0]).to.include({ hash: '', publishedBy: '' });
      // Stored before scopes: the receiving clerk keeps reading it; the organisation's keys come with the next commit.
      expect(await store.getCase('C1')).to.deep.equal({
        ...created.record,
        unitId: '',
        windowId: null,
        scopeKeys: ['user:clerk'],
        version: 1,
      });
      expect(await store.listEvents('C1')).to.deep.equal(events);
      expect((await store.listOpenTasks(10)).map((t) => t.caseId)).to.deep.equal(['C1']);
      const timers = await store.claimDueTimers('2030-01-01T00:00:00+08:00', 'scheduler', Date.now() + 60_000, 100);
      expect(timers.map((t) => t.id).sort()).to.deep.equal(created.record.state.timers.map((t) => t.id).sort());
      expect(await store.nextReceiptNumber('2026-03-02')).to.equal('SL20260302-0002');
      expect(await store.findUserByName('clerk')).to.include({ id: 'u1', displayName: '街道窗口' });
      expect(await store.findSession('token-1', '2026-03-02T09:00:00.000Z')).to.equal('u1');

      // And the migrated database takes a commit with outbox messages, chained on to the old events.
      const next = factory.completeFirst(created.record.state, '2026-03-02T10:00:00+08:00');
      await store.commitCase('C1', 1, { ...next, outbox: [outboxMessage('m1')] });
      const chained = await store.listEvents('C1');
      expect(chained[events.length]?.prevHash).to.equal(events.at(-1)?.hash);
      expect((await store.listOutbox({ caseId: 'C1' }, 10)).map((e) => e.id)).to.deep.equal(['m1']);
      // The rebuilt task table and the cases' due heads follow the commit.
      expect((await store.listOpenTasks(10)).map((t) => t.name)).to.deep.equal(next.state.tasks.map((t) => t.name));
      const dueNow = await store.dueTimers('2030-01-01T00:00:00+08:00', 100);
      expect(dueNow.map((t) => t.id).sort()).to.deep.equal(next.state.timers.map((t) => t.id).sort());
    } finally {
      await store.close();
    }
  });

  it('given timers leased on their rows (schema 17), when migration 18 runs, then the live lease holds in timer_leases and the rows lose their lease columns', async () => {
    // Given a case whose earliest timer another scheduler leased at schema 17 (the rows carried the lease then)
    const factory = await caseFactory();
    const created = factory.start('C1', { now: '2026-03-02T09:00:00+08:00' });
    const first = new SqliteStore({ file });
    const record = await first.createCase(created.record, created.events);
    await first.close();
    const timers = [...record.state.timers].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
    const leased = timers[0];
    if (!leased || timers.length < 2) throw new Error('fewer than two timers');
    const until = Date.now() + 60_000;
    const raw = openRaw(file);
    raw.exec(`DROP TABLE timer_leases; DELETE FROM schema_migrations WHERE version = 18;
      ALTER TABLE timers ADD COLUMN lease_owner TEXT; ALTER TABLE timers ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;`);
    raw
      .prepare('UPDATE timers SET lease_owner = ?, lease_until = ? WHERE case_id = ? AND timer_id = ?')
      .run('scheduler-b', until, 'C1', leased.id);
    raw.close();
    // When the store opens it (migration 18)
    const store = new SqliteStore({ file });
    try {
      // Then the leased timer stays held for scheduler-b, and the others can be claimed
      const claimed = await store.claimDueTimers('2030-01-01T00:00:00+08:00', 'scheduler-a', until, 100);
      expect(claimed.map((t) => t.id).sort()).to.deep.equal(
        timers
          .slice(1)
          .map((t) => t.id)
          .sort(),
      );
      expect(await store.dueTimers('2030-01-01T00:00:00+08:00', 100)).to.have.length(timers.length);
    } finally {
      await store.close();
    }
    const after = openRaw(file);
    try {
      const columns = (after.prepare('PRAGMA table_info(timers)').all() as { name: string }[]).map((c) => c.name);
      expect(columns).to.deep.equal(['case_id', 'timer_id', 'kind', 'due_ms', 'due_at', 'task_id']);
      expect(after.prepare('SELECT owner FROM timer_leases WHERE timer_id = ?').pluck().get(leased.id)).to.equal(
        'scheduler-b',
      );
    } finally {
      after.close();
    }
  });

  it('given a migrated database, when opened again, then no migration runs twice', async () => {
    await new SqliteStore({ file }).close();
    const db = openRaw(file);
    try {
      expect(migrate(db)).to.equal(0);
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as {
        version: number;
      }[];
      expect(versions.map((v) => v.version)).to.deep.equal(MIGRATIONS.map((m) => m.version));
    } finally {
      db.close();
    }
  });

  it('given a database newer than this program, when opened, then it is refused with STORE_SCHEMA_TOO_NEW', () => {
    const db = openRaw(file);
    migrate(db);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(latest + 1, '2099-01-01');
    db.close();
    let error: unknown;
    try {
      new SqliteStore({ file });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(StoreSchemaError);
    expect((error as StoreSchemaError).code).to.equal('STORE_SCHEMA_TOO_NEW');
  });
});

function openRaw(file: string): Database.Database {
  return new Database(file);
}

/** Writes a version-1 database by hand, as the first release did, and returns the events as stored. */
function writeVersion1(
  file: string,
  created: NewCase,
  item: { code: string; version: number; name: string },
): StoredEvent[] {
  const db = openRaw(file);
  migrate(db, 1);
  const { record } = created;
  db.prepare('INSERT INTO items (code, version, name, data, published_at) VALUES (?, ?, ?, ?, ?)').run(
    item.code,
    item.version,
    item.name,
    JSON.stringify(item),
    '2026-03-01T09:00:00+08:00',
  );
  db.prepare(
    `INSERT INTO cases (id, receipt_number, item_code, item_version, version, status, state, form_data, materials,
       applicant_name, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
  const stored: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (const event of created.events) {
    const hash = hashEvent(event, prevHash, 'sm3');
    db.prepare(
      'INSERT INTO case_events (case_id, seq, type, at, by_actor, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(record.id, event.seq, event.type, event.at, event.by ?? null, JSON.stringify(event.data), prevHash, hash);
    stored.push({ ...event, prevHash, hash });
    prevHash = hash;
  }
  for (const t of record.state.tasks) {
    db.prepare(
      `INSERT INTO tasks (task_id, case_id, element_id, name, assignee, candidate_groups, claimed_by, started_at, due_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      t.id,
      record.id,
      t.el,
      t.name,
      t.assignee ?? null,
      JSON.stringify(t.candidateGroups ?? []),
      null,
      t.startedAt,
      t.dueAt ?? null,
    );
  }
  for (const timer of record.state.timers) {
    db.prepare('INSERT INTO timers (case_id, timer_id, kind, due_ms, due_at, task_id) VALUES (?, ?, ?, ?, ?, ?)').run(
      record.id,
      timer.id,
      timer.kind,
      Date.parse(timer.dueAt),
      timer.dueAt,
      timer.taskId ?? null,
    );
  }
  db.prepare('INSERT INTO receipt_counters (day, last) VALUES (?, ?)').run('2026-03-02', 1);
  db.prepare(
    'INSERT INTO users (id, username, display_name, role, groups_json, password_hash) VALUES (?, ?, ?, ?, ?, ?)',
  ).run('u1', 'clerk', '街道窗口', 'clerk', '["street-window"]', 'scrypt$x');
  db.prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)').run(
    sha256('token-1'),
    'u1',
    '2099-01-01T00:00:00.000Z',
  );
  db.close();
  return stored;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
