import { expect } from 'chai';
import { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import {
  acceptCase,
  completeCase,
  moveClock,
  ok,
  ownCase,
  sendJson,
  type ErrorReply,
  type EvaluationDetailReply,
  type EvaluationReply,
  signInAs,
} from './complaintsSupport.js';

const PUBLIC = '/api/public/evaluations';

/** 好差评 on the five levels: one evaluation per case, at the window with a short code or online by the applicant. */
describe('Evaluations (好差评): one per case, at the window or online', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let clerk3: HttpClient;
  let reviewer: HttpClient;
  let supervisor: HttpClient;
  let applicant: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-29T10:00:00+08:00' });
    [clerk, clerk3, reviewer, supervisor, applicant] = await signInAs(
      server.url,
      'clerk',
      'clerk3',
      'reviewer',
      'supervisor',
      'applicant',
    );
  });
  after(() => server.close());

  const publicEvaluation = (body: unknown) => sendJson<ErrorReply>(server.url, 'POST', PUBLIC, body);

  it('given a case just served, when the clerk’s screen shows a code and the applicant enters it with a level, then the evaluation counts against the clerk, the window and the item’s department', async () => {
    const served = await acceptCase(clerk);
    const issued = await ok(
      clerk.post<{ code: string; expiresAt: string; receiptNumber: string }>('/api/evaluations/codes', {
        caseId: served.id,
      }),
      201,
    );
    expect(issued.code).to.match(/^\d{6}$/);
    expect(issued).to.include({ receiptNumber: served.receiptNumber, expiresAt: '2026-09-29T10:30:00.000+08:00' });
    const given = await sendJson<Record<string, unknown>>(server.url, 'POST', PUBLIC, {
      code: issued.code,
      level: 'very-satisfied',
      comment: '一次办好，很快',
    });
    expect(given.status, JSON.stringify(given.body)).to.equal(201);
    expect(given.body).to.include({ level: 'very-satisfied', levelName: '非常满意', channel: 'window' });
    const [listed] = await ok(supervisor.get<EvaluationReply[]>(`/api/evaluations?caseId=${served.id}`));
    expect(listed).to.deep.include({
      negative: false,
      realName: true,
      clerkId: 'u-clerk',
      windowId: 'jj-chunxilu-window',
      departmentId: 'jj-labour',
      followUp: null,
    });
    expect(listed?.evaluator).to.deep.equal({ name: '王仕碧', phone: '13980012345', userId: null });
    const again = await publicEvaluation({ code: issued.code, level: 'satisfied' });
    expect([again.status, again.body.code]).to.deep.equal([404, 'EVALUATION_CODE_INVALID']);
    const second = await clerk.post<ErrorReply>('/api/evaluations/codes', { caseId: served.id });
    expect([second.status, second.body.code]).to.deep.equal([409, 'EVALUATION_EXISTS']);
    const detail = await ok(supervisor.get<EvaluationDetailReply>(`/api/evaluations/${listed?.id ?? ''}`));
    expect(detail.history.map((h) => h.type)).to.deep.equal(['evaluation.given']);
    expect(detail.evidence).to.deep.include({ verified: true, count: 1 });
  });

  it('given two codes of one case used one after the other, then the second evaluation is refused with 409 and the first stands', async () => {
    const served = await acceptCase(clerk);
    const first = await ok(clerk.post<{ code: string }>('/api/evaluations/codes', { caseId: served.id }), 201);
    const second = await ok(clerk.post<{ code: string }>('/api/evaluations/codes', { caseId: served.id }), 201);
    expect((await publicEvaluation({ code: first.code, level: 'satisfied' })).status).to.equal(201);
    const refused = await publicEvaluation({ code: second.code, level: 'very-dissatisfied' });
    expect([refused.status, refused.body.code]).to.deep.equal([409, 'EVALUATION_EXISTS']);
    const all = await ok(supervisor.get<EvaluationReply[]>(`/api/evaluations?caseId=${served.id}`));
    expect(all.map((e) => e.level)).to.deep.equal(['satisfied']);
  });

  it('given the roles, then only window staff who can read the case show a code', async () => {
    const served = await acceptCase(clerk);
    for (const client of [supervisor, applicant]) {
      expect((await client.post('/api/evaluations/codes', { caseId: served.id })).status).to.equal(403);
    }
    expect((await clerk3.post('/api/evaluations/codes', { caseId: served.id })).status).to.equal(404);
    expect((await clerk.post('/api/evaluations/codes', { caseId: 'no-such-case' })).status).to.equal(404);
    expect((await new HttpClient(server.url).post('/api/evaluations/codes', { caseId: served.id })).status).to.equal(
      401,
    );
  });

  it('given a code not used within 30 minutes, then it no longer works', async () => {
    const served = await acceptCase(clerk);
    const { code } = await ok(clerk.post<{ code: string }>('/api/evaluations/codes', { caseId: served.id }), 201);
    await moveClock(supervisor, '2026-09-29T10:30:00+08:00');
    const late = await publicEvaluation({ code, level: 'satisfied' });
    expect([late.status, late.body.code]).to.deep.equal([404, 'EVALUATION_CODE_INVALID']);
  });

  it('given wrong levels, oversized comments and operators, then the evaluation is refused with 400 and nothing is stored', async () => {
    const served = await acceptCase(clerk);
    const { code } = await ok(clerk.post<{ code: string }>('/api/evaluations/codes', { caseId: served.id }), 201);
    const bodies: unknown[] = [
      { code, level: 'good' },
      { code, level: '满意' },
      { code, level: 5 },
      { code, level: null },
      { code },
      { code, level: 'satisfied', comment: '好'.repeat(501) },
      { code, level: 'satisfied', anonymous: 'yes' },
      { code: { $ne: null }, level: 'satisfied' },
      { code: '12345', level: 'satisfied' },
      { code, level: { $in: ['satisfied'] } },
      { code, level: 'satisfied', caseId: 'other' },
    ];
    for (const body of bodies) {
      const reply = await publicEvaluation(body);
      expect(reply.status, JSON.stringify(body).slice(0, 60)).to.equal(400);
      expect(reply.body.code).to.equal('VALIDATION_FAILED');
    }
    expect(await ok(supervisor.get<EvaluationReply[]>(`/api/evaluations?caseId=${served.id}`))).to.deep.equal([]);
    expect((await publicEvaluation({ code, level: 'satisfied', comment: '好'.repeat(500) })).status).to.equal(201);
    for (const query of ['level=good', 'negative=1', 'followUp=pending', 'limit=5000', 'level=satisfied&level=x']) {
      expect((await supervisor.get(`/api/evaluations?${query}`)).status, query).to.equal(400);
    }
  });

  it('given the applicant’s own finished case, then they evaluate it online once; a running case, someone else’s case and a second evaluation are refused', async () => {
    const running = await acceptCase(clerk);
    await ownCase(server.store, running.id, 'u-applicant');
    const early = await applicant.post<ErrorReply>('/api/evaluations', { caseId: running.id, level: 'satisfied' });
    expect([early.status, early.body.code]).to.deep.equal([422, 'CASE_NOT_CONCLUDED']);
    const done = await completeCase(clerk, reviewer);
    const foreign = await applicant.post<ErrorReply>('/api/evaluations', { caseId: done.id, level: 'satisfied' });
    expect(foreign.status).to.equal(404);
    await ownCase(server.store, done.id, 'u-applicant');
    expect((await clerk.post('/api/evaluations', { caseId: done.id, level: 'satisfied' })).status).to.equal(403);
    const given = await ok(
      applicant.post<Record<string, unknown>>('/api/evaluations', { caseId: done.id, level: 'basically-satisfied' }),
      201,
    );
    expect(given).to.include({ level: 'basically-satisfied', levelName: '基本满意', channel: 'online' });
    const twice = await applicant.post<ErrorReply>('/api/evaluations', { caseId: done.id, level: 'satisfied' });
    expect([twice.status, twice.body.code]).to.deep.equal([409, 'EVALUATION_EXISTS']);
    const own = await ok(applicant.get<Record<string, unknown>[]>('/api/evaluations'));
    expect(own.map((e) => e['id'])).to.deep.equal([given['id']]);
    expect(own[0]).not.to.have.property('evaluator');
    const [staff] = await ok(supervisor.get<EvaluationReply[]>(`/api/evaluations?caseId=${done.id}`));
    expect(staff).to.deep.include({ channel: 'online', clerkId: 'u-clerk', windowId: 'jj-chunxilu-window' });
    expect(staff?.evaluator).to.deep.equal({ name: '张明', phone: '13980012345', userId: 'u-applicant' });
  });

  it('given an evaluation, then the clerk served, their department and supervisors read it; a clerk of another street does not', async () => {
    const [evaluation] = await ok(supervisor.get<EvaluationReply[]>('/api/evaluations?limit=1'));
    const path = `/api/evaluations/${evaluation?.id ?? ''}`;
    for (const client of [clerk, reviewer, supervisor]) expect((await client.get(path)).status).to.equal(200);
    expect((await clerk3.get(path)).status).to.equal(404);
    expect(await ok(clerk3.get<EvaluationReply[]>('/api/evaluations'))).to.deep.equal([]);
  });
});

describe('Evaluations: wrong codes are throttled per address', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ now: '2026-09-29T10:00:00+08:00' });
  });
  after(() => server.close());

  it('given ten wrong codes from one address, then even a right code is refused with 429 for a while', async () => {
    const clerk = await new HttpClient(server.url).login('clerk');
    const served = await acceptCase(clerk);
    const { code } = await ok(clerk.post<{ code: string }>('/api/evaluations/codes', { caseId: served.id }), 201);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 10; i += 1) {
      expect((await sendJson(server.url, 'POST', PUBLIC, { code: wrong, level: 'satisfied' })).status).to.equal(404);
    }
    const refused = await sendJson<ErrorReply>(server.url, 'POST', PUBLIC, { code, level: 'satisfied' });
    expect([refused.status, refused.body.code]).to.deep.equal([429, 'RATE_LIMITED']);
    expect(refused.headers.get('retry-after')).to.match(/^\d+$/);
  });
});
