import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { selectDueTimers, SqliteStore, type CaseRecord } from '@govflow/server';
import { caseFactory } from './fixtures.js';

const FAR = Date.parse('2030-01-01T00:00:00+08:00');

/** The order the due index must give, read the slow way: every timer row, sorted. */
const REFERENCE = `SELECT t.case_id, t.timer_id, kind, due_at, task_id, due_ms FROM timers t
  LEFT JOIN timer_leases l ON l.case_id = t.case_id AND l.timer_id = t.timer_id
  WHERE due_ms <= ? AND COALESCE(l.until_ms, 0) < ? ORDER BY due_ms, t.case_id, t.timer_id LIMIT ?`;

describe('server / store / the due index walks the cases by their earliest timer', () => {
  let dir: string;
  let db: Database.Database;
  let leasedAt: number;

  before(async () => {
    // Given 30 cases opened on three days at five hours (many timers of different cases due at one instant),
    // a third of them a step further (their earliest timer moved), and a few timers leased
    dir = mkdtempSync(join(tmpdir(), 'govflow-heads-'));
    const file = join(dir, 'govflow.db');
    const factory = await caseFactory();
    const store = new SqliteStore({ file });
    for (let i = 0; i < 30; i++) {
      const hour = String(9 + (i % 5)).padStart(2, '0');
      const { record, events } = factory.start(`C${String(i).padStart(2, '0')}`, {
        now: `2026-03-0${2 + (i % 3)}T${hour}:00:00+08:00`,
      });
      const created: CaseRecord = await store.createCase(record, events);
      if (i % 3 === 0) {
        await store.commitCase(created.id, 1, factory.completeFirst(created.state, '2026-03-05T10:00:00+08:00'));
      }
    }
    leasedAt = Date.now();
    await store.claimDueTimers('2026-03-04T00:00:00+08:00', 'scheduler-a', leasedAt + 60_000, 7);
    await store.close();
    db = new Database(file, { readonly: true });
  });
  after(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given any page size, limit and instant, with or without leases, then it gives exactly the rows the full sort gives', () => {
    const instants = (db.prepare('SELECT DISTINCT due_ms FROM timers ORDER BY due_ms').all() as { due_ms: number }[])
      .map((row) => row.due_ms)
      .filter((_, i, all) => i % Math.ceil(all.length / 6) === 0)
      .concat(FAR);
    const reference = db.prepare(REFERENCE);
    let compared = 0;
    for (const until of instants) {
      for (const leaseNow of [null, leasedAt + 1]) {
        for (const limit of [1, 2, 5, 13, 40, 1_000]) {
          const expected = reference.all(until, leaseNow ?? Number.MAX_SAFE_INTEGER, limit);
          for (const headsPerRead of [1, 2, 3, 7, 128]) {
            const where = `until ${until}, leases ${leaseNow === null ? 'ignored' : 'honoured'}, limit ${limit}, ${headsPerRead} heads per read`;
            expect(selectDueTimers(db, until, leaseNow, limit, headsPerRead), where).to.deep.equal(expected);
            compared += 1;
          }
        }
      }
    }
    expect(compared).to.be.greaterThan(300);
  });

  it('given the leases taken, then the walk leaves exactly the leased timers out', () => {
    const all = selectDueTimers(db, FAR, null, 1_000);
    const free = selectDueTimers(db, FAR, leasedAt + 1, 1_000);
    expect(all.length - free.length).to.equal(7);
  });
});
