import { expect } from 'chai';
import type { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import {
  acceptCase,
  evaluateAtWindow,
  moveClock,
  ok,
  type ErrorReply,
  type EvaluationDetailReply,
  type EvaluationReply,
  signInAs,
} from './complaintsSupport.js';

/**
 * A real-name 非常不满意 given at 春熙路街道's window on Tuesday 2026-09-29. The rectification is due within 10
 * working days from the next day: 09-30, then (after National Day) 10-08, 10-09, 10-10 (make-up Saturday),
 * 10-12 … 10-16 and 10-19 — so by 24:00 on 10-19.
 */
describe('Evaluations: the follow-up of a negative review (差评整改)', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let lead: HttpClient;
  let planlead: HttpClient;
  let supervisor: HttpClient;
  let admin: HttpClient;
  let negative: EvaluationReply;
  let caseId: string;

  before(async () => {
    server = await startTestServer({ now: '2026-09-29T10:00:00+08:00' });
    [clerk, reviewer, lead, planlead, supervisor, admin] = await signInAs(
      server.url,
      'clerk',
      'reviewer',
      'lead',
      'planlead',
      'supervisor',
      'admin',
    );
    ({ id: caseId } = await acceptCase(clerk));
    const given = await evaluateAtWindow(server.url, clerk, caseId, {
      level: 'very-dissatisfied',
      comment: '材料清单前后说法不一，跑了三趟',
    });
    expect(given.status, JSON.stringify(given.body)).to.equal(201);
    [negative] = (await supervisor.get<EvaluationReply[]>(`/api/evaluations?caseId=${caseId}`)).body as [
      EvaluationReply,
    ];
  });
  after(() => server.close());

  const path = (id: string, action = '') => `/api/evaluations/${id}${action}`;

  it('given a negative review, then a follow-up opens with its deadline across the holiday and the department’s lead and the clerk are told', async () => {
    expect(negative).to.deep.include({ negative: true, realName: true, followUpOverdue: false });
    expect(negative.followUp).to.deep.include({
      status: 'open',
      dueAt: '2026-10-20T00:00:00.000+08:00',
      callBacks: [],
      rectification: null,
    });
    const notices = (await server.store.listOutbox({ caseId }, 50)).filter((m) => m.template === 'evaluation.negative');
    expect(notices.map((m) => m.to).sort()).to.deep.equal(['user:u-clerk', 'user:u-lead']);
    expect(String(notices[0]?.payload['text'])).to.contain('非常不满意').and.to.contain('请回访申请人');
    const open = await ok(lead.get<EvaluationReply[]>('/api/evaluations?negative=true&followUp=open'));
    expect(open.map((e) => e.id)).to.deep.equal([negative.id]);
  });

  it('given a real-name review not called back, then the supervisor cannot close it; only its department (not the clerk reviewed) calls back, at a time that was', async () => {
    const early = await supervisor.post<ErrorReply>(path(negative.id, '/close'), { opinion: '办结' });
    expect([early.status, early.body.code]).to.deep.equal([422, 'CALLBACK_REQUIRED']);
    const call = { reached: true, applicantSaid: '希望一次性告知所需材料' };
    expect((await clerk.post<ErrorReply>(path(negative.id, '/callbacks'), call)).body.code).to.equal(
      'NOT_FOLLOW_UP_HANDLER',
    );
    expect((await supervisor.post(path(negative.id, '/callbacks'), call)).status).to.equal(403);
    expect((await planlead.post(path(negative.id, '/callbacks'), call)).status).to.equal(404);
    await moveClock(supervisor, '2026-10-08T10:00:00+08:00');
    for (const calledAt of ['2026-10-08T10:00:01+08:00', '2026-09-29T09:00:00+08:00']) {
      const wrong = await lead.post<ErrorReply>(path(negative.id, '/callbacks'), { ...call, calledAt });
      expect([wrong.status, wrong.body.code]).to.deep.equal([422, 'CALLED_AT_INVALID']);
    }
    expect((await lead.post(path(negative.id, '/callbacks'), { ...call, calledAt: 'yesterday' })).status).to.equal(400);
    const called = await ok(
      lead.post<EvaluationReply>(path(negative.id, '/callbacks'), { ...call, calledAt: '2026-09-30T15:00:00+08:00' }),
    );
    expect(called.followUp?.callBacks).to.deep.equal([
      {
        by: 'u-lead',
        byName: '区人社局 首席代表',
        calledAt: '2026-09-30T15:00:00.000+08:00',
        reached: true,
        applicantSaid: '希望一次性告知所需材料',
        recordedAt: '2026-10-08T10:00:00.000+08:00',
      },
    ]);
    const unrectified = await supervisor.post<ErrorReply>(path(negative.id, '/close'), { opinion: '办结' });
    expect([unrectified.status, unrectified.body.code]).to.deep.equal([422, 'RECTIFICATION_REQUIRED']);
  });

  it('given the deadline passes unrectified, then the follow-up is overdue and listed as such from 24:00 on 10-19', async () => {
    await moveClock(supervisor, '2026-10-19T23:59:59.999+08:00');
    expect((await ok(supervisor.get<EvaluationReply[]>('/api/evaluations?overdue=true'))).length).to.equal(0);
    await moveClock(supervisor, '2026-10-20T00:00:00+08:00');
    const overdue = await ok(supervisor.get<EvaluationReply[]>('/api/evaluations?overdue=true'));
    expect(overdue.map((e) => [e.id, e.followUpOverdue])).to.deep.equal([[negative.id, true]]);
  });

  it('given a rectification and a call-back, then the supervisor closes the follow-up once, and the whole history verifies', async () => {
    const rectified = await ok(
      reviewer.post<EvaluationReply>(path(negative.id, '/rectification'), {
        note: '已修订材料清单并在窗口公示，对窗口人员开展一次性告知培训',
      }),
    );
    expect(rectified.followUp?.rectification).to.deep.include({
      by: 'u-reviewer',
      at: '2026-10-20T00:00:00.000+08:00',
    });
    expect((await lead.post(path(negative.id, '/close'), { opinion: '办结' })).status).to.equal(403);
    const closed = await ok(
      supervisor.post<EvaluationReply>(path(negative.id, '/close'), { opinion: '已回访、已整改，同意办结' }),
    );
    expect(closed.followUp).to.deep.include({ status: 'closed', opinion: '已回访、已整改，同意办结' });
    expect(closed.followUpOverdue).to.equal(false);
    expect(await ok(supervisor.get<EvaluationReply[]>('/api/evaluations?overdue=true'))).to.deep.equal([]);
    const twice = await supervisor.post<ErrorReply>(path(negative.id, '/close'), { opinion: '再次办结' });
    expect([twice.status, twice.body.code]).to.deep.equal([409, 'FOLLOW_UP_CLOSED']);
    const detail = await ok(supervisor.get<EvaluationDetailReply>(path(negative.id)));
    expect(detail.history.map((h) => h.type)).to.deep.equal([
      'evaluation.given',
      'evaluation.calledBack',
      'evaluation.rectified',
      'evaluation.closed',
    ]);
    expect(detail.history[2]?.data).to.deep.include({ late: true });
    expect(detail.evidence).to.deep.include({ verified: true, count: 4, brokenAt: null });
  });

  it('given an anonymous negative review, then there is nobody to call back: it closes once rectified', async () => {
    const served = await acceptCase(clerk);
    await evaluateAtWindow(server.url, clerk, served.id, { level: 'dissatisfied', anonymous: true });
    const [anonymous] = await ok(supervisor.get<EvaluationReply[]>(`/api/evaluations?caseId=${served.id}`));
    const id = anonymous?.id ?? '';
    expect(anonymous).to.deep.include({ realName: false, evaluator: { name: null, phone: null, userId: null } });
    const call = await lead.post<ErrorReply>(path(id, '/callbacks'), { reached: false, applicantSaid: '—' });
    expect([call.status, call.body.code]).to.deep.equal([422, 'ANONYMOUS_EVALUATION']);
    await ok(admin.post(path(id, '/rectification'), { note: '窗口服务规范再培训' }));
    const closed = await ok(supervisor.post<EvaluationReply>(path(id, '/close'), { opinion: '已整改' }));
    expect(closed.followUp?.status).to.equal('closed');
  });

  it('given a negative review of a department clerk, then that clerk does not follow up their own review; their lead does', async () => {
    const served = await acceptCase(clerk);
    await evaluateAtWindow(server.url, reviewer, served.id, { level: 'dissatisfied', comment: '审核说明不清' });
    const [review] = await ok(supervisor.get<EvaluationReply[]>(`/api/evaluations?caseId=${served.id}`));
    expect(review).to.deep.include({ clerkId: 'u-reviewer', windowId: null, departmentId: 'jj-labour' });
    const own = await reviewer.post<ErrorReply>(path(review?.id ?? '', '/rectification'), { note: '自己整改' });
    expect([own.status, own.body.code]).to.deep.equal([403, 'NOT_FOLLOW_UP_HANDLER']);
    await ok(lead.post(path(review?.id ?? '', '/rectification'), { note: '科室复核审核说明模板' }));
  });

  it('given a positive review, then there is no follow-up to call back, rectify or close', async () => {
    const served = await acceptCase(clerk);
    await evaluateAtWindow(server.url, clerk, served.id, { level: 'satisfied' });
    const [positive] = await ok(supervisor.get<EvaluationReply[]>(`/api/evaluations?caseId=${served.id}`));
    const reply = await lead.post<ErrorReply>(path(positive?.id ?? '', '/rectification'), { note: '无' });
    expect([reply.status, reply.body.code]).to.deep.equal([422, 'NO_FOLLOW_UP']);
    expect(
      (await server.store.listOutbox({ caseId: served.id }, 50)).some((m) => m.template === 'evaluation.negative'),
    ).to.equal(false);
  });
});
