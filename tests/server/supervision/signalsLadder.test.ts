import { expect } from 'chai';
import type { CaseReply } from '../../scenarios/support/lifecycle.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { configure, ladderOf, moveClock, signalsOf } from './signalsSupport.js';

/**
 * 失业人员再就业证补办 (7 working days, 受理 1 → 审核 4 → 发证 2) accepted on Monday 2026-09-21, before the
 * Mid-Autumn (09-25..27) and National Day (10-01..07) holidays; 10-10 is a make-up Saturday.
 */
const MONDAY = '2026-09-21T09:00:00+08:00';

async function acceptedCase(clerk: HttpClient, reviewer: HttpClient): Promise<{ id: string; review: string }> {
  const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
  expect(accepted.status, JSON.stringify(accepted.body)).to.equal(201);
  const step = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
    verifiedMaterials: ['id-card', 'loss-statement'],
  });
  const review = step.body.tasks[0]?.id ?? '';
  expect((await reviewer.post(`/api/tasks/${review}/claim`, {})).status).to.equal(200);
  return { id: accepted.body.id, review };
}

describe('supervision signals / the ladder of scheme (b) on the right working day around the holidays', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let supervisor: HttpClient;
  let caseId: string;

  before(async () => {
    server = await startTestServer({ now: MONDAY });
    clerk = await new HttpClient(server.url).login('clerk');
    reviewer = await new HttpClient(server.url).login('reviewer');
    supervisor = await new HttpClient(server.url).login('supervisor');
    await configure(supervisor, { scheme: 'cards', warningDaysLeft: 1, supervisionDays: 3, answerDays: 30 });
    ({ id: caseId } = await acceptedCase(clerk, reviewer));
  });
  after(() => server.close());

  it('given the review due at the end of 09-28, when the clock reaches 09-28 23:59, then nothing is signalled yet', async () => {
    await moveClock(supervisor, '2026-09-28T23:59:59+08:00');
    expect(await ladderOf(supervisor, caseId)).to.deep.equal([]);
  });

  it('given the review still open at midnight (the case itself on time), then the step gets its own yellow card, sent to the reviewer and the department lead', async () => {
    await moveClock(supervisor, '2026-09-29T00:00:00+08:00');
    expect(await ladderOf(supervisor, caseId)).to.deep.equal(['yellow-card@review']);
    const [card] = await signalsOf(supervisor, `caseId=${caseId}`);
    expect(card).to.deep.include({
      level: 'yellow',
      stepName: '审核',
      responsibleId: 'u-reviewer',
      departmentId: 'jj-labour',
      occurredAt: '2026-09-29T00:00:00.000+08:00',
      status: 'open',
      letterNumber: null,
    });
    expect(card?.leadIds).to.deep.equal(['u-lead']);
    // 30 working days from 09-30: 09-30, 10-08 … 10-10 (the make-up Saturday) … 11-16.
    expect(card?.answerDueAt).to.equal('2026-11-17T00:00:00.000+08:00');
    const outbox = await server.store.listOutbox({ caseId }, 100);
    const notices = outbox.filter((m) => m.template === 'signal.created');
    expect(notices.map((m) => m.to).sort()).to.deep.equal(['user:u-lead', 'user:u-reviewer']);
    expect(String(notices[0]?.payload['text'])).to.contain('黄牌');
  });

  it('given the review done late and the certificate step open, then the warning comes at the start of 10-08, the first working day after the holiday', async () => {
    await moveClock(supervisor, '2026-09-30T10:00:00+08:00');
    await reviewer.post(`/api/tasks/${(await openTask(clerk, caseId)) ?? ''}/complete`, { opinion: '同意补办' });
    await moveClock(supervisor, '2026-10-07T23:59:59+08:00');
    expect(await ladderOf(supervisor, caseId)).to.deep.equal(['yellow-card@review']);
    await moveClock(supervisor, '2026-10-08T00:00:00+08:00');
    expect(await ladderOf(supervisor, caseId)).to.deep.equal(['yellow-card@review', 'warning@case']);
    const [warning] = await signalsOf(supervisor, `caseId=${caseId}&kind=warning`);
    expect(warning).to.deep.include({ level: 'warning', answerDueAt: null, responsibleId: 'u-clerk' });
  });

  it('given the case still open at the end of 10-08, then it gets a yellow card, and its certificate step one at the start of the make-up Saturday', async () => {
    await moveClock(supervisor, '2026-10-09T00:00:00+08:00');
    expect(await ladderOf(supervisor, caseId)).to.deep.equal([
      'yellow-card@review',
      'warning@case',
      'yellow-card@case',
    ]);
    await moveClock(supervisor, '2026-10-10T00:00:00+08:00');
    expect((await ladderOf(supervisor, caseId)).at(-1)).to.equal('yellow-card@issue');
  });

  it('given the supervision period of 3 working days (10-09, 10-10, 10-12), then the red card comes at the end of 10-12 with its letter number, not before', async () => {
    await moveClock(supervisor, '2026-10-12T23:59:59+08:00');
    expect(await signalsOf(supervisor, `caseId=${caseId}&level=red`)).to.deep.equal([]);
    await moveClock(supervisor, '2026-10-13T00:00:00+08:00');
    const [red] = await signalsOf(supervisor, `caseId=${caseId}&level=red`);
    expect(red).to.deep.include({ kind: 'red-card', elementId: null, occurredAt: '2026-10-13T00:00:00.000+08:00' });
    expect(red?.letterNumber).to.match(/^JCJY20261013-\d{4}$/);
    await moveClock(supervisor, '2026-10-14T00:00:00+08:00');
    expect((await ladderOf(supervisor, caseId)).at(-1)).to.equal('red-card@issue');
  });

  it('given every rung signalled, when the clock moves on and supervisors sweep again and again, then no card is signalled twice', async () => {
    const before = await ladderOf(supervisor, caseId);
    for (let i = 0; i < 3; i += 1) {
      expect((await supervisor.post('/api/supervision/signals/sweep', {})).status).to.equal(200);
    }
    await moveClock(supervisor, '2026-10-20T09:00:00+08:00');
    const after = await signalsOf(supervisor, `caseId=${caseId}`);
    expect(await ladderOf(supervisor, caseId)).to.deep.equal(before);
    expect(after).to.have.length(before.length);
    expect(new Set(after.map((s) => s.key)).size).to.equal(after.length);
  });
});

describe('supervision signals / scheme (a): lights only — an overdue step or case is signalled red at once', () => {
  let server: TestServer;
  let supervisor: HttpClient;

  before(async () => {
    server = await startTestServer({ now: MONDAY });
    supervisor = await new HttpClient(server.url).login('supervisor');
  });
  after(() => server.close());

  it('given the lights scheme, then no warning and no cards come, but every overdue deadline is a red signal with its letter', async () => {
    await configure(supervisor, { scheme: 'lights', answerDays: 30 });
    const clerk = await new HttpClient(server.url).login('clerk');
    const reviewer = await new HttpClient(server.url).login('reviewer');
    const { id } = await acceptedCase(clerk, reviewer);
    await moveClock(supervisor, '2026-09-29T00:00:00+08:00');
    const [step] = await signalsOf(supervisor, `caseId=${id}`);
    expect(step).to.deep.include({ kind: 'overdue', level: 'red', elementId: 'review' });
    expect(step?.letterNumber).to.match(/^JCJY20260929-\d{4}$/);
    await moveClock(supervisor, '2026-10-20T00:00:00+08:00');
    const kinds = (await signalsOf(supervisor, `caseId=${id}`)).map((s) => s.kind);
    expect(kinds).to.not.include.members(['warning', 'yellow-card', 'red-card']);
    expect(kinds.every((k) => k === 'overdue')).to.equal(true);
  });
});

describe('supervision signals / a stopped clock freezes the ladder', () => {
  let server: TestServer;
  let supervisor: HttpClient;

  before(async () => {
    server = await startTestServer({ now: MONDAY });
    supervisor = await new HttpClient(server.url).login('supervisor');
    await configure(supervisor, { scheme: 'cards', warningDaysLeft: 1, supervisionDays: 3 });
  });
  after(() => server.close());

  it('given an expert review stops the clock before any deadline, then nothing is signalled while it stands, and after resumption the step card comes at its moved deadline', async () => {
    const clerk = await new HttpClient(server.url).login('clerk');
    const reviewer = await new HttpClient(server.url).login('reviewer');
    const { id } = await acceptedCase(clerk, reviewer);
    await moveClock(supervisor, '2026-09-24T10:00:00+08:00');
    const stop = await reviewer.post(`/api/cases/${id}/clock/stop`, { kind: 'expertReview', reason: '组织专家评审' });
    expect(stop.status, JSON.stringify(stop.body)).to.equal(200);
    await moveClock(supervisor, '2026-10-20T09:00:00+08:00');
    expect(await ladderOf(supervisor, id)).to.deep.equal([]);
    const resumed = await reviewer.post<CaseReply>(`/api/cases/${id}/clock/resume`, {});
    const due = resumed.body.tasks[0]?.dueAt ?? '';
    expect(Date.parse(due)).to.be.greaterThan(Date.parse('2026-10-20T09:00:00+08:00'));
    await moveClock(supervisor, new Date(Date.parse(due) - 1).toISOString());
    expect(await ladderOf(supervisor, id)).to.deep.equal([]);
    await moveClock(supervisor, due);
    expect(await ladderOf(supervisor, id)).to.deep.equal(['yellow-card@review']);
  });
});

async function openTask(client: HttpClient, caseId: string): Promise<string | undefined> {
  const reply = await client.get<{ tasks: { id: string }[] }>(`/api/cases/${caseId}`);
  return reply.body.tasks[0]?.id;
}
