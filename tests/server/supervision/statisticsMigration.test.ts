import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { migrate } from '@govflow/server';
import { startTestServer } from '../../support/testServer.js';
import { acceptReemployment, completeStep, moveClock, users } from './statisticsSupport.js';

/**
 * Migration 12 fills in the facts of cases stored before it, from their stored state, timers and events. Given a
 * database whose facts were written commit by commit, when the tables are dropped and the migration runs again,
 * then it rebuilds exactly the same rows: open, stopped and completed cases, lights already signalled or still
 * pending, completed steps.
 */
describe('statistics / migration 12 rebuilds the facts of stored cases exactly as the commits wrote them', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-facts-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('given done, overdue, stopped and fresh cases, when migration 12 runs on a database without its tables, then every facts row is the same', async () => {
    const file = join(dir, 'govflow.db');
    const server = await startTestServer({ file, now: '2026-09-21T09:00:00+08:00' });
    try {
      const [clerk, clerk3, reviewer, supervisor] = await users(
        server.url,
        'clerk',
        'clerk3',
        'reviewer',
        'supervisor',
      );
      const done = (await acceptReemployment(clerk)).id;
      const late = (await acceptReemployment(clerk3)).id;
      await completeStep(clerk, done, '受理');
      await moveClock(supervisor, '2026-09-22T10:00:00+08:00');
      await completeStep(reviewer, done, '审核');
      await completeStep(clerk, done, '发证');
      await moveClock(supervisor, '2026-09-29T09:00:00+08:00');
      const stopped = (await acceptReemployment(clerk)).id;
      expect(
        (await clerk.post(`/api/cases/${stopped}/clock/stop`, { kind: 'supplement', reason: '补正' })).status,
      ).to.equal(200);
      await acceptReemployment(clerk);
      await moveClock(supervisor, '2026-10-09T09:00:00+08:00');
      expect(late).to.be.a('string');
    } finally {
      await server.close();
    }
    const db = new Database(file);
    try {
      const read = () => ({
        cases: db.prepare('SELECT * FROM case_facts ORDER BY case_id').all(),
        steps: db.prepare('SELECT * FROM step_facts ORDER BY case_id, task_id').all(),
      });
      const written = read();
      expect(written.cases).to.have.length(4);
      expect(written.steps).to.have.length(3);
      expect((written.cases as { yellow_ms: number }[]).filter((r) => r.yellow_ms === 0)).to.have.length(1);
      db.exec('DROP TABLE case_facts; DROP TABLE step_facts; DROP TABLE score_settings; DROP TABLE score_runs');
      db.prepare('DELETE FROM schema_migrations WHERE version = 12').run();
      expect(migrate(db)).to.equal(1);
      expect(read()).to.deep.equal(written);
    } finally {
      db.close();
    }
  });
});
