import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { CaseReply } from './support/lifecycle.js';

interface TaskReply {
  id: string;
  name: string;
  dueAt: string | null;
}

interface EvidenceReply {
  verified: boolean;
  events: { type: string; at: string; by?: string; data: Record<string, unknown> }[];
}

describe('Scenario: the clock stops while the applicant supplements (补正) and resumes after National Day', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let caseId: string;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    reviewer = await new HttpClient(server.url).login('reviewer');
  });
  after(() => server.close());

  it('given Wang Shibi’s application accepted on Monday 09-21, then 7 working days end with 10-08 and the review step is due with 09-28', async () => {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    caseId = accepted.body.id;
    expect(accepted.body.promisedDueAt).to.equal('2026-10-09T00:00:00.000+08:00');
    const step = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    // 审核 has 4 working days from 09-22: 22, 23, 24, (25–27 Mid-Autumn), 28
    expect(step.body.tasks.map((t) => [t.name, t.dueAt])).to.deep.equal([['审核', '2026-09-29T00:00:00.000+08:00']]);
  });

  it('when the reviewer finds the loss statement unsigned on Wednesday 09-23 and stops the clock for 补正, then the case is stopped, not late', async () => {
    server.clock.set('2026-09-23T10:00:00+08:00');
    const [review] = (await reviewer.get<TaskReply[]>('/api/tasks')).body;
    expect(review?.name).to.equal('审核');
    const stopped = await reviewer.post<CaseReply>(`/api/cases/${caseId}/clock/stop`, {
      kind: 'supplement',
      reason: '再就业证遗失声明未签名，请申请人签名后补交',
      expectedDays: 5,
    });
    expect(stopped.status).to.equal(200);
    expect(stopped.body).to.include({ clock: 'stopped', promisedDueAt: '2026-10-09T00:00:00.000+08:00' });
  });

  it('when the signed statement arrives on Friday 10-09 and the clock resumes, then every deadline moves by the 6 stopped working days, across the holiday', async () => {
    server.clock.set('2026-10-09T09:30:00+08:00');
    const resumed = await reviewer.post<CaseReply>(`/api/cases/${caseId}/clock/resume`);
    expect(resumed.status).to.equal(200);
    // stopped: 09-23, 09-24, 09-28, 09-29, 09-30, 10-08 (09-25..27 and 10-01..07 are holidays)
    // case: end of 10-08 + 6 → 10-09, 10-10 (make-up Saturday), 10-12, 10-13, 10-14, 10-15
    expect(resumed.body).to.include({ clock: 'running', promisedDueAt: '2026-10-16T00:00:00.000+08:00' });
    // step: end of 09-28 + 6 → 09-29, 09-30, 10-08, 10-09, 10-10, 10-12
    expect(resumed.body.tasks[0]?.dueAt).to.equal('2026-10-13T00:00:00.000+08:00');
    const evidence = await reviewer.get<EvidenceReply>(`/api/cases/${caseId}/evidence`);
    const resumedEvent = evidence.body.events.find((e) => e.type === 'clock.resumed');
    expect(resumedEvent).to.deep.include({ by: 'u-reviewer', at: '2026-10-09T09:30:00.000+08:00' });
    expect(resumedEvent?.data).to.include({ kind: 'supplement', days: 6 });
    const stoppedEvent = evidence.body.events.find((e) => e.type === 'clock.stopped');
    expect(stoppedEvent?.data).to.include({ reason: '再就业证遗失声明未签名，请申请人签名后补交', expectedDays: 5 });
    expect(evidence.body.verified).to.equal(true);
  });

  it('then the case finishes on Monday 10-12 on time: 3 working days counted of 7 (9 had the stop counted)', async () => {
    server.clock.set('2026-10-12T11:00:00+08:00');
    const [review] = (await reviewer.get<TaskReply[]>('/api/tasks')).body;
    const reviewed = await reviewer.post<CaseReply>(`/api/tasks/${review?.id}/complete`, {
      opinion: '材料已补正，同意',
    });
    const issued = await clerk.post<CaseReply>(`/api/tasks/${reviewed.body.tasks[0]?.id}/complete`, {});
    expect(issued.body.status).to.equal('completed');
    // 9 working days and a morning passed since 09-22, less the 6 stopped ones, counted in halves
    const detail = await clerk.get<EvidenceReply>(`/api/cases/${caseId}/evidence`);
    const completed = detail.body.events.find((e) => e.type === 'case.completed');
    expect(completed?.data).to.include({ onTime: true });
    expect(issued.body.usedDays).to.equal(3);
  });
});
