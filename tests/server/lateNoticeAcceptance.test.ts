import { expect } from 'chai';
import { createChinaCalendar } from '@govflow/engine';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { fetchHtml, signIn, visibleText, type ErrorReply } from '../scenarios/support/lifecycle.js';

interface ApplicationReply {
  id: string;
  status: string;
  path: { action: string; at: string; data: Record<string, unknown> }[];
  notice: { number: string; deemedAcceptance: { status: string; deemedAccepted: boolean; acceptedOn: string | null } };
}
interface AcceptReply {
  case: { id: string; receiptNumber: string; acceptedAt: string; promisedDueAt: string; verificationCode?: string };
  verificationCode: string;
}
interface CaseDetail {
  acceptedAt: string;
  promisedDueAt: string;
  state: {
    startedAt: string;
    clock: { acceptedAt: string; status: string; stops: { kind: string; from: string; to?: string }[] };
  };
  events: { seq: number; type: string; at: string; by?: string; data: Record<string, unknown> }[];
}

/** 失业人员再就业证补办, brought to the 春熙路 window without the loss statement. */
const INCOMPLETE = {
  itemCode: 'JJ-RS-001',
  applicantName: '王仕碧',
  formData: {
    applicantName: '王仕碧',
    idNumber: '510104196003152846',
    phone: '13980012345',
    address: '成都市锦江区青石桥南街',
    reason: '遗失',
  },
  materials: ['id-card'],
};

describe('server / Art. 32: a one-time notice given too late makes the case count from the day the materials arrived', () => {
  const calendar = createChinaCalendar();
  let server: TestServer;
  let clerk: HttpClient;
  let application: ApplicationReply;
  let accepted: AcceptReply;
  let detail: CaseDetail;
  let noticeNumber: string;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
  });
  after(() => server.close());

  it('given the window registers incomplete materials on Monday 09-21 and forgets them, when it gives the one-time notice on Wednesday 09-30 (past five working days), then the notice says the application is deemed accepted from 09-21', async () => {
    application = (await clerk.post<ApplicationReply>('/api/applications', INCOMPLETE)).body;
    server.clock.set('2026-09-30T10:00:00+08:00');
    const returned = await clerk.post<ApplicationReply>(`/api/applications/${application.id}/return`, {});
    expect(returned.status).to.equal(200);
    noticeNumber = returned.body.notice.number;
    expect(noticeNumber).to.match(/^BZ20260930-/);
    expect(returned.body.notice.deemedAcceptance).to.include({
      status: 'late',
      deemedAccepted: true,
      acceptedOn: '2026-09-21',
    });
  });

  it('given the applicant brings the loss statement after the National Day holiday, when the window accepts on Thursday 10-08, then the case starts on 09-21 and the clock stood still while she corrected', async () => {
    server.clock.set('2026-10-08T09:00:00+08:00');
    const corrected = await clerk.post(`/api/applications/${application.id}/correct`, {
      materials: ['id-card', 'loss-statement'],
    });
    expect(corrected.status).to.equal(200);
    server.clock.set('2026-10-08T10:00:00+08:00');
    const reply = await clerk.post<AcceptReply>(`/api/applications/${application.id}/accept`);
    expect(reply.status).to.equal(201);
    accepted = reply.body;
    expect(accepted.case.acceptedAt).to.equal('2026-09-21T09:00:00.000+08:00');
    detail = (await clerk.get<CaseDetail>(`/api/cases/${accepted.case.id}`)).body;
    expect(detail.state.clock.status).to.equal('running');
    expect(detail.state.clock.stops).to.have.length(1);
    expect(detail.state.clock.stops[0]).to.include({
      kind: 'supplement',
      from: '2026-09-30T10:00:00.000+08:00',
      to: '2026-10-08T09:00:00.000+08:00',
    });
  });

  it('then the deadline counts from 09-22 and skips the correction: seven working days, the correction (from 09-30) not counted', async () => {
    // 09-22, 23, 24, 28, 29 (09-25…27 Mid-Autumn holiday): five days used; stopped from 09-30 (not counted) to 10-08;
    // then 10-08 and 10-09 (10-01…07 National Day): the promise moves from the end of 10-08 to the end of 10-09.
    const started = detail.events.find((e) => e.type === 'clock.started');
    expect(started?.data['promisedDueAt']).to.equal('2026-10-09T00:00:00.000+08:00');
    expect(detail.promisedDueAt).to.equal('2026-10-10T00:00:00.000+08:00');
    const used = calendar.workingDaysBetween('2026-09-22T00:00:00+08:00', '2026-09-30T00:00:00+08:00');
    expect(used).to.equal(5);
  });

  it('then the events are honest: each engine event at the instant it stands for in law, the intake record at the instant it was written, saying why', async () => {
    const types = detail.events.map((e) => [e.type, e.at]);
    expect(types[0]).to.deep.equal(['case.accepted', '2026-09-21T09:00:00.000+08:00']);
    expect(detail.events.find((e) => e.type === 'clock.stopped')).to.include({
      at: '2026-09-30T10:00:00.000+08:00',
      by: 'u-clerk',
    });
    expect(detail.events.find((e) => e.type === 'clock.resumed')?.at).to.equal('2026-10-08T09:00:00.000+08:00');
    const received = detail.events.find((e) => e.type === 'case.received');
    expect(received?.at).to.equal('2026-10-08T10:00:00.000+08:00');
    expect(received?.data['legalAcceptance']).to.deep.include({
      deemed: true,
      acceptedAt: '2026-09-21T09:00:00.000+08:00',
    });
    expect((received?.data['legalAcceptance'] as { notice: { number: string } }).notice.number).to.equal(noticeNumber);
    const ats = detail.events.map((e) => Date.parse(e.at));
    expect(ats).to.deep.equal([...ats].sort((a, b) => a - b));
    const stored = await server.store.getCase(accepted.case.id);
    expect(stored?.createdAt).to.equal('2026-10-08T10:00:00.000+08:00');
    expect(accepted.case.receiptNumber).to.match(/^SL20261008-/);
    const evidence = await clerk.get<{ verified: boolean }>(`/api/cases/${accepted.case.id}/evidence`);
    expect(evidence.body.verified).to.equal(true);
  });

  it('then the applicant hears of the acceptance and the real promised date once, not of the stop again; the printed notice says why it is dated 09-21', async () => {
    const outbox = await server.store.listOutbox({ caseId: accepted.case.id }, 10);
    expect(outbox.map((m) => m.template)).to.deep.equal(['case.accepted']);
    expect(String(outbox[0]?.payload['text'])).to.contain('期限至 2026年10月9日');
    const html = await fetchHtml(
      server.url,
      `/api/cases/${accepted.case.id}/documents/acceptance-notice?code=${accepted.verificationCode}`,
      await signIn(server.url, 'clerk'),
    );
    const text = visibleText(html.html);
    expect(text).to.contain('第三十二条').and.contain('2026年9月21日').and.contain('即为受理');
    expect(text).to.contain('2026年10月9日');
    expect(text).to.contain(`查询码 ${accepted.verificationCode}`);
  });

  it('given a notice given in time instead, when the corrected application is accepted, then the case counts from its acceptance with no stop', async () => {
    const inTime = (await clerk.post<ApplicationReply>('/api/applications', INCOMPLETE)).body;
    server.clock.set('2026-10-09T09:00:00+08:00');
    const returned = await clerk.post<ApplicationReply>(`/api/applications/${inTime.id}/return`, {});
    expect(returned.body.notice.deemedAcceptance.deemedAccepted).to.equal(false);
    const early = await clerk.post<ErrorReply>(`/api/applications/${inTime.id}/accept`);
    expect([early.status, early.body.code]).to.deep.equal([409, 'APPLICATION_STATE']);
    server.clock.set('2026-10-12T09:00:00+08:00');
    await clerk.post(`/api/applications/${inTime.id}/correct`, { materials: ['id-card', 'loss-statement'] });
    const reply = await clerk.post<AcceptReply>(`/api/applications/${inTime.id}/accept`);
    expect(reply.body.case.acceptedAt).to.equal('2026-10-12T09:00:00.000+08:00');
    const caseDetail = (await clerk.get<CaseDetail>(`/api/cases/${reply.body.case.id}`)).body;
    expect(caseDetail.state.clock.stops).to.deep.equal([]);
    expect(caseDetail.events.find((e) => e.type === 'case.received')?.data['legalAcceptance']).to.equal(undefined);
  });
});
