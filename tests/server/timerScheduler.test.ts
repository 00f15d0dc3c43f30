import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface CaseDetail {
  id: string;
  state: { timers: { id: string; kind: string; dueAt: string }[] };
  events: { type: string; data: Record<string, unknown> }[];
}

const fired = (detail: CaseDetail) =>
  detail.events
    .filter((e) => e.type === 'timer.fired')
    .map((e) => `${String(e.data['taskId'] ?? 'case')}:${String(e.data['kind'])}`);

describe('server / durable timers', () => {
  describe('with one server', () => {
    let server: TestServer;
    let clerk: HttpClient;

    before(async () => {
      server = await startTestServer({ now: '2026-03-02T09:00:00+08:00' });
      clerk = await new HttpClient(server.url).login('clerk');
    });
    after(() => server.close());

    it("given a case waiting at 受理, when the clock passes the step's and the case's thresholds, then each fires once, in order, and never again", async () => {
      const created = await clerk.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION);
      const before = (await clerk.get<CaseDetail>(`/api/cases/${created.body.id}`)).body;
      const stepDue = before.state.timers.find((t) => t.id.endsWith(':due') && !t.id.startsWith('case'));
      expect(stepDue, 'the 受理 step has a due timer').not.to.equal(undefined);

      // When the clock moves just past the step's deadline
      const moved = await clerk.post<{ firedTimers: number }>('/api/dev/clock', { now: stepDue?.dueAt });
      expect(moved.body.firedTimers).to.equal(3);
      const afterStep = (await clerk.get<CaseDetail>(`/api/cases/${created.body.id}`)).body;
      const taskId = stepDue?.id.split(':')[0];
      expect(fired(afterStep)).to.deep.equal([`${taskId}:yellow`, `${taskId}:red`, `${taskId}:due`]);
      expect(afterStep.state.timers.some((t) => t.id.startsWith(`${taskId}:`))).to.equal(false);

      // And a second poll at the same instant fires nothing more
      expect(await server.scheduler.fireDue()).to.equal(0);

      // When the clock jumps past the case's deadline, the case's yellow, red and due fire once each, in order
      await clerk.post('/api/dev/clock', { now: '2026-03-20T09:00:00+08:00' });
      const late = (await clerk.get<CaseDetail>(`/api/cases/${created.body.id}`)).body;
      expect(fired(late).filter((f) => f.startsWith('case:'))).to.deep.equal(['case:yellow', 'case:red', 'case:due']);
      expect(late.state.timers).to.deep.equal([]);
      expect(await server.scheduler.fireDue()).to.equal(0);
    });
  });

  describe('with two server processes sharing one store', () => {
    let dir: string;
    let a: TestServer;
    let b: TestServer;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'govflow-timers-'));
      const file = join(dir, 'govflow.db');
      a = await startTestServer({ now: '2026-03-02T09:00:00+08:00', file });
      b = await startTestServer({ now: '2026-03-02T09:00:00+08:00', file, seed: false });
    });
    after(async () => {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('given 20 cases whose timers are all due, when both schedulers poll at once, then every timer fires exactly once', async () => {
      const clerk = await new HttpClient(a.url).login('clerk');
      const ids: string[] = [];
      for (let i = 0; i < 20; i++)
        ids.push((await clerk.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION)).body.id);
      a.clock.set('2026-04-30T09:00:00+08:00');
      b.clock.set('2026-04-30T09:00:00+08:00');
      const [firedA, firedB] = await Promise.all([a.scheduler.fireDue(), b.scheduler.fireDue()]);
      // each case: the 受理 step's 3 lights and the case's 3 lights
      expect(firedA + firedB).to.equal(20 * 6);
      for (const id of ids) {
        const detail = (await clerk.get<CaseDetail>(`/api/cases/${id}`)).body;
        const signals = fired(detail);
        expect(new Set(signals).size, `case ${id}: ${signals.join(',')}`).to.equal(signals.length);
        expect(signals).to.have.length(6);
      }
    });
  });
});
