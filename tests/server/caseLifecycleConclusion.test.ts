import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { CaseReply, ErrorReply } from '../scenarios/support/lifecycle.js';

interface DetailReply {
  conclusion: Record<string, unknown> | null;
  delivery: Record<string, unknown> | null;
  state: { seq: number };
  events: { seq: number; type: string; by?: string; data: Record<string, unknown> }[];
}

describe('case life cycle over HTTP: completion (办结) and delivery (送达 / 领取) join the evidence chain', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let supervisor: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    reviewer = await new HttpClient(server.url).login('reviewer');
    supervisor = await new HttpClient(server.url).login('supervisor');
  });
  after(() => server.close());

  async function completedCase(): Promise<CaseReply> {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    let reply = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    reply = await reviewer.post<CaseReply>(`/api/tasks/${reply.body.tasks[0]?.id}/complete`, { opinion: '同意' });
    reply = await clerk.post<CaseReply>(`/api/tasks/${reply.body.tasks[0]?.id}/complete`, {});
    expect(reply.body.status).to.equal('completed');
    return reply.body;
  }

  it('given a case still running, then it cannot be concluded (409) nor delivered (409)', async () => {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    const path = `/api/cases/${accepted.body.id}`;
    const early = await clerk.post<ErrorReply>(`${path}/conclude`, { result: 'approved', certificateNumber: 'Z-1' });
    expect([early.status, early.body.code]).to.deep.equal([409, 'CASE_NOT_FINISHED']);
    const undelivered = await clerk.post<ErrorReply>(`${path}/deliver`, { method: '窗口领取', recipient: '王仕碧' });
    expect([undelivered.status, undelivered.body.code]).to.deep.equal([409, 'CASE_NOT_CONCLUDED']);
  });

  it('given a completed case, when approved without a certificate number, then 400 names the field; a refusal contradicting the process is 422', async () => {
    const done = await completedCase();
    const path = `/api/cases/${done.id}/conclude`;
    const noNumber = await clerk.post<{ code: string; details: { errors: { path: string }[] } }>(path, {
      result: 'approved',
    });
    expect([noNumber.status, noNumber.body.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    expect(noNumber.body.details.errors.map((e) => e.path)).to.include('/certificateNumber');
    const contradiction = await clerk.post<ErrorReply>(path, { result: 'refused', note: '不符合条件' });
    expect([contradiction.status, contradiction.body.code]).to.deep.equal([422, 'RESULT_CONTRADICTS_CASE']);
    const readOnly = await supervisor.post<ErrorReply>(path, { result: 'approved', certificateNumber: 'Z-1' });
    expect(readOnly.status).to.equal(403);
  });

  it('given a completed case, when concluded and delivered, then both are events with the next seq numbers in a chain that still verifies', async () => {
    const done = await completedCase();
    const path = `/api/cases/${done.id}`;
    const before = await clerk.get<DetailReply>(path);
    server.clock.set('2026-09-24T15:00:00+08:00');
    const concluded = await clerk.post<CaseReply>(`${path}/conclude`, {
      result: 'approved',
      certificateNumber: '锦人社再就业证补字〔2026〕第0921号',
    });
    expect(concluded.status).to.equal(200);
    expect(concluded.body.conclusion).to.include({
      result: 'approved',
      certificateNumber: '锦人社再就业证补字〔2026〕第0921号',
      concludedBy: 'u-clerk',
      // 10 working days from 09-25 (holidays 09-25..27, 10-01..07; 10-10 a make-up Saturday): 28, 29, 30, 10-08, 09, 10, 12, 13, 14, 15
      deliverBy: '2026-10-16T00:00:00.000+08:00',
    });
    const twice = await clerk.post<ErrorReply>(`${path}/conclude`, { result: 'approved', certificateNumber: 'X' });
    expect([twice.status, twice.body.code]).to.deep.equal([409, 'ALREADY_CONCLUDED']);
    const future = await clerk.post<ErrorReply>(`${path}/deliver`, {
      method: '窗口领取',
      recipient: '王仕碧',
      at: '2026-09-30T09:00:00+08:00',
    });
    expect([future.status, future.body.code]).to.deep.equal([422, 'DELIVERY_TIME_INVALID']);
    const badMethod = await clerk.post<ErrorReply>(`${path}/deliver`, { method: '托人捎带', recipient: '王仕碧' });
    expect(badMethod.status).to.equal(400);
    server.clock.set('2026-09-28T10:00:00+08:00');
    const delivered = await clerk.post<CaseReply>(`${path}/deliver`, { method: '窗口领取', recipient: '王仕碧' });
    expect(delivered.status).to.equal(200);
    expect(delivered.body.delivery).to.include({
      method: '窗口领取',
      recipient: '王仕碧',
      deliveredAt: '2026-09-28T10:00:00.000+08:00',
      onTime: true,
    });
    const again = await clerk.post<ErrorReply>(`${path}/deliver`, { method: '邮寄送达', recipient: '王仕碧' });
    expect([again.status, again.body.code]).to.deep.equal([409, 'ALREADY_DELIVERED']);

    const after = await clerk.get<DetailReply>(path);
    const seqs = after.body.events.map((e) => e.seq);
    expect(seqs).to.deep.equal(seqs.map((_, i) => i + 1));
    expect(after.body.events.slice(-2).map((e) => [e.seq, e.type, e.by])).to.deep.equal([
      [before.body.events.length + 1, 'case.concluded', 'u-clerk'],
      [before.body.events.length + 2, 'case.delivered', 'u-clerk'],
    ]);
    expect(after.body.state.seq).to.equal(after.body.events.length);
    expect(after.body.conclusion).to.include({ result: 'approved' });
    expect(after.body.delivery).to.include({ recipient: '王仕碧' });
    const evidence = await clerk.get<{ verified: boolean; brokenAt: unknown }>(`${path}/evidence`);
    expect(evidence.body).to.include({ verified: true, brokenAt: null });

    // And the applicant hears of the result from the outbox written in the same commit
    const outbox = await server.store.listOutbox({ caseId: done.id }, 100);
    const notice = outbox.find((m) => m.template === 'case.concluded');
    expect(notice?.payload['text']).to.contain('锦人社再就业证补字〔2026〕第0921号');
  });

  it('given a case refused with reasons (不予许可), when concluded as refused, then the reasons come from the refusal and no certificate is recorded', async () => {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    const path = `/api/cases/${accepted.body.id}`;
    await clerk.post(`${path}/terminate`, { reasons: ['申请人已办理退休，不属于失业人员'] });
    const approved = await clerk.post<ErrorReply>(`${path}/conclude`, { result: 'approved', certificateNumber: 'Z-1' });
    expect([approved.status, approved.body.code]).to.deep.equal([422, 'RESULT_CONTRADICTS_CASE']);
    const refused = await clerk.post<CaseReply>(`${path}/conclude`, { result: 'refused' });
    expect(refused.status).to.equal(200);
    expect(refused.body.conclusion).to.deep.include({
      result: 'refused',
      certificateNumber: null,
      reasons: ['申请人已办理退休，不属于失业人员'],
    });
    const mailed = await clerk.post<CaseReply>(`${path}/deliver`, { method: '邮寄送达', recipient: '王仕碧' });
    expect(mailed.body.delivery).to.include({ method: '邮寄送达', certificateNumber: null });
  });

  it('given a withdrawn case, then there is nothing to conclude (409)', async () => {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    await clerk.post(`/api/cases/${accepted.body.id}/withdraw`, {});
    const reply = await clerk.post<ErrorReply>(`/api/cases/${accepted.body.id}/conclude`, {
      result: 'refused',
      note: 'x',
    });
    expect([reply.status, reply.body.code]).to.deep.equal([409, 'CASE_WITHDRAWN']);
  });
});
