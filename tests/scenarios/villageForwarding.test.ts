import { expect } from 'chai';
import { createChinaCalendar } from '@govflow/engine';
import { forwardingDelays, lateForwarding, overdueForwarding, type PathHopLike } from '@govflow/server';
import { REEMPLOYMENT_APPLICATION, UNEMPLOYMENT_BENEFIT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { CaseReply, ErrorReply } from './support/lifecycle.js';

interface Hop {
  seq: number;
  action: string;
  actionText: string;
  at: string;
  by: string;
  unitId: string | null;
  windowId: string | null;
  hash: string;
  prevHash: string;
  data: Record<string, unknown>;
}
interface ApplicationReply {
  id: string;
  number: string;
  status: string;
  unitId: string;
  windowId: string | null;
  unitName: string;
  caseId: string | null;
  receiptNumber: string | null;
  path: Hop[];
  pathVerified: boolean;
  forwarding: { unitId: string; late: boolean; workingDays: number; forwardedAt: string | null; dueBy: string }[];
  completeness?: { complete: boolean };
}
interface AcceptReply {
  application: ApplicationReply;
  case: CaseReply;
  verificationCode: string;
}
interface EvidenceReply {
  verified: boolean;
  events: { seq: number; type: string; at: string; by?: string; data: Record<string, unknown> }[];
}

describe('Scenario: village → town → district — an application carried upward keeps its whole path (纵到底)', () => {
  const calendar = createChinaCalendar();
  let server: TestServer;
  const as: Record<string, HttpClient> = {};
  let application: ApplicationReply;
  let acceptance: AcceptReply;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    for (const name of ['agent', 'clerk', 'clerk3', 'reviewer', 'planlead', 'supervisor', 'applicant']) {
      as[name] = await new HttpClient(server.url).login(name);
    }
  });
  after(() => server.close());

  const client = (name: string): HttpClient => {
    const found = as[name];
    if (!found) throw new Error(`no client ${name}`);
    return found;
  };

  it('given Liu Guilan brings her papers to the 科甲巷 community room on Monday 09-21, when the agent registers them, then the application waits there with a one-working-day forwarding limit', async () => {
    const reply = await client('agent').post<ApplicationReply>('/api/applications', UNEMPLOYMENT_BENEFIT_APPLICATION);
    expect(reply.status).to.equal(201);
    application = reply.body;
    expect(application).to.include({ status: 'pending', unitId: 'jj-chunxilu-kejiaxiang', unitName: '科甲巷社区' });
    expect(application.completeness?.complete).to.equal(true);
    expect(application.path.map((h) => h.action)).to.deep.equal(['registered']);
    expect(application.path[0]?.data['forwardBy']).to.deep.include({
      unitId: 'jj-chunxilu-kejiaxiang',
      limitDays: 1,
      dueBy: '2026-09-23T00:00:00.000+08:00',
    });
  });

  it('given the room may not decide a district item, when the agent tries to accept, to forward sideways or past the district, then each is refused and nothing moves', async () => {
    const accept = await client('agent').post<ErrorReply>(`/api/applications/${application.id}/accept`);
    expect([accept.status, accept.body.code]).to.deep.equal([422, 'NOT_HANDLING_LEVEL']);
    const sideways = await client('agent').post<ErrorReply>(`/api/applications/${application.id}/forward`, {
      toUnitId: 'jj-shuyuanjie',
    });
    expect([sideways.status, sideways.body.code]).to.deep.equal([422, 'FORWARD_NOT_UPWARD']);
    const beyond = await client('agent').post<ErrorReply>(`/api/applications/${application.id}/forward`, {
      toUnitId: 'cd',
    });
    expect([beyond.status, beyond.body.code]).to.deep.equal([422, 'FORWARD_BEYOND_LEVEL']);
    const down = await client('agent').post<ErrorReply>(`/api/applications/${application.id}/forward`, {
      toUnitId: 'jj-chunxilu-dayelu',
    });
    expect(down.status).to.equal(422);
    const unchanged = await client('agent').get<ApplicationReply>(`/api/applications/${application.id}`);
    expect(unchanged.body.path).to.have.length(1);
  });

  it('when the agent forwards it to 春熙路街道 the same morning, then it lands in that window’s queue and no other street sees it', async () => {
    server.clock.set('2026-09-21T10:00:00+08:00');
    const forwarded = await client('agent').post<ApplicationReply>(`/api/applications/${application.id}/forward`, {
      toUnitId: 'jj-chunxilu',
    });
    expect(forwarded.status).to.equal(200);
    expect(forwarded.body).to.include({ unitId: 'jj-chunxilu', windowId: 'jj-chunxilu-window' });
    const queue = await client('clerk').get<ApplicationReply[]>('/api/applications/queue');
    expect(queue.body.map((a) => a.id)).to.include(application.id);
    expect((await client('clerk3').get<ApplicationReply[]>('/api/applications/queue')).body).to.deep.equal([]);
    expect((await client('clerk3').get(`/api/applications/${application.id}`)).status).to.equal(404);
    expect((await client('applicant').get(`/api/applications/${application.id}`)).status).to.equal(404);
    const agentQueue = await client('agent').get<ApplicationReply[]>('/api/applications/queue');
    expect(agentQueue.body.map((a) => a.id)).to.not.include(application.id);
    // The room can no longer act on it, but follows it.
    const again = await client('agent').post<ErrorReply>(`/api/applications/${application.id}/forward`, {
      toUnitId: 'jj',
    });
    expect([again.status, again.body.code]).to.deep.equal([403, 'NOT_APPLICATION_HANDLER']);
  });

  it('when the street window holds it past its limit (end of Tuesday 09-22), then a supervision sweep finds it held; forwarded only on Thursday 09-24, the path shows the town late', async () => {
    const early = await client('clerk').post<ErrorReply>(`/api/applications/${application.id}/accept`);
    expect([early.status, early.body.code]).to.deep.equal([422, 'NOT_HANDLING_LEVEL']);
    server.clock.set('2026-09-22T18:00:00+08:00');
    expect(await overdueForwarding(server.store, calendar, server.clock.now())).to.deep.equal([]);
    server.clock.set('2026-09-24T15:00:00+08:00');
    const overdue = await overdueForwarding(server.store, calendar, server.clock.now());
    expect(overdue.map((o) => [o.application.id, o.delay.unitId, o.delay.late])).to.deep.equal([
      [application.id, 'jj-chunxilu', true],
    ]);
    const forwarded = await client('clerk').post<ApplicationReply>(`/api/applications/${application.id}/forward`, {
      toUnitId: 'jj',
      note: '区级事项，报送区人社局',
    });
    expect(forwarded.body).to.include({ unitId: 'jj', windowId: 'jj-labour-window' });
    const village = forwarded.body.forwarding.find((d) => d.unitId === 'jj-chunxilu-kejiaxiang');
    const town = forwarded.body.forwarding.find((d) => d.unitId === 'jj-chunxilu');
    expect(village).to.include({ late: false, workingDays: 0 });
    expect(town).to.include({ late: true, forwardedAt: '2026-09-24T15:00:00.000+08:00', workingDays: 3 });
    expect(town?.dueBy).to.equal('2026-09-23T00:00:00.000+08:00');
  });

  it('when the district labour bureau accepts it, then the case is accepted at the district and keeps every hop in its evidence', async () => {
    expect((await client('planlead').get(`/api/applications/${application.id}`)).status).to.equal(404);
    const queue = await client('reviewer').get<ApplicationReply[]>('/api/applications/queue');
    expect(queue.body.map((a) => a.id)).to.include(application.id);
    const reply = await client('reviewer').post<AcceptReply>(`/api/applications/${application.id}/accept`);
    expect(reply.status).to.equal(201);
    acceptance = reply.body;
    expect(acceptance.verificationCode).to.match(/^[2-9A-Z]{8}$/);
    expect(acceptance.application).to.include({ status: 'accepted', caseId: acceptance.case.id });
    expect(acceptance.application.receiptNumber).to.equal(acceptance.case.receiptNumber);
    expect(acceptance.application.path.map((h) => h.action)).to.deep.equal([
      'registered',
      'forwarded',
      'forwarded',
      'accepted',
    ]);
    expect(acceptance.application.pathVerified).to.equal(true);

    const stored = await server.store.getCase(acceptance.case.id);
    expect(stored?.unitId).to.equal('jj');
    expect(stored?.scopeKeys).to.include.members([
      'unit:jj-chunxilu-kejiaxiang',
      'window:jj-chunxilu-kejiaxiang-room',
      'unit:jj-chunxilu',
      'window:jj-chunxilu-window',
      'unit:jj',
      'window:jj-labour-window',
      'dept:jj-labour',
    ]);

    const evidence = (await client('reviewer').get<EvidenceReply>(`/api/cases/${acceptance.case.id}/evidence`)).body;
    expect(evidence.verified).to.equal(true);
    const received = evidence.events.find((e) => e.type === 'case.received');
    expect(received?.data['applicationId']).to.equal(application.id);
    const path = received?.data['path'] as Hop[];
    expect(path.map((h) => [h.action, h.unitId, h.by])).to.deep.equal([
      ['registered', 'jj-chunxilu-kejiaxiang', 'u-agent'],
      ['forwarded', 'jj-chunxilu-kejiaxiang', 'u-agent'],
      ['forwarded', 'jj-chunxilu', 'u-clerk'],
      ['accepted', 'jj', 'u-reviewer'],
    ]);
    expect(path.map((h) => h.hash)).to.deep.equal(acceptance.application.path.map((h) => h.hash));
    expect(path[1]?.data['to']).to.deep.include({ unitId: 'jj-chunxilu', unitName: '春熙路街道' });
  });

  it('then the agent who registered it still follows the case, while a clerk of another street cannot read it at all', async () => {
    const id = acceptance.case.id;
    expect((await client('agent').get(`/api/cases/${id}`)).status).to.equal(200);
    expect((await client('agent').get(`/api/cases/${id}/evidence`)).status).to.equal(200);
    expect((await client('agent').get<CaseReply[]>('/api/cases')).body.map((c) => c.id)).to.include(id);
    expect((await client('agent').get<ApplicationReply>(`/api/applications/${application.id}`)).body.status).to.equal(
      'accepted',
    );
    for (const path of [`/api/cases/${id}`, `/api/cases/${id}/evidence`, `/api/applications/${application.id}`]) {
      const reply = await client('clerk3').get<ErrorReply>(path);
      expect([reply.status, reply.body.code], path).to.deep.equal([404, 'NOT_FOUND']);
    }
    expect((await client('clerk3').get<CaseReply[]>('/api/cases')).body.map((c) => c.id)).to.not.include(id);
    expect((await client('clerk3').get<ApplicationReply[]>('/api/applications')).body).to.deep.equal([]);
  });

  it('given the accepted application, when anyone accepts it again, then 409 and no second case', async () => {
    const again = await client('reviewer').post<ErrorReply>(`/api/applications/${application.id}/accept`);
    expect([again.status, again.body.code]).to.deep.equal([409, 'APPLICATION_STATE']);
    const mine = (await client('reviewer').get<CaseReply[]>('/api/cases')).body;
    expect(mine.filter((c) => c.receiptNumber === acceptance.case.receiptNumber)).to.have.length(1);
  });

  it('given the late forwarding in the path, then supervision’s late-forwarding detector names the street clerk, once', async () => {
    const record = await server.store.getCase(acceptance.case.id);
    const events = await server.store.listEvents(acceptance.case.id);
    const item = await server.store.getItem('JJ-RS-003');
    if (!record || !item) throw new Error('case or item missing');
    const drafts = lateForwarding.detect({
      record,
      item,
      model: {} as never,
      events,
      fresh: events,
      rules: {} as never,
      calendar,
    });
    expect(drafts.map((d) => [d.kind, d.responsibleId, d.keySubject])).to.deep.equal([
      ['late-forwarding', 'u-clerk', 'hop:2'],
    ]);
    const received = events.find((e) => String(e.type) === 'case.received');
    const delays = forwardingDelays(received?.data['path'] as PathHopLike[], calendar);
    expect(delays.map((d) => d.late)).to.deep.equal([false, true]);
    // And the running supervision recorded it as a signal of its own, once, even after a sweep.
    const supervisor = await new HttpClient(server.url).login('supervisor');
    await supervisor.post('/api/supervision/signals/sweep');
    const signals = await supervisor.get<{ kind: string; caseId: string; responsibleId: string }[]>(
      `/api/supervision/signals?kind=late-forwarding&caseId=${acceptance.case.id}`,
    );
    expect(signals.body.map((sig) => [sig.kind, sig.caseId, sig.responsibleId])).to.deep.equal([
      ['late-forwarding', acceptance.case.id, 'u-clerk'],
    ]);
  });
});

describe('Scenario: village → town for a town-level item — the street decides', () => {
  let server: TestServer;
  let agent: HttpClient;
  let clerk: HttpClient;
  let clerk3: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    agent = await new HttpClient(server.url).login('agent');
    clerk = await new HttpClient(server.url).login('clerk');
    clerk3 = await new HttpClient(server.url).login('clerk3');
  });
  after(() => server.close());

  it('given the agent registers and forwards a reissue of the re-employment certificate, when the street tries to pass it on to the district, then it must decide itself; it accepts, and the agent follows the case', async () => {
    const registered = await agent.post<ApplicationReply>('/api/applications', REEMPLOYMENT_APPLICATION);
    expect(registered.status).to.equal(201);
    const id = registered.body.id;
    const beyond = await agent.post<ErrorReply>(`/api/applications/${id}/forward`, { toUnitId: 'jj' });
    expect([beyond.status, beyond.body.code]).to.deep.equal([422, 'FORWARD_BEYOND_LEVEL']);
    await agent.post(`/api/applications/${id}/forward`, { toUnitId: 'jj-chunxilu' });
    const onward = await clerk.post<ErrorReply>(`/api/applications/${id}/forward`, { toUnitId: 'jj' });
    expect([onward.status, onward.body.code]).to.deep.equal([422, 'FORWARD_NOT_NEEDED']);
    const foreign = await clerk3.post<ErrorReply>(`/api/applications/${id}/accept`);
    expect(foreign.status).to.equal(404);

    const accepted = await clerk.post<AcceptReply>(`/api/applications/${id}/accept`);
    expect(accepted.status).to.equal(201);
    const stored = await server.store.getCase(accepted.body.case.id);
    expect([stored?.unitId, stored?.windowId]).to.deep.equal(['jj-chunxilu', 'jj-chunxilu-window']);
    expect(accepted.body.application.forwarding.map((d) => d.late)).to.deep.equal([false]);
    expect((await agent.get(`/api/cases/${accepted.body.case.id}`)).status).to.equal(200);
    expect((await clerk3.get(`/api/cases/${accepted.body.case.id}`)).status).to.equal(404);
  });

  it('given two clerks of the window accept the same forwarded application at the same moment, then one case is made and the other hears 409', async () => {
    const clerk2 = await new HttpClient(server.url).login('clerk2');
    const registered = await agent.post<ApplicationReply>('/api/applications', REEMPLOYMENT_APPLICATION);
    const id = registered.body.id;
    await agent.post(`/api/applications/${id}/forward`, { toUnitId: 'jj-chunxilu' });
    const before = (await clerk.get<CaseReply[]>('/api/cases')).body.length;
    const replies = await Promise.all([
      clerk.post<AcceptReply | ErrorReply>(`/api/applications/${id}/accept`),
      clerk2.post<AcceptReply | ErrorReply>(`/api/applications/${id}/accept`),
    ]);
    expect(replies.map((r) => r.status).sort()).to.deep.equal([201, 409]);
    const lost = replies.find((r) => r.status === 409)?.body as ErrorReply;
    expect(['APPLICATION_CONFLICT', 'APPLICATION_STATE']).to.include(lost.code);
    const after = await clerk.get<ApplicationReply>(`/api/applications/${id}`);
    expect(after.body.path.filter((h) => h.action === 'accepted')).to.have.length(1);
    const cases = (await clerk.get<CaseReply[]>('/api/cases')).body;
    expect(cases).to.have.length(before + 1);
    expect(cases.map((c) => c.id)).to.include(after.body.caseId);
    const events = await server.store.listEvents(after.body.caseId ?? '');
    const received = events.find((e) => String(e.type) === 'case.received');
    expect(received?.data['applicationId']).to.equal(id);
  });
});
