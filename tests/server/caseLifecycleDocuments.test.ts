import { expect } from 'chai';
import { renderRefusalDecision } from '../../server/src/documents/refusalDecision.js';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { fetchHtml, signIn, visibleText, type CaseReply, type ErrorReply } from '../scenarios/support/lifecycle.js';

interface DecisionReply {
  id: string;
  number: string;
  kind: string;
  missing: { id: string }[];
  deemedAcceptance: { status: string; deemedAccepted: boolean; acceptedOn: string | null };
  documentUrl: string;
}

const HOSTILE = '<script>alert("x")</script>&\'';

describe('case life cycle / documents: printable HTML in Chinese, A4, every value escaped', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let token: string;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    token = await signIn(server.url, 'clerk');
  });
  after(() => server.close());

  it('given an accepted case, then the acceptance notice states receipt number, item, applicant, dates, promise, window, phone and clerk', async () => {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    const doc = await fetchHtml(server.url, `/api/cases/${accepted.body.id}/documents/acceptance-notice`, token);
    expect(doc.status).to.equal(200);
    expect(doc.contentType).to.equal('text/html; charset=utf-8');
    expect(doc.headers.get('content-security-policy')).to.contain("default-src 'none'");
    expect(doc.html).to.match(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(doc.html).to.contain('@page { size: A4;');
    const text = visibleText(doc.html);
    for (const fact of [
      '受理通知书',
      'SL20260921-0001',
      '失业人员再就业证补办（JJ-RS-001）',
      '王仕碧',
      '受理日期 2026年9月21日',
      '承诺办结时限 7 个工作日',
      '承诺办结日期 2026年10月8日',
      '各街道便民服务中心社会事务窗口',
      '028-86650000',
      '街道窗口 王敏',
      '再就业证遗失声明',
      '区人力资源和社会保障局（盖章）',
    ]) {
      expect(text).to.contain(fact);
    }
  });

  it('given a hostile applicant name, then every document shows it as text, never as markup', async () => {
    const accepted = await clerk.post<CaseReply>('/api/cases', { ...REEMPLOYMENT_APPLICATION, applicantName: HOSTILE });
    const doc = await fetchHtml(server.url, `/api/cases/${accepted.body.id}/documents/acceptance-notice`, token);
    expect(doc.html).not.to.contain('<script>');
    expect(doc.html).to.contain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    const html = renderRefusalDecision({
      number: 'BSL<1>',
      itemCode: 'X"1',
      itemName: '<b>事项</b>',
      agency: '<i>机关</i>',
      applicantName: HOSTILE,
      receivedAt: '2026-09-21T09:00:00+08:00',
      decidedAt: '2026-09-21T09:30:00+08:00',
      reasons: ['<img src=x onerror=alert(1)>'],
      legalBasis: '"依据"',
      phone: '<a>',
      clerkName: "O'Neil",
    });
    expect(html).not.to.match(/<(script|img|b|i|a)[ >]/);
    expect(html).to.contain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('given incomplete materials, when the window issues the one-time notice, then it is numbered, lists every missing material with counts, and is in time', async () => {
    const refused = await clerk.post<{ details: { issueNoticeAt: string } }>('/api/cases', {
      ...REEMPLOYMENT_APPLICATION,
      materials: ['id-card'],
    });
    expect(refused.status).to.equal(422);
    const issued = await clerk.post<DecisionReply>(refused.body.details.issueNoticeAt, {
      ...REEMPLOYMENT_APPLICATION,
      materials: [{ id: 'id-card', originals: 1, copies: 0 }],
    });
    expect(issued.status).to.equal(201);
    expect(issued.body).to.include({ kind: 'one-time-notice', number: 'BZ20260921-0001' });
    expect(issued.body.missing.map((m) => m.id)).to.deep.equal(['id-card', 'loss-statement']);
    expect(issued.body.deemedAcceptance).to.include({ status: 'in-time', deemedAccepted: false });
    const doc = await fetchHtml(server.url, issued.body.documentUrl, token);
    const text = visibleText(doc.html);
    expect(doc.contentType).to.equal('text/html; charset=utf-8');
    for (const fact of [
      '申请材料补正一次性告知书',
      '编号：BZ20260921-0001',
      '共 2 项',
      '居民身份证 复印件 1 份（已收 0 份）',
      '再就业证遗失声明 原件 1 份 1 份 0 份',
      '第三十二条第一款第（四）项',
    ]) {
      expect(text).to.contain(fact);
    }
    expect(text).not.to.contain('即为受理');
    const complete = await clerk.post<ErrorReply>('/api/intake/notices', REEMPLOYMENT_APPLICATION);
    expect([complete.status, complete.body.code]).to.deep.equal([409, 'MATERIALS_COMPLETE']);
  });

  it('given materials that arrived eight working days ago, when the notice is issued only now, then the application counts as accepted from that day (Art. 32)', async () => {
    const issued = await clerk.post<DecisionReply>('/api/intake/notices', {
      ...REEMPLOYMENT_APPLICATION,
      materials: ['id-card'],
      receivedAt: '2026-09-10T10:00:00+08:00',
    });
    expect(issued.body.deemedAcceptance).to.deep.include({
      status: 'late',
      deemedAccepted: true,
      acceptedOn: '2026-09-10',
    });
    const text = visibleText((await fetchHtml(server.url, issued.body.documentUrl, token)).html);
    expect(text).to.contain('本申请自收到申请材料之日（2026年9月10日）起即为受理');
    const future = await clerk.post<ErrorReply>('/api/intake/notices', {
      ...REEMPLOYMENT_APPLICATION,
      materials: [],
      receivedAt: '2026-12-01T10:00:00+08:00',
    });
    expect([future.status, future.body.code]).to.deep.equal([422, 'RECEIVED_AT_INVALID']);
  });

  it('given an application the agency cannot accept, when refused, then reasons are required and the decision states basis and remedies', async () => {
    const noReasons = await clerk.post<ErrorReply>('/api/intake/refusals', {
      itemCode: 'JJ-RS-001',
      applicantName: '王仕碧',
      reasons: [],
    });
    expect([noReasons.status, noReasons.body.code]).to.deep.equal([400, 'REFUSAL_REASONS_REQUIRED']);
    expect(noReasons.body.message).to.equal('不予受理须写明理由（至少一条）');
    const refused = await clerk.post<DecisionReply>('/api/intake/refusals', {
      itemCode: 'JJ-RS-001',
      applicantName: '王仕碧',
      reasons: ['申请事项不属于本机关职权范围，请向户籍所在地街道办理'],
    });
    expect(refused.status).to.equal(201);
    expect(refused.body).to.include({ kind: 'refusal', number: 'BSL20260921-0001' });
    const text = visibleText((await fetchHtml(server.url, refused.body.documentUrl, token)).html);
    for (const fact of [
      '不予受理决定书',
      '编号：BSL20260921-0001',
      '申请事项不属于本机关职权范围',
      '依据：《中华人民共和国行政许可法》第三十二条第一款',
      '六十日内依法申请行政复议',
      '六个月内依法向人民法院提起行政诉讼',
    ]) {
      expect(text).to.contain(fact);
    }
    const listed = await clerk.get<DecisionReply[]>('/api/intake/decisions');
    expect(listed.body.map((d) => d.kind)).to.include.members(['refusal', 'one-time-notice']);
    const unknown = await clerk.get<ErrorReply>('/api/intake/decisions/nope');
    expect([unknown.status, unknown.body.code]).to.deep.equal([404, 'NOT_FOUND']);
  });

  it('given a clock stop for expert review, then the special-procedure notice states kind, reason, basis and expected days; 补正 gets none', async () => {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    const path = `/api/cases/${accepted.body.id}`;
    const none = await fetchHtml(server.url, `${path}/documents/special-procedure-notice`, token);
    expect(none.status).to.equal(404);
    await clerk.post(`${path}/clock/stop`, {
      kind: 'expertReview',
      reason: '就业困难认定需组织专家评审',
      basis: '《就业服务与就业管理规定》第二十七条',
      expectedDays: 10,
    });
    const doc = await fetchHtml(server.url, `${path}/documents/special-procedure-notice`, token);
    const text = visibleText(doc.html);
    for (const fact of [
      '特别程序告知书',
      '编号：SL20260921-0',
      '-TB01',
      '特别程序 专家评审',
      '就业困难认定需组织专家评审',
      '《就业服务与就业管理规定》第二十七条',
      '预计所需时间 10 个工作日',
      '开始日期 2026年9月21日',
    ]) {
      expect(text).to.contain(fact);
    }
    await clerk.post(`${path}/clock/resume`);
    await clerk.post(`${path}/clock/stop`, { kind: 'supplement', reason: '补交照片' });
    const supplement = await fetchHtml(server.url, `${path}/documents/special-procedure-notice?stop=2`, token);
    expect(supplement.status).to.equal(409);
    const first = await fetchHtml(server.url, `${path}/documents/special-procedure-notice?stop=1`, token);
    expect(visibleText(first.html)).to.contain('结束日期 2026年9月21日');
    const bad = await fetchHtml(server.url, `${path}/documents/special-procedure-notice?stop=abc`, token);
    expect(bad.status).to.equal(400);
    const anonymous = await fetch(`${server.url}${path}/documents/acceptance-notice`);
    expect(anonymous.status).to.equal(401);
  });
});
