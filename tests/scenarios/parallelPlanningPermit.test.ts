import { expect } from 'chai';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import {
  fetchHtml,
  PLANNING_APPLICATION,
  signIn,
  visibleText,
  type CaseReply,
  type ErrorReply,
} from './support/lifecycle.js';

interface TaskReply {
  id: string;
  name: string;
  caseId: string;
}

interface EvidenceReply {
  verified: boolean;
  events: { seq: number; type: string; at: string; by?: string; data: Record<string, unknown> }[];
}

/** Every material the joint window checks at 受理 (the step lists the conditional ones too). */
const ACCEPT_MATERIALS = [
  'application',
  'business-licence',
  'project-approval',
  'land-proof',
  'design-scheme',
  'civil-defense-design',
  'greening-plan',
  'traffic-study',
  'power-of-attorney',
];

describe('Scenario (seed 002): one window accepts a planning permit, four departments review in parallel, one certificate is issued', () => {
  let server: TestServer;
  const users: Record<string, HttpClient> = {};
  let caseId: string;

  before(async () => {
    server = await startTestServer({ now: '2026-11-02T09:00:00+08:00' });
    for (const name of ['joint', 'planner', 'planlead', 'renfang', 'urban', 'transport']) {
      users[name] = await new HttpClient(server.url).login(name);
    }
  });
  after(() => server.close());

  const user = (name: string): HttpClient => users[name] as HttpClient;

  /** The user's one task of this case with that name, completed; a lost race (409 CASE_CONFLICT) is retried, as a client would. */
  async function complete(name: string, step: string, body: Record<string, unknown>): Promise<CaseReply> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const tasks = (await user(name).get<TaskReply[]>('/api/tasks')).body.filter((t) => t.caseId === caseId);
      const task = tasks.find((t) => t.name === step);
      expect(task, `${name} should see 「${step}」`).to.not.equal(undefined);
      const reply = await user(name).post<CaseReply & ErrorReply>(`/api/tasks/${task?.id}/complete`, body);
      if (reply.status === 200) return reply.body;
      expect(reply.body.code).to.equal('CASE_CONFLICT');
    }
    throw new Error(`${name} could not complete ${step}`);
  }

  it('given a complete application at the joint window on Monday 11-02, then it is accepted once with a 15-working-day promise', async () => {
    const accepted = await user('joint').post<CaseReply>('/api/cases', PLANNING_APPLICATION);
    expect(accepted.status).to.equal(201);
    caseId = accepted.body.id;
    expect(accepted.body).to.include({
      receiptNumber: 'SL20261102-0001',
      promisedDueAt: '2026-11-24T00:00:00.000+08:00',
    });
    expect(accepted.body.tasks.map((t) => t.name)).to.deep.equal(['并联审批窗口受理']);
    const notice = await fetchHtml(
      server.url,
      `/api/cases/${caseId}/documents/acceptance-notice`,
      await signIn(server.url, 'joint'),
    );
    const text = visibleText(notice.html);
    expect(text).to.contain('建设工程规划许可证核发（JJ-ZG-001）');
    expect(text).to.contain('承诺办结日期 2026年11月23日');
    expect(text).to.contain('根据《中华人民共和国行政许可法》第三十二条的规定，本机关决定予以受理');
    const cases = await user('planner').get<CaseReply[]>('/api/cases');
    expect(cases.body.filter((c) => c.receiptNumber.startsWith('SL20261102'))).to.have.length(1);
  });

  it('when the window completes 受理, then each department sees only its own review in its worklist', async () => {
    const after = await complete('joint', '并联审批窗口受理', { verifiedMaterials: ACCEPT_MATERIALS });
    expect(after.tasks.map((t) => t.name).sort()).to.deep.equal(
      ['设计方案审查', '防空地下室建设审查', '绿地配套审查', '交通影响评价审查'].sort(),
    );
    const seen = async (name: string) =>
      (await user(name).get<TaskReply[]>('/api/tasks')).body.filter((t) => t.caseId === caseId).map((t) => t.name);
    expect(await seen('planner')).to.deep.equal(['设计方案审查']);
    expect(await seen('renfang')).to.deep.equal(['防空地下室建设审查']);
    expect(await seen('urban')).to.deep.equal(['绿地配套审查']);
    expect(await seen('transport')).to.deep.equal(['交通影响评价审查']);
    expect(await seen('planlead')).to.deep.equal([]);
  });

  it('when the four departments review at the same time on 11-03, then every review lands (a lost race is retried) and planning goes on to 批前公示', async () => {
    server.clock.set('2026-11-03T10:00:00+08:00');
    await Promise.all([
      complete('planner', '设计方案审查', { verifiedMaterials: ['design-scheme'], opinion: '符合规划条件' }),
      complete('renfang', '防空地下室建设审查', { verifiedMaterials: ['civil-defense-design'], opinion: '同意' }),
      complete('urban', '绿地配套审查', { verifiedMaterials: ['greening-plan'], opinion: '绿地率 30% 达标' }),
      complete('transport', '交通影响评价审查', { verifiedMaterials: ['traffic-study'], opinion: '同意' }),
    ]);
    const detail = await user('planner').get<CaseReply>(`/api/cases/${caseId}`);
    expect(detail.body.tasks.map((t) => t.name)).to.deep.equal(['批前公示']);
  });

  it('when the publicity ends on 11-10, the lead decides on 11-11 and the window issues on 11-12, then the case is completed early', async () => {
    server.clock.set('2026-11-10T17:00:00+08:00');
    const decided = await complete('planner', '批前公示', { opinion: '公示期满无异议' });
    expect(decided.tasks.map((t) => t.name)).to.deep.equal(['联合审定']);
    server.clock.set('2026-11-11T15:00:00+08:00');
    await complete('planlead', '联合审定', { outcome: 'approve', opinion: '各部门意见一致，准予许可' });
    server.clock.set('2026-11-12T10:00:00+08:00');
    const issued = await complete('joint', '统一发证', {});
    expect(issued).to.include({ status: 'completed', outcome: '办结' });
  });

  it('then the window records 办结 with the certificate number and the builder’s contact picks it up, all in one verified chain', async () => {
    const concluded = await user('joint').post<CaseReply>(`/api/cases/${caseId}/conclude`, {
      result: 'approved',
      certificateNumber: '建字第510104202600123号',
    });
    expect(concluded.body.conclusion).to.include({ result: 'approved', certificateNumber: '建字第510104202600123号' });
    server.clock.set('2026-11-13T09:30:00+08:00');
    const delivered = await user('joint').post<CaseReply>(`/api/cases/${caseId}/deliver`, {
      method: '窗口领取',
      recipient: '王晓东（建设单位项目联系人）',
    });
    expect(delivered.body.delivery).to.include({ method: '窗口领取', onTime: true });

    const evidence = await user('planlead').get<EvidenceReply>(`/api/cases/${caseId}/evidence`);
    expect(evidence.body.verified).to.equal(true);
    const signOffs = evidence.body.events.filter((e) => e.type === 'task.completed').map((e) => [e.data['name'], e.by]);
    expect(signOffs).to.deep.include.members([
      ['并联审批窗口受理', 'u-joint'],
      ['设计方案审查', 'u-planner'],
      ['防空地下室建设审查', 'u-renfang'],
      ['绿地配套审查', 'u-urban'],
      ['交通影响评价审查', 'u-transport'],
      ['批前公示', 'u-planner'],
      ['联合审定', 'u-planlead'],
      ['统一发证', 'u-joint'],
    ]);
    expect(evidence.body.events.filter((e) => e.type === 'case.accepted')).to.have.length(1);
    expect(evidence.body.events.slice(-2).map((e) => e.type)).to.deep.equal(['case.concluded', 'case.delivered']);
    const completed = evidence.body.events.find((e) => e.type === 'case.completed');
    expect(completed?.data).to.include({ onTime: true });
  });
});
