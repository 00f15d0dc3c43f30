import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { CaseReply, ErrorReply } from '../scenarios/support/lifecycle.js';

interface TaskReply {
  id: string;
  name: string;
  assignee: string | null;
  claimedBy: string | null;
}

describe('case life cycle over HTTP: task and case commands for the signed-in user', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let clerk2: HttpClient;
  let reviewer: HttpClient;
  let supervisor: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    clerk2 = await new HttpClient(server.url).login('clerk2');
    reviewer = await new HttpClient(server.url).login('reviewer');
    supervisor = await new HttpClient(server.url).login('supervisor');
  });
  after(() => server.close());

  async function acceptCase(): Promise<CaseReply> {
    const reply = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(reply.status).to.equal(201);
    return reply.body;
  }

  async function atReview(): Promise<CaseReply> {
    const accepted = await acceptCase();
    const done = await clerk.post<CaseReply>(`/api/tasks/${accepted.tasks[0]?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    expect(done.body.tasks.map((t) => t.name)).to.deep.equal(['审核']);
    return done.body;
  }

  it('given an open 受理 step, when a clerk claims it, then only she may work on it; a colleague gets 409, a supervisor 403', async () => {
    const accepted = await acceptCase();
    const taskId = accepted.tasks[0]?.id ?? '';
    const claimed = await clerk.post<CaseReply>(`/api/tasks/${taskId}/claim`);
    expect(claimed.status).to.equal(200);
    expect(claimed.body.version).to.equal(2);
    const again = await clerk2.post<ErrorReply>(`/api/tasks/${taskId}/claim`, {});
    expect([again.status, again.body.code]).to.deep.equal([409, 'TASK_ALREADY_CLAIMED']);
    const worklist = await clerk2.get<TaskReply[]>('/api/tasks');
    expect(worklist.body.map((t) => t.id)).not.to.include(taskId);
    const readOnly = await supervisor.post<ErrorReply>(`/api/tasks/${taskId}/claim`);
    expect([readOnly.status, readOnly.body.code]).to.deep.equal([403, 'FORBIDDEN']);
    expect(readOnly.body.message).to.match(/[\u4e00-\u9fff]/);
  });

  it('given a claimed step, when it is transferred to a colleague, then she sees it; an unknown user is 422 and an empty target 400', async () => {
    const accepted = await acceptCase();
    const taskId = accepted.tasks[0]?.id ?? '';
    await clerk.post(`/api/tasks/${taskId}/claim`);
    const nobody = await clerk.post<ErrorReply>(`/api/tasks/${taskId}/transfer`, { assignee: 'u-ghost' });
    expect([nobody.status, nobody.body.code]).to.deep.equal([422, 'ASSIGNEE_UNKNOWN']);
    const empty = await clerk.post<ErrorReply>(`/api/tasks/${taskId}/transfer`, { reason: '请假' });
    expect([empty.status, empty.body.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const moved = await clerk.post<CaseReply>(`/api/tasks/${taskId}/transfer`, {
      assignee: 'u-clerk2',
      reason: '请假',
    });
    expect(moved.status).to.equal(200);
    const worklist = await clerk2.get<TaskReply[]>('/api/tasks');
    expect(worklist.body.find((t) => t.id === taskId)).to.include({ assignee: 'u-clerk2', claimedBy: null });
    const detail = await clerk.get<{ events: { type: string; data: Record<string, unknown> }[] }>(
      `/api/cases/${accepted.id}`,
    );
    expect(detail.body.events.at(-1)).to.deep.include({ type: 'task.transferred' });
    expect(detail.body.events.at(-1)?.data).to.include({ assignee: 'u-clerk2', reason: '请假' });
  });

  it('given the 审核 step, when the reviewer returns it to 受理 with a reason, then 受理 is open again; without a reason 400, to a later step 422', async () => {
    const review = await atReview();
    const taskId = review.tasks[0]?.id ?? '';
    const noReason = await reviewer.post<ErrorReply>(`/api/tasks/${taskId}/return`, { to: 'accept' });
    expect([noReason.status, noReason.body.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const forward = await reviewer.post<ErrorReply>(`/api/tasks/${taskId}/return`, { to: 'issue', reason: '跳过' });
    expect([forward.status, forward.body.code]).to.deep.equal([422, 'RETURN_TARGET_INVALID']);
    const returned = await reviewer.post<CaseReply>(`/api/tasks/${taskId}/return`, {
      to: 'accept',
      reason: '遗失声明未登报，请核实',
    });
    expect(returned.status).to.equal(200);
    expect(returned.body.tasks.map((t) => t.name)).to.deep.equal(['受理']);
  });

  it('given a step that closed, when someone acts on it, then 409 TASK_CLOSED; a task of an unknown case is 404', async () => {
    const review = await atReview();
    const closed = await clerk.post<ErrorReply>(`/api/tasks/${review.id}.t1/complete`, {});
    expect([closed.status, closed.body.code]).to.deep.equal([409, 'TASK_CLOSED']);
    const unknown = await clerk.post<ErrorReply>('/api/tasks/no-such-case.t1/claim');
    expect([unknown.status, unknown.body.code]).to.deep.equal([404, 'TASK_NOT_FOUND']);
    const anonymous = await new HttpClient(server.url).post<ErrorReply>(`/api/tasks/${review.tasks[0]?.id}/claim`);
    expect(anonymous.status).to.equal(401);
  });

  it('given a running case, when its handler stops and resumes the clock, then each is one commit; only handlers may, and never twice', async () => {
    const accepted = await acceptCase();
    const path = `/api/cases/${accepted.id}`;
    const badKind = await clerk.post<ErrorReply>(`${path}/clock/stop`, { kind: 'coffee', reason: '休息' });
    expect([badKind.status, badKind.body.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const notHandler = await reviewer.post<ErrorReply>(`${path}/clock/stop`, { kind: 'supplement', reason: '补正' });
    expect([notHandler.status, notHandler.body.code]).to.deep.equal([403, 'NOT_CASE_HANDLER']);
    const stopped = await clerk.post<CaseReply>(`${path}/clock/stop`, {
      kind: 'supplement',
      reason: '身份证复印件不清晰',
      expectedDays: 3,
    });
    expect([stopped.status, stopped.body.clock, stopped.body.version]).to.deep.equal([200, 'stopped', 2]);
    const twice = await clerk.post<ErrorReply>(`${path}/clock/stop`, { kind: 'supplement', reason: '再停' });
    expect([twice.status, twice.body.code]).to.deep.equal([409, 'CLOCK_ALREADY_STOPPED']);
    const resumed = await clerk.post<CaseReply>(`${path}/clock/resume`);
    expect([resumed.status, resumed.body.clock, resumed.body.version]).to.deep.equal([200, 'running', 3]);
    const notStopped = await clerk.post<ErrorReply>(`${path}/clock/resume`, {});
    expect([notStopped.status, notStopped.body.code]).to.deep.equal([409, 'CLOCK_NOT_STOPPED']);
  });

  it('given a running case, when its handler extends it with the head’s approval, then the promise moves once; a second extension is 422', async () => {
    const accepted = await acceptCase();
    const path = `/api/cases/${accepted.id}/extend`;
    const noApprover = await clerk.post<ErrorReply>(path, { days: 5, reason: '情况复杂' });
    expect([noApprover.status, noApprover.body.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const tooLong = await clerk.post<ErrorReply>(path, { days: 30, approver: '区人社局局长', reason: '情况复杂' });
    expect([tooLong.status, tooLong.body.code]).to.deep.equal([422, 'EXTENSION_EXCEEDS_LIMIT']);
    const extended = await clerk.post<CaseReply>(path, { days: 5, approver: '区人社局局长', reason: '需核实档案' });
    expect(extended.status).to.equal(200);
    expect(Date.parse(extended.body.promisedDueAt)).to.be.greaterThan(Date.parse(accepted.promisedDueAt));
    const again = await clerk.post<ErrorReply>(path, { days: 1, approver: '区人社局局长', reason: '再延' });
    expect([again.status, again.body.code]).to.deep.equal([422, 'EXTENSION_ALREADY_GRANTED']);
  });

  it('given a running case, when its handler refuses it (不予许可), then reasons are required and the case is closed to further commands', async () => {
    const accepted = await acceptCase();
    const path = `/api/cases/${accepted.id}`;
    const noReasons = await clerk.post<ErrorReply>(`${path}/terminate`, { reasons: [] });
    expect([noReasons.status, noReasons.body.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const blank = await clerk.post<ErrorReply>(`${path}/terminate`, { reasons: ['   '] });
    expect(blank.status).to.equal(400);
    const refused = await clerk.post<CaseReply>(`${path}/terminate`, { reasons: ['申请人不属于失业人员'] });
    expect([refused.status, refused.body.status, refused.body.outcome]).to.deep.equal([200, 'terminated', '不予许可']);
    const closed = await clerk.post<ErrorReply>(`${path}/clock/stop`, { kind: 'supplement', reason: '补正' });
    expect([closed.status, closed.body.code]).to.deep.equal([409, 'CASE_CLOSED']);
    const readOnly = await supervisor.post<ErrorReply>(`${path}/withdraw`, {});
    expect([readOnly.status, readOnly.body.code]).to.deep.equal([403, 'FORBIDDEN']);
  });

  it('given a running case, when the window records the applicant’s withdrawal, then it is withdrawn with the reason', async () => {
    const accepted = await acceptCase();
    const withdrawn = await clerk.post<CaseReply>(`/api/cases/${accepted.id}/withdraw`, { reason: '证件已找到' });
    expect([withdrawn.status, withdrawn.body.status, withdrawn.body.tasks]).to.deep.equal([200, 'withdrawn', []]);
    const unknown = await clerk.post<ErrorReply>('/api/cases/no-such-case/withdraw', {});
    expect([unknown.status, unknown.body.code]).to.deep.equal([404, 'NOT_FOUND']);
  });
});
