import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import {
  fileHotline,
  hotlineKey,
  moveClock,
  ok,
  sendJson,
  type ComplaintDetailReply,
  type ComplaintReply,
  signInAs,
} from '../server/supervision/complaintsSupport.js';
import type { CaseReply } from './support/lifecycle.js';

/** What the 12345 system hears back. */
interface HotlineReply {
  id: string;
  number: string;
  status: string;
  resolution: string | null;
  reply: string | null;
  decideDueAt: string;
  [key: string]: unknown;
}

/**
 * Seed 000's 王仕碧 reissues his re-employment certificate at 春熙路街道 on Monday 2026-09-14; the district's
 * review stalls and the promised limit passes. On Tuesday 09-29 he calls 12345. The hotline's system files
 * the complaint (and, its reply lost, files it again). Whether to accept is due within 5 working days —
 * 09-30, then after the National Day holiday (10-01..07) 10-08, 10-09, 10-10 (a make-up Saturday) and 10-12.
 * The supervisor accepts on 10-09, within the limit though ten calendar days later; the labour bureau answers;
 * the supervisor closes it as substantiated. He is told at acceptance and at closing, and the chain verifies.
 */
describe('Scenario: a 12345 complaint about a late case, from the hotline to closure', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let lead: HttpClient;
  let supervisor: HttpClient;
  let secret: string;
  let caseId: string;
  let receiptNumber: string;
  let reviewTask: string;
  let complaint: HotlineReply;

  before(async () => {
    server = await startTestServer({ now: '2026-09-14T09:00:00+08:00' });
    [clerk, reviewer, lead, supervisor] = await signInAs(server.url, 'clerk', 'reviewer', 'lead', 'supervisor');
    secret = (await hotlineKey(await new HttpClient(server.url).login('admin'))).secret;
    const accepted = await ok(clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION), 201);
    ({ id: caseId, receiptNumber } = accepted);
    const review = await ok(
      clerk.post<CaseReply>(`/api/tasks/${accepted.tasks[0]?.id}/complete`, {
        verifiedMaterials: ['id-card', 'loss-statement'],
      }),
    );
    reviewTask = review.tasks[0]?.id ?? '';
    await ok(reviewer.post(`/api/tasks/${reviewTask}/claim`, {}));
  });
  after(() => server.close());

  const complainantSms = async () =>
    (await server.store.listOutbox({ caseId: `complaint:${complaint.id}` }, 20)).filter(
      (m) => m.channel === 'sms' && m.to === '13980012345',
    );

  it('on 09-29 the case is past its promised limit, and the hotline files his complaint — twice, as its reply was lost — making one complaint', async () => {
    await moveClock(supervisor, '2026-09-29T10:00:00+08:00');
    const late = await ok(clerk.get<CaseReply>(`/api/cases/${caseId}`));
    expect(late.status).to.equal('running');
    expect(Date.parse(late.promisedDueAt)).to.be.below(Date.parse('2026-09-29T10:00:00+08:00'));
    const body = {
      ticket: 'CD12345-20260929-000871',
      complainant: { name: '王仕碧', phone: '13980012345' },
      subject: '再就业证补办超期未办结',
      content: '9月14日在春熙路街道便民服务中心申请补办再就业证，承诺7个工作日办结，现已超期，无人告知原因。',
      about: '区人社局',
      receiptNumber,
    };
    const first = await fileHotline<HotlineReply>(server.url, secret, 'ticket-000871', body);
    const retried = await fileHotline<HotlineReply>(server.url, secret, 'ticket-000871', body);
    expect(first.status, JSON.stringify(first.body)).to.equal(201);
    expect([retried.status, retried.headers.get('idempotent-replayed')]).to.deep.equal([201, 'true']);
    expect(retried.body).to.deep.equal(first.body);
    complaint = first.body;
    expect(complaint).to.include({ status: 'received', decideDueAt: '2026-10-13T00:00:00.000+08:00' });
    expect(JSON.stringify(complaint)).not.to.contain(caseId);
    const listed = await ok(supervisor.get<ComplaintReply[]>('/api/complaints?channel=hotline'));
    expect(listed.map((c) => c.id)).to.deep.equal([complaint.id]);
    expect(listed[0]?.linkedCase).to.deep.include({ caseId, departmentId: 'jj-labour' });
  });

  it('on 10-09, after the holiday, the supervisor accepts it — within the limit — and he is told by SMS', async () => {
    await moveClock(supervisor, '2026-10-09T09:30:00+08:00');
    const pending = await ok(supervisor.get<ComplaintDetailReply>(`/api/complaints/${complaint.id}`));
    expect(pending.complaint.overdue).to.equal(false);
    const accepted = await ok(supervisor.post<ComplaintReply>(`/api/complaints/${complaint.id}/accept`, {}));
    expect(accepted).to.deep.include({ status: 'accepted', decidedLate: false });
    const [sms] = await complainantSms();
    expect(sms).to.deep.include({ template: 'complaint.accepted', status: 'pending' });
    expect(String(sms?.payload['text']))
      .to.contain('王仕碧您好')
      .and.to.contain(complaint.number)
      .and.to.contain('已受理');
  });

  it('it is forwarded to the labour bureau, whose lead is told, and the bureau answers once the stalled review is done', async () => {
    const forwarded = await ok(
      supervisor.post<ComplaintReply>(`/api/complaints/${complaint.id}/forward`, { departmentId: 'jj-labour' }),
    );
    expect(forwarded).to.deep.include({
      departmentName: '区人力资源和社会保障局',
      answerDueAt: '2026-10-23T00:00:00.000+08:00',
    });
    const toLead = (await server.store.listOutbox({ caseId: `complaint:${complaint.id}` }, 20)).find(
      (m) => m.to === 'user:u-lead',
    );
    expect(String(toLead?.payload['text'])).to.contain('投诉转办').and.to.contain('2026年10月22日');
    await moveClock(supervisor, '2026-10-12T10:00:00+08:00');
    await ok(reviewer.post(`/api/tasks/${reviewTask}/complete`, { opinion: '同意补办' }));
    const answered = await ok(
      lead.post<ComplaintReply>(`/api/complaints/${complaint.id}/answer`, {
        text: '经查，审核岗在国庆节前未及时审核，属实。已于10月12日审核通过，并向申请人致歉；已对相关人员批评教育。',
      }),
    );
    expect(answered).to.deep.include({ status: 'answered', overdue: false });
  });

  it('on 10-13 the supervisor closes it as substantiated; he is told the result, and the hotline reads it back', async () => {
    await moveClock(supervisor, '2026-10-13T09:00:00+08:00');
    await ok(
      supervisor.post(`/api/complaints/${complaint.id}/close`, {
        resolution: 'substantiated',
        opinion: '投诉属实。责成区人社局整改，扣减审核岗当月绩效。',
      }),
    );
    const messages = await complainantSms();
    expect(messages.map((m) => m.template)).to.deep.equal(['complaint.accepted', 'complaint.closed']);
    expect(String(messages[1]?.payload['text'])).to.contain('反映问题属实').and.to.contain('扣减审核岗当月绩效');
    const status = await sendJson<HotlineReply>(
      server.url,
      'GET',
      `/api/hotline/complaints/${complaint.id}`,
      undefined,
      {
        'x-api-key': secret,
      },
    );
    expect(status.body).to.include({ status: 'closed', resolution: 'substantiated' });
    expect(status.body.reply).to.contain('责成区人社局整改');
  });

  it('every step is kept in order, by whom it was taken, and the chain verifies', async () => {
    const detail = await ok(supervisor.get<ComplaintDetailReply>(`/api/complaints/${complaint.id}`));
    expect(detail.history.map((h) => [h.type, h.by, h.at])).to.deep.equal([
      ['complaint.received', detail.complaint.receivedBy, '2026-09-29T10:00:00.000+08:00'],
      ['complaint.accepted', 'u-supervisor', '2026-10-09T09:30:00.000+08:00'],
      ['complaint.forwarded', 'u-supervisor', '2026-10-09T09:30:00.000+08:00'],
      ['complaint.answered', 'u-lead', '2026-10-12T10:00:00.000+08:00'],
      ['complaint.closed', 'u-supervisor', '2026-10-13T09:00:00.000+08:00'],
    ]);
    expect(detail.complaint.receivedBy).to.match(/^hotline:[0-9a-f]{12}$/);
    expect(detail.evidence).to.deep.equal({ verified: true, algorithm: 'sm3', count: 5, brokenAt: null });
  });
});
