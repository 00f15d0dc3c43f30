import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { applyCommand, compileProcess, createChinaCalendar } from '@govflow/engine';
import { SqliteStore } from '@govflow/server';
import type { CaseReply } from '../../scenarios/support/lifecycle.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { HttpClient } from '../../support/httpClient.js';
import { startTestServer } from '../../support/testServer.js';
import { configure, ladderOf, moveClock, signalsOf, signInAll } from './signalsSupport.js';

/**
 * Cards fire once, whatever happens to the server: a commit whose signals were never recorded (the
 * process died between the two) is read at the next start; timers that came due while it was down fire
 * at catch-up and are carded then, dated when they came due; restarts and sweeps add nothing twice.
 */
describe('supervision signals / once, across restarts, downtime and repeated sweeps', () => {
  let dir: string;
  let file: string;
  const cases: { first: string; second: string; secondReview: string } = { first: '', second: '', secondReview: '' };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-signals-restart-'));
    file = join(dir, 'govflow.db');
    const server = await startTestServer({ now: '2026-09-21T09:00:00+08:00', file });
    try {
      const [clerk, reviewer, supervisor] = await signInAll(server.url, 'clerk', 'reviewer', 'supervisor');
      await configure(supervisor, {
        scheme: 'cards',
        warningDaysLeft: 1,
        supervisionDays: 3,
        answerDays: 30,
        overtimeDefault: true,
      });
      for (const which of ['first', 'second'] as const) {
        const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
        const step = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
          verifiedMaterials: ['id-card', 'loss-statement'],
        });
        await reviewer.post(`/api/tasks/${step.body.tasks[0]?.id}/claim`, {});
        cases[which] = accepted.body.id;
        if (which === 'second') cases.secondReview = (step.body.tasks[0]?.id ?? '').split('.').pop() ?? '';
      }
    } finally {
      await server.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('given the review’s deadline fired and committed by a process that died before recording its card, when the server starts, then the card is recorded once, dated at the deadline', async () => {
    const store = new SqliteStore({ file });
    try {
      const record = await store.getCase(cases.second);
      const item = await store.getItem(record?.itemCode ?? '', record?.itemVersion);
      const { model } = await compileProcess(item?.processXml ?? '');
      const fired = applyCommand(
        model,
        record?.state as NonNullable<typeof record>['state'],
        { type: 'fireTimer', timerId: `${cases.secondReview}:due` },
        {
          now: '2026-09-29T00:00:00+08:00',
          calendar: createChinaCalendar(),
        },
      );
      await store.commitCase(cases.second, record?.version ?? 0, fired);
    } finally {
      await store.close();
    }
    const server = await startTestServer({ now: '2026-10-20T09:00:00+08:00', file });
    try {
      const supervisor = await new HttpClient(server.url).login('supervisor');
      expect(await ladderOf(supervisor, cases.second)).to.deep.equal(['yellow-card@review']);
      const [card] = await signalsOf(supervisor, `caseId=${cases.second}`);
      expect(card?.occurredAt).to.equal('2026-09-29T00:00:00.000+08:00');
      expect(await ladderOf(supervisor, cases.first)).to.deep.equal([]);
    } finally {
      await server.close();
    }
  });

  it('given the server was down through the holidays, when it catches up the missed timers, then every rung is carded once, dated when it came due', async () => {
    const server = await startTestServer({ now: '2026-10-20T09:00:00+08:00', file });
    try {
      const supervisor = await new HttpClient(server.url).login('supervisor');
      await moveClock(supervisor, '2026-10-20T09:00:00+08:00');
      // The review ran over on 09-29, the warning came on 10-08, the case was deemed approved (and carded)
      // at the end of 10-08, and the supervision period ran out at the end of 10-12.
      const expected = ['yellow-card@review', 'warning@case', 'yellow-card@case', 'red-card@case'];
      expect(await ladderOf(supervisor, cases.first)).to.deep.equal(expected);
      expect(await ladderOf(supervisor, cases.second)).to.deep.equal(expected);
      const red = (await signalsOf(supervisor, `caseId=${cases.first}&kind=red-card`))[0];
      expect(red?.occurredAt).to.equal('2026-10-13T00:00:00.000+08:00');
    } finally {
      await server.close();
    }
  });

  it('given the server restarted again, when supervisors sweep three times and the clock moves on, then nothing is signalled twice', async () => {
    const server = await startTestServer({ now: '2026-10-20T09:00:00+08:00', file });
    try {
      const supervisor = await new HttpClient(server.url).login('supervisor');
      const before = (await signalsOf(supervisor)).length;
      for (let i = 0; i < 3; i += 1) {
        const swept = await supervisor.post<{ signals: number; flagged: number }>('/api/supervision/signals/sweep', {});
        expect(swept.body).to.deep.include({ signals: 0, flagged: 0 });
      }
      await moveClock(supervisor, '2026-10-20T10:00:00+08:00');
      const after = await signalsOf(supervisor);
      expect(after).to.have.length(before);
      expect(new Set(after.map((s) => s.key)).size).to.equal(after.length);
    } finally {
      await server.close();
    }
  });
});
