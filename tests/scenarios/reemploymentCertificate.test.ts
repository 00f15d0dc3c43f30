import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface CaseReply {
  id: string;
  receiptNumber: string;
  status: string;
  promisedDueAt: string;
  tasks: { id: string; name: string }[];
}
interface TaskReply {
  id: string;
  name: string;
  receiptNumber: string;
}

describe("Scenario (seed 000): Wang Shibi reissues her son's re-employment certificate at the street window", () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    reviewer = await new HttpClient(server.url).login('reviewer');
  });
  after(() => server.close());

  it('refuses acceptance while the loss statement is missing, naming it, and stores nothing', async () => {
    const reply = await clerk.post('/api/cases', { ...REEMPLOYMENT_APPLICATION, materials: ['id-card'] });
    expect(reply.status).to.equal(422);
    expect(reply.body['code']).to.equal('MATERIALS_MISSING');
    expect(reply.body['message']).to.contain('再就业证遗失声明');
    expect((reply.body['details'] as { missing: { id: string }[] }).missing.map((m) => m.id)).to.deep.equal([
      'loss-statement',
    ]);
    expect((await clerk.get<unknown[]>('/api/cases')).body).to.have.length(0);
  });

  it('accepts, answers with a receipt number and a 7-working-day promise that skips the Mid-Autumn and National Day holidays, then walks the case to completion', async () => {
    // Given a complete application on Monday 2026-09-21
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(accepted.status).to.equal(201);
    expect(accepted.body.receiptNumber).to.equal('SL20260921-0001');
    // counting starts 09-22: 22, 23, 24, (25–27 holiday), 28, 29, 30, (10-01..07 holiday), 10-08 → due end of 10-08
    expect(accepted.body.promisedDueAt).to.equal('2026-10-09T00:00:00.000+08:00');
    expect(accepted.body.tasks.map((t) => t.name)).to.deep.equal(['受理']);

    // When the street window takes the 受理 step from its worklist
    const clerkTasks = await clerk.get<TaskReply[]>('/api/tasks');
    expect(clerkTasks.body.map((t) => t.name)).to.deep.equal(['受理']);
    expect((await reviewer.get<TaskReply[]>('/api/tasks')).body).to.have.length(0);
    const acceptTask = clerkTasks.body[0] as TaskReply;
    const forbidden = await reviewer.post(`/api/tasks/${acceptTask.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    expect(forbidden.status).to.equal(403);
    expect(forbidden.body['code']).to.equal('NOT_ELIGIBLE');
    const unverified = await clerk.post(`/api/tasks/${acceptTask.id}/complete`, { verifiedMaterials: ['id-card'] });
    expect(unverified.status).to.equal(422);
    expect(unverified.body['code']).to.equal('MATERIALS_NOT_VERIFIED');
    const done = await clerk.post<CaseReply>(`/api/tasks/${acceptTask.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    expect(done.status).to.equal(200);
    expect(done.body.tasks.map((t) => t.name)).to.deep.equal(['审核']);

    // Then the district reviews: a sign-off step needs an opinion
    server.clock.set('2026-09-22T10:00:00+08:00');
    const [review] = (await reviewer.get<TaskReply[]>('/api/tasks')).body;
    expect(review?.name).to.equal('审核');
    const noOpinion = await reviewer.post(`/api/tasks/${review?.id}/complete`, {});
    expect(noOpinion.status).to.equal(422);
    expect(noOpinion.body['code']).to.equal('OPINION_REQUIRED');
    const reviewed = await reviewer.post<CaseReply>(`/api/tasks/${review?.id}/complete`, {
      opinion: '材料真实有效，同意补办',
    });
    expect(reviewed.body.tasks.map((t) => t.name)).to.deep.equal(['发证']);

    // And the window issues the certificate on day four: done early, as in the article
    server.clock.set('2026-09-24T15:00:00+08:00');
    const [issue] = (await clerk.get<TaskReply[]>('/api/tasks')).body;
    const issued = await clerk.post<CaseReply>(`/api/tasks/${issue?.id}/complete`, {});
    expect(issued.body.status).to.equal('completed');

    const detail = await clerk.get<{ events: { type: string; by?: string; hash: string; prevHash: string }[] }>(
      `/api/cases/${accepted.body.id}`,
    );
    const types = detail.body.events.map((e) => e.type);
    expect(types[0]).to.equal('case.accepted');
    expect(types.at(-1)).to.equal('case.completed');
    expect(types.filter((t) => t === 'task.completed')).to.have.length(3);
    const completedBy = detail.body.events.filter((e) => e.type === 'task.completed').map((e) => e.by);
    expect(completedBy).to.deep.equal(['u-clerk', 'u-reviewer', 'u-clerk']);
    detail.body.events.slice(1).forEach((event, i) => expect(event.prevHash).to.equal(detail.body.events[i]?.hash));
  });
});
