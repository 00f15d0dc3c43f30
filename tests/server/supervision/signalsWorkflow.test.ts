import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import type { CaseReply, ErrorReply } from '../../scenarios/support/lifecycle.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import {
  configure,
  moveClock,
  signalsOf,
  signInAll,
  type SignalDetailReply,
  type SignalReply,
} from './signalsSupport.js';

/** A case whose review the reviewer holds; left open past its 4 days, it is carded at the end of 09-28. */
async function reviewedBy(clerk: HttpClient, reviewer: HttpClient): Promise<string> {
  const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
  const step = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
    verifiedMaterials: ['id-card', 'loss-statement'],
  });
  await reviewer.post(`/api/tasks/${step.body.tasks[0]?.id}/claim`, {});
  return accepted.body.id;
}

async function stepCardOf(supervisor: HttpClient, caseId: string): Promise<SignalReply> {
  const [card] = await signalsOf(supervisor, `caseId=${caseId}&kind=yellow-card`);
  expect(card, 'the step card').to.not.equal(undefined);
  return card as SignalReply;
}

describe('supervision signals / the workflow: answer, appeal, close — each by whom it belongs to', () => {
  let dir: string;
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let lead: HttpClient;
  let supervisor: HttpClient;
  let admin: HttpClient;
  let card: SignalReply;
  let late: SignalReply;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-signals-'));
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00', file: join(dir, 'govflow.db') });
    [clerk, reviewer, lead, supervisor, admin] = await signInAll(
      server.url,
      'clerk',
      'reviewer',
      'lead',
      'supervisor',
      'admin',
    );
    await configure(supervisor, { scheme: 'cards', answerDays: 2 });
    const first = await reviewedBy(clerk, reviewer);
    const second = await reviewedBy(clerk, reviewer);
    await moveClock(supervisor, '2026-09-29T00:00:00+08:00');
    card = await stepCardOf(supervisor, first);
    late = await stepCardOf(supervisor, second);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const path = (suffix = '') => `/api/supervision/signals/${card.id}${suffix}`;

  it('given a step card of the labour bureau, then its reviewer and lead read it, a street clerk and a planner do not, an applicant may not list at all', async () => {
    expect((await signalsOf(reviewer)).map((s) => s.id)).to.include(card.id);
    expect((await signalsOf(lead)).map((s) => s.id)).to.include(card.id);
    expect((await signalsOf(clerk)).map((s) => s.id)).to.not.include(card.id);
    expect((await clerk.get<ErrorReply>(path())).body.code).to.equal('SIGNAL_NOT_FOUND');
    const planner = await new HttpClient(server.url).login('planner');
    expect((await planner.get(path())).status).to.equal(404);
    const applicant = await new HttpClient(server.url).login('applicant');
    expect((await applicant.get('/api/supervision/signals')).status).to.equal(403);
  });

  it('given bad answers, then 400 lists the fields and nothing is recorded', async () => {
    const blank = await reviewer.post<ErrorReply>(path('/answer'), { kind: 'explanation', text: '   ' });
    expect(blank.status).to.equal(400);
    const kind = await reviewer.post<ErrorReply>(path('/answer'), { kind: 'excuse', text: '忙' });
    expect(kind.status).to.equal(400);
    const extra = await reviewer.post<ErrorReply>(path('/answer'), {
      kind: 'explanation',
      text: '说明',
      status: 'closed',
    });
    expect(extra.status).to.equal(400);
    expect((await reviewer.get<SignalDetailReply>(path())).body.history).to.have.length(1);
  });

  it('given the supervisor or the administrator, when they try to answer, then 403: only the responsible clerk and the lead answer', async () => {
    expect(
      (await supervisor.post<ErrorReply>(path('/answer'), { kind: 'explanation', text: '代为答复' })).body.code,
    ).to.equal('NOT_SIGNAL_RECIPIENT');
    expect((await admin.post(path('/answer'), { kind: 'explanation', text: '代为答复' })).status).to.equal(403);
  });

  it('given the reviewer and the lead answering at once, then exactly one answer is recorded and the other gets 409', async () => {
    const replies = await Promise.all([
      reviewer.post(path('/answer'), { kind: 'rectification', text: '已于当日补办审核，并调整节前值班' }),
      lead.post(path('/answer'), { kind: 'explanation', text: '节前人手不足' }),
    ]);
    expect(replies.map((r) => r.status).sort()).to.deep.equal([200, 409]);
    const detail = (await lead.get<SignalDetailReply>(path())).body;
    expect(detail.signal.status).to.equal('answered');
    expect(detail.history.filter((h) => h.type === 'signal.answered')).to.have.length(1);
  });

  it('given an answered card, when the lead appeals, then it is under appeal, and a second appeal is refused', async () => {
    const appealed = await lead.post<SignalReply>(path('/appeal'), { reason: '审核超时系国庆前后系统维护所致' });
    expect(appealed.status, JSON.stringify(appealed.body)).to.equal(200);
    expect(appealed.body.status).to.equal('appealed');
    expect((await lead.post<ErrorReply>(path('/appeal'), { reason: '再次申诉' })).body.code).to.equal(
      'SIGNAL_ALREADY_APPEALED',
    );
  });

  it('given the appeal, when a clerk, the lead or the administrator tries to close it, then 403; the supervisor revokes it', async () => {
    for (const who of [reviewer, lead, admin]) {
      expect((await who.post(path('/close'), { resolution: 'revoked', opinion: '撤销' })).status).to.equal(403);
    }
    const closed = await supervisor.post<SignalReply>(path('/close'), {
      resolution: 'revoked',
      opinion: '经核实系统维护导致超时，撤销黄牌',
    });
    expect(closed.body).to.deep.include({ status: 'closed', resolution: 'revoked' });
    expect(
      (await supervisor.post<ErrorReply>(path('/close'), { resolution: 'upheld', opinion: '维持' })).body.code,
    ).to.equal('SIGNAL_CLOSED');
    expect((await reviewer.post<ErrorReply>(path('/appeal'), { reason: '申诉' })).body.code).to.equal('SIGNAL_CLOSED');
    const notices = (await server.store.listOutbox({ caseId: card.caseId }, 100)).filter(
      (m) => m.template === 'signal.closed',
    );
    expect(notices.map((m) => m.to).sort()).to.deep.equal(['user:u-lead', 'user:u-reviewer']);
    expect(String(notices[0]?.payload['text'])).to.contain('撤销');
  });

  it('given the whole history, then it reads in order and its chain verifies', async () => {
    const detail = (await supervisor.get<SignalDetailReply>(path())).body;
    expect(detail.history.map((h) => h.type)).to.deep.equal([
      'signal.created',
      'signal.answered',
      'signal.appealed',
      'signal.closed',
    ]);
    expect(detail.history[3]?.by).to.equal('u-supervisor');
    expect(detail.evidence).to.deep.equal({ verified: true, algorithm: 'sm3', count: 4, brokenAt: null });
  });

  it('given an answer rewritten in the database, then the chain breaks at that entry; with the last entry removed, it is found missing', async () => {
    const db = new Database(join(dir, 'govflow.db'));
    try {
      db.prepare(
        `UPDATE signal_entries SET data = json_set(data, '$.text', '按时办结') WHERE signal_id = ? AND seq = 2`,
      ).run(card.id);
      const rewritten = (await supervisor.get<SignalDetailReply>(path())).body.evidence;
      expect(rewritten).to.deep.include({ verified: false, brokenAt: { seq: 2, reason: 'hash-mismatch' } });
      db.prepare('DELETE FROM signal_entries WHERE signal_id = ? AND seq >= 2').run(card.id);
      const cut = (await supervisor.get<SignalDetailReply>(path())).body.evidence;
      expect(cut).to.deep.include({ verified: false, brokenAt: { seq: 2, reason: 'missing-events' } });
    } finally {
      db.close();
    }
  });

  it('given a card nobody answers within 2 working days, then it is flagged once with a signal of its own, however often the sweep runs', async () => {
    // Recorded on 09-29; 2 working days from the next: 09-30 and 10-08 (10-01..07 are holidays).
    expect(late.answerDueAt).to.equal('2026-10-09T00:00:00.000+08:00');
    await moveClock(supervisor, '2026-10-08T23:59:59+08:00');
    expect((await supervisor.post<{ flagged: number }>('/api/supervision/signals/sweep', {})).body.flagged).to.equal(0);
    await moveClock(supervisor, '2026-10-09T00:00:00+08:00');
    await supervisor.post('/api/supervision/signals/sweep', {});
    await supervisor.post('/api/supervision/signals/sweep', {});
    const flags = await signalsOf(supervisor, `caseId=${late.caseId}&kind=unanswered`);
    const mine = flags.filter((f) => f.relatedSignalId === late.id);
    expect(mine).to.have.length(1);
    expect(mine[0]).to.deep.include({ level: 'yellow', responsibleId: 'u-reviewer', answerDueAt: null });
    const original = (await supervisor.get<SignalDetailReply>(`/api/supervision/signals/${late.id}`)).body;
    expect(original.signal.flaggedAt).to.equal('2026-10-09T00:00:00.000+08:00');
    expect(original.history.map((h) => h.type)).to.deep.equal(['signal.created', 'signal.flagged']);
    expect(original.evidence.verified).to.equal(true);
  });
});
