import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import {
  configure,
  ladderOf,
  moveClock,
  signalsOf,
  type SignalDetailReply,
} from '../server/supervision/signalsSupport.js';
import { fetchHtml, signIn, visibleText, type CaseReply } from './support/lifecycle.js';

interface CaseDetail extends CaseReply {
  events: { seq: number; type: string; by?: string; at: string; data: Record<string, unknown> }[];
  state: { variables: Record<string, unknown>; tasks: { el: string; startedAt: string }[] };
}

/**
 * Seed 000, 锦江区: "办理出现超时，严格实行超时默许制，默认为行政许可审批部门批准许可 … 同时扣发窗口相关工作人员
 * 当月的绩效考核奖". 王仕碧's son reissues his re-employment certificate at 春熙路街道 on Monday 2026-09-21;
 * the district's review is never decided. The promised 7 working days run out at the end of 10-08 (after
 * the Mid-Autumn and National Day holidays): the case is deemed approved at that very instant, the
 * certificate step opens at once, and the overtime is carded against the window all the same.
 */
describe('Scenario (seed 000): overtime-default approval, and the cards that still follow the overtime', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let lead: HttpClient;
  let supervisor: HttpClient;
  let caseId: string;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    reviewer = await new HttpClient(server.url).login('reviewer');
    lead = await new HttpClient(server.url).login('lead');
    supervisor = await new HttpClient(server.url).login('supervisor');
    await configure(supervisor, {
      scheme: 'cards',
      warningDaysLeft: 1,
      supervisionDays: 3,
      answerDays: 3,
      overtimeDefault: true,
    });
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    caseId = accepted.body.id;
    expect(accepted.body.promisedDueAt).to.equal('2026-10-09T00:00:00.000+08:00');
    const step = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    await reviewer.post(`/api/tasks/${step.body.tasks[0]?.id}/claim`, {});
  });
  after(() => server.close());

  it('the review runs over its own 4 days while the case is on time: a step card for the reviewer, and a warning on 10-08', async () => {
    await moveClock(supervisor, '2026-10-08T09:00:00+08:00');
    expect(await ladderOf(supervisor, caseId)).to.deep.equal(['yellow-card@review', 'warning@case']);
  });

  it('one millisecond before the deadline nothing is deemed: the review is still open', async () => {
    await moveClock(supervisor, '2026-10-08T23:59:59.999+08:00');
    const detail = (await clerk.get<CaseDetail>(`/api/cases/${caseId}`)).body;
    expect(detail.tasks.map((t) => t.name)).to.deep.equal(['审核']);
    expect(detail.events.some((e) => e.type === 'case.deemedApproved')).to.equal(false);
  });

  it('at the deadline itself the case is deemed approved by the system and the certificate step opens at once', async () => {
    await moveClock(supervisor, '2026-10-09T00:00:00+08:00');
    const detail = (await clerk.get<CaseDetail>(`/api/cases/${caseId}`)).body;
    expect(detail.status).to.equal('running');
    expect(detail.tasks.map((t) => t.name)).to.deep.equal(['发证']);
    expect(detail.state.tasks[0]?.startedAt).to.equal('2026-10-09T00:00:00.000+08:00');
    const deemed = detail.events.find((e) => e.type === 'case.deemedApproved');
    expect(deemed?.by).to.equal('system');
    expect(deemed?.at).to.equal('2026-10-09T00:00:00.000+08:00');
    expect(deemed?.data['basis']).to.contain('超时默许');
    const review = detail.events.find((e) => e.type === 'task.completed' && e.data['elementId'] === 'review');
    expect(review?.by).to.equal('system');
    expect(review?.data).to.deep.include({ outcome: 'approve', deemed: true });
    expect(detail.state.variables['deemedApproved']).to.equal(true);
    const sms = (await server.store.listOutbox({ caseId }, 100)).find((m) => m.template === 'case.deemedApproved');
    expect(sms).to.deep.include({ channel: 'sms', to: '13980012345' });
    expect(String(sms?.payload['text'])).to.contain('视为准予许可');
  });

  it('the overtime is still carded: a yellow card on the case, against the reviewer, the district lead and the accepting window', async () => {
    const [card] = await signalsOf(supervisor, `caseId=${caseId}&kind=yellow-card&department=jj-labour`).then((all) =>
      all.filter((s) => s.elementId === null),
    );
    expect(card).to.deep.include({
      level: 'yellow',
      responsibleId: 'u-reviewer',
      windowId: 'jj-chunxilu-window',
      occurredAt: '2026-10-09T00:00:00.000+08:00',
    });
    expect(card?.leadIds).to.deep.equal(['u-lead']);
    expect(card?.facts).to.deep.include({ overtimeDefault: true });
    expect(card?.summary).to.contain('超时默许');
    expect(await ladderOf(supervisor, caseId)).to.deep.equal([
      'yellow-card@review',
      'warning@case',
      'yellow-card@case',
    ]);
  });

  it('the reviewer explains, the lead’s department sees it, and the supervisor upholds the card', async () => {
    const [card] = (await signalsOf(lead, `caseId=${caseId}&kind=yellow-card`)).filter((s) => s.elementId === null);
    const id = card?.id ?? '';
    const answered = await reviewer.post(`/api/supervision/signals/${id}/answer`, {
      kind: 'explanation',
      text: '国庆前后审核人员轮休，未及时审核，已调整值班安排',
    });
    expect(answered.status, JSON.stringify(answered.body)).to.equal(200);
    const closed = await supervisor.post(`/api/supervision/signals/${id}/close`, {
      resolution: 'upheld',
      opinion: '超时属实，扣发当月绩效考核奖，取消窗口本月评优资格',
    });
    expect(closed.body).to.deep.include({ status: 'closed', resolution: 'upheld' });
    const detail = (await supervisor.get<SignalDetailReply>(`/api/supervision/signals/${id}`)).body;
    expect(detail.history.map((h) => h.type)).to.deep.equal(['signal.created', 'signal.answered', 'signal.closed']);
    expect(detail.evidence).to.deep.include({ verified: true, count: 3, brokenAt: null });
  });

  it('the certificate is still not issued after the supervision period: a red card and the supervision recommendation letter', async () => {
    await moveClock(supervisor, '2026-10-13T00:00:00+08:00');
    const [red] = await signalsOf(supervisor, `caseId=${caseId}&level=red&kind=red-card`).then((all) =>
      all.filter((s) => s.elementId === null),
    );
    expect(red?.letterNumber).to.match(/^JCJY20261013-\d{4}$/);
    const token = await signIn(server.url, 'supervisor');
    const letter = await fetchHtml(server.url, `/api/supervision/signals/${red?.id ?? ''}/letter`, token);
    expect(letter.status).to.equal(200);
    expect(letter.contentType).to.contain('text/html');
    expect(letter.headers.get('content-security-policy')).to.contain("default-src 'none'");
    expect(letter.html).to.contain('@page');
    const text = visibleText(letter.html);
    expect(text).to.contain('监察建议书');
    expect(text).to.contain(red?.letterNumber ?? '—');
    expect(text).to.contain(red?.receiptNumber ?? '—');
    expect(text).to.contain('区人力资源和社会保障局');
    expect(text).to.contain('区纪委监委（效能办）');
    const yellow = (await signalsOf(supervisor, `caseId=${caseId}&kind=yellow-card`))[0];
    const none = await fetchHtml(server.url, `/api/supervision/signals/${yellow?.id ?? ''}/letter`, token);
    expect(none.status).to.equal(404);
  });
});
