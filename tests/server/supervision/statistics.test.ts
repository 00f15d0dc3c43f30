import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import type { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { acceptReemployment, completeStep, download, moveClock, ok, tokenOf, users } from './statisticsSupport.js';

interface Metrics {
  received: number;
  accepted: number;
  oneTimeNotices: number;
  refusedAtIntake: number;
  completed: number;
  onTime: number;
  early: number;
  overdue: number;
  onTimeRate: number | null;
  earlyRate: number | null;
  averageUsedDays: number | null;
  averagePromisedDays: number | null;
  pending: number;
  pendingOverdue: number;
  signals: { total: number; warning: number; yellow: number; red: number } | null;
  complaints: number | null;
  satisfaction: { total: number } | null;
}
interface Report {
  period: { key: string; label: string };
  previousPeriod: { key: string };
  scope: string;
  totals: Metrics;
  previousTotals: Metrics;
  rows: { key: string; name: string; metrics: Metrics; previous: Metrics }[];
}
interface Trend {
  points: { period: { key: string }; metrics: Metrics; change: Record<string, number | null> }[];
}
interface Comparison {
  rows: { key: string; ranks: Record<string, number | null> }[];
}

/** The counted part of a metrics block (what these cases decide by hand). */
const counted = (m: Metrics) => ({
  received: m.received,
  accepted: m.accepted,
  oneTimeNotices: m.oneTimeNotices,
  refusedAtIntake: m.refusedAtIntake,
  completed: m.completed,
  onTime: m.onTime,
  early: m.early,
  overdue: m.overdue,
  onTimeRate: m.onTimeRate,
  averageUsedDays: m.averageUsedDays,
  pending: m.pending,
  pendingOverdue: m.pendingOverdue,
});

/**
 * Seed 001's 每天一统计，每周一汇总，每月一通报 over five re-employment cases around National Day 2026
 * (JJ-RS-001 promises 7 working days; early means at least one working day to spare; used days are counted
 * from the day after acceptance, in halves):
 * - C1 春熙路, accepted 09-21, done 09-24 15:00: 22, 23 and 0.625 of 24 → 2.5 days, early.
 * - C2 书院街, accepted 09-21 (due end of 10-08), done 10-09 10:00: overdue; 7 days and 10 hours → 7.
 * - C3 春熙路 (clerk2), accepted 09-28, done on the make-up Saturday 10-10 11:00: 29, 30, 10-08, 10-09 → 4, early.
 * - C4 春熙路, accepted 09-30 (counts from 10-08, due end of 10-15), done 10-15 16:00: 6 and 2/3 → 6.5, on time.
 * - C5 春熙路, accepted 10-12 (due end of 10-21), still open at the end of October: pending and overdue.
 * - On 10-12 a one-time notice at 春熙路 and a refusal to accept at 书院街.
 */
describe('statistics / daily count, weekly summary and monthly report, trends and comparison around National Day', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let clerk2: HttpClient;
  let clerk3: HttpClient;
  let reviewer: HttpClient;
  let lead: HttpClient;
  let supervisor: HttpClient;
  let applicant: HttpClient;
  const c: Record<string, string> = {};
  const report = (client: HttpClient, query: string) => ok<Report>(client, `/api/statistics/report?${query}`);

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    [clerk, clerk2, clerk3, reviewer, lead, supervisor, applicant] = await users(
      server.url,
      'clerk',
      'clerk2',
      'clerk3',
      'reviewer',
      'lead',
      'supervisor',
      'applicant',
    );
    const at = (now: string) => moveClock(supervisor, now);
    c['C1'] = (await acceptReemployment(clerk)).id;
    c['C2'] = (await acceptReemployment(clerk3)).id;
    await completeStep(clerk, c['C1'], '受理');
    await completeStep(clerk3, c['C2'], '受理');
    await at('2026-09-22T10:00:00+08:00');
    await completeStep(reviewer, c['C1'], '审核');
    await at('2026-09-24T15:00:00+08:00');
    await completeStep(clerk, c['C1'], '发证');
    await at('2026-09-28T09:00:00+08:00');
    c['C3'] = (await acceptReemployment(clerk2)).id;
    await completeStep(clerk2, c['C3'], '受理');
    await at('2026-09-30T09:00:00+08:00');
    c['C4'] = (await acceptReemployment(clerk)).id;
    await completeStep(clerk, c['C4'], '受理');
    await at('2026-10-08T10:00:00+08:00');
    await completeStep(reviewer, c['C2'], '审核');
    await at('2026-10-09T10:00:00+08:00');
    await completeStep(clerk3, c['C2'], '发证');
    await completeStep(reviewer, c['C3'], '审核');
    await at('2026-10-10T11:00:00+08:00');
    await completeStep(clerk2, c['C3'], '发证');
    await at('2026-10-12T09:00:00+08:00');
    c['C5'] = (await acceptReemployment(clerk)).id;
    const notice = await clerk.post('/api/intake/notices', { ...REEMPLOYMENT_APPLICATION, materials: ['id-card'] });
    expect(notice.status, JSON.stringify(notice.body)).to.equal(201);
    const refusal = await clerk3.post('/api/intake/refusals', {
      itemCode: 'JJ-RS-001',
      applicantName: '李四',
      reasons: ['申请事项不属于本机关职权范围'],
    });
    expect(refusal.status, JSON.stringify(refusal.body)).to.equal(201);
    await at('2026-10-12T10:00:00+08:00');
    await completeStep(reviewer, c['C4'], '审核');
    await at('2026-10-15T16:00:00+08:00');
    await completeStep(clerk, c['C4'], '发证');
    await at('2026-11-02T09:00:00+08:00');
  });
  after(() => server.close());

  it('the monthly report of September: four accepted, C1 completed early in 2.5 of 7 days, three still open at the month’s end', async () => {
    const september = await report(supervisor, 'period=month&at=2026-09&by=window');
    expect(september.period).to.deep.include({ key: '2026-09', label: '2026年9月' });
    expect(counted(september.totals)).to.deep.equal({
      received: 4,
      accepted: 4,
      oneTimeNotices: 0,
      refusedAtIntake: 0,
      completed: 1,
      onTime: 1,
      early: 1,
      overdue: 0,
      onTimeRate: 1,
      averageUsedDays: 2.5,
      pending: 3,
      pendingOverdue: 0,
    });
    expect(september.totals.averagePromisedDays).to.equal(7);
    expect(september.rows.map((r) => [r.key, r.metrics.accepted, r.metrics.completed])).to.deep.equal([
      ['jj-chunxilu-window', 3, 1],
      ['jj-shuyuanjie-window', 1, 0],
    ]);
  });

  it('the monthly report of October by window: received counts the notice and the refusal; C2 overdue, C3 early, C4 on time; C5 pending and overdue', async () => {
    const october = await report(supervisor, 'period=month&at=2026-10&by=window');
    expect(october.previousPeriod.key).to.equal('2026-09');
    expect(counted(october.totals)).to.deep.equal({
      received: 3,
      accepted: 1,
      oneTimeNotices: 1,
      refusedAtIntake: 1,
      completed: 3,
      onTime: 2,
      early: 1,
      overdue: 1,
      onTimeRate: 0.6667,
      // (7 + 4 + 6.5) / 3
      averageUsedDays: 5.83,
      pending: 1,
      pendingOverdue: 1,
    });
    expect(october.totals.earlyRate).to.equal(0.3333);
    const [chunxilu, shuyuanjie] = october.rows;
    expect(chunxilu?.key).to.equal('jj-chunxilu-window');
    expect(counted(chunxilu?.metrics as Metrics)).to.deep.equal({
      received: 2,
      accepted: 1,
      oneTimeNotices: 1,
      refusedAtIntake: 0,
      completed: 2,
      onTime: 2,
      early: 1,
      overdue: 0,
      onTimeRate: 1,
      averageUsedDays: 5.25,
      pending: 1,
      pendingOverdue: 1,
    });
    expect(chunxilu?.previous.accepted).to.equal(3);
    expect(shuyuanjie).to.deep.include({ key: 'jj-shuyuanjie-window', name: '书院街街道便民服务中心综合窗口' });
    expect([shuyuanjie?.metrics.received, shuyuanjie?.metrics.completed, shuyuanjie?.metrics.overdue]).to.deep.equal([
      1, 1, 1,
    ]);
    expect(shuyuanjie?.metrics.onTimeRate).to.equal(0);
  });

  it('by department, level, item and unit the October totals are the same, each under its own name', async () => {
    for (const [by, key, name] of [
      ['department', 'jj-labour', '区人力资源和社会保障局'],
      ['level', 'town', '乡镇（街道）级'],
      ['item', 'JJ-RS-001', '失业人员再就业证补办'],
    ] as const) {
      const grouped = await report(supervisor, `period=month&at=2026-10&by=${by}`);
      expect(
        grouped.rows.map((r) => [r.key, r.name]),
        by,
      ).to.deep.equal([[key, name]]);
      expect(counted(grouped.rows[0]?.metrics as Metrics), by).to.deep.equal(counted(grouped.totals));
    }
    const units = await report(supervisor, 'period=month&at=2026-10&by=unit');
    expect(units.rows.map((r) => [r.key, r.metrics.completed])).to.deep.equal([
      ['jj-chunxilu', 2],
      ['jj-shuyuanjie', 1],
    ]);
  });

  it('the weekly summary of 10-05..10-11 and the daily counts of the make-up Saturday and of a holiday', async () => {
    const week = await report(supervisor, 'period=week&at=2026-10-10');
    expect(week.period).to.deep.include({ key: '2026-10-05', label: '2026年10月5日至2026年10月11日' });
    expect([week.totals.accepted, week.totals.completed, week.totals.onTime, week.totals.overdue]).to.deep.equal([
      0, 2, 1, 1,
    ]);
    const saturday = await report(supervisor, 'period=day&at=2026-10-10');
    expect([saturday.totals.completed, saturday.totals.early, saturday.totals.averageUsedDays]).to.deep.equal([
      1, 1, 4,
    ]);
    const holiday = await report(supervisor, 'period=day&at=2026-10-01');
    expect([holiday.totals.accepted, holiday.totals.completed, holiday.totals.pending]).to.deep.equal([0, 0, 3]);
  });

  it('counts the signals of the month as the signal list has them, and says which side counts a grouping cannot tell apart', async () => {
    const october = await report(supervisor, 'period=month&at=2026-10&by=item');
    const signals = (
      await ok<{ occurredAt: string; level: string; resolution: string | null }[]>(
        supervisor,
        '/api/supervision/signals',
      )
    ).filter((s) => s.occurredAt >= '2026-10-01' && s.occurredAt < '2026-11-01' && s.resolution !== 'revoked');
    expect(signals.length).to.be.greaterThan(0);
    expect(october.totals.signals?.total).to.equal(signals.length);
    expect(october.totals.signals?.red).to.equal(signals.filter((s) => s.level === 'red').length);
    expect(october.rows[0]?.metrics.signals?.total).to.equal(signals.length);
    // complaints and evaluations carry no item: not attributable by item, but counted in the totals
    expect(october.rows[0]?.metrics.complaints).to.equal(null);
    expect(october.totals.complaints).to.equal(0);
    expect(october.totals.satisfaction?.total).to.equal(0);
  });

  it('the trend month over month: accepted 0 → 4 → 1, completed 0 → 1 → 3, with the change against the month before', async () => {
    const trend = await ok<Trend>(supervisor, '/api/statistics/trend?period=month&at=2026-10&count=3');
    expect(trend.points.map((p) => [p.period.key, p.metrics.accepted, p.metrics.completed])).to.deep.equal([
      ['2026-08', 0, 0],
      ['2026-09', 4, 1],
      ['2026-10', 1, 3],
    ]);
    expect(trend.points[1]?.change).to.deep.equal({ accepted: null, completed: null, onTimeRate: null });
    expect(trend.points[2]?.change).to.deep.equal({ accepted: -0.75, completed: 2, onTimeRate: -0.3333 });
  });

  it('compares unit with unit (seed 003): 春熙路 completed all on time in fewer days than 书院街', async () => {
    const comparison = await ok<Comparison>(supervisor, '/api/statistics/comparison?period=month&at=2026-10&by=unit');
    expect(comparison.rows.map((r) => [r.key, r.ranks['onTimeRate'], r.ranks['averageUsedDays']])).to.deep.equal([
      ['jj-chunxilu', 1, 1],
      ['jj-shuyuanjie', 2, 2],
    ]);
  });

  it('scopes reports: the lead sees the labour bureau, 书院街’s clerk only their window, an applicant nothing', async () => {
    const mine = await report(lead, 'period=month&at=2026-10');
    expect(mine.scope).to.equal('own');
    expect(counted(mine.totals)).to.deep.equal(counted((await report(supervisor, 'period=month&at=2026-10')).totals));
    const window = await report(clerk3, 'period=month&at=2026-10');
    expect([
      window.totals.accepted,
      window.totals.completed,
      window.totals.refusedAtIntake,
      window.totals.oneTimeNotices,
    ]).to.deep.equal([0, 1, 1, 0]);
    const denied = await applicant.get<{ code: string }>('/api/statistics/report');
    expect([denied.status, denied.body.code]).to.deep.equal([403, 'FORBIDDEN']);
  });

  it('exports the monthly report as printable Chinese HTML and as xlsx with the same numbers', async () => {
    const token = await tokenOf(server.url, 'supervisor');
    const html = await download(server.url, token, '/api/statistics/report?period=month&at=2026-10&format=html');
    expect(html.status).to.equal(200);
    expect(html.type).to.contain('text/html');
    expect(html.headers.get('content-security-policy')).to.contain("default-src 'none'");
    const text = new TextDecoder().decode(html.bytes);
    expect(text).to.contain('@page').and.contain('<html lang="zh-CN">');
    expect(text).to.contain('锦江区政务服务中心电子监察月报').and.contain('2026年10月').and.contain('合计');
    expect(text).to.contain('66.67%').and.contain('5.83');
    const file = await download(
      server.url,
      token,
      '/api/statistics/report?period=month&at=2026-10&by=window&format=xlsx',
    );
    expect(file.type).to.contain('spreadsheetml');
    expect(file.headers.get('content-disposition')).to.contain("filename*=UTF-8''");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('报表');
    expect(sheet?.getRow(1).getCell(1).value).to.equal('锦江区政务服务中心电子监察月报');
    const header = (sheet?.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).to.deep.equal(['窗口', '收件', '受理', '办结']);
    const total = sheet?.getRow(6);
    expect(total?.getCell(1).value).to.equal('合计');
    expect([2, 3, 4].map((i) => total?.getCell(i).value)).to.deep.equal([3, 1, 3]);
    const rate = total?.getCell(header.indexOf('按时办结率') + 1);
    expect([rate?.value, rate?.numFmt]).to.deep.equal([0.6667, '0.00%']);
  });

  it('given bad queries, then 400 names what is wrong', async () => {
    for (const [query, code] of [
      ['period=year', 'VALIDATION_FAILED'],
      ['period=month&at=2026-13', 'PERIOD_INVALID'],
      ['period=day&at=2026-02-30', 'PERIOD_INVALID'],
      ['by=clerk', 'VALIDATION_FAILED'],
      ['format=pdf', 'VALIDATION_FAILED'],
    ] as const) {
      const reply = await supervisor.get<{ code: string }>(`/api/statistics/report?${query}`);
      expect([reply.status, reply.body.code], query).to.deep.equal([400, code]);
    }
    const trend = await supervisor.get<{ code: string }>('/api/statistics/trend?count=99');
    expect(trend.status).to.equal(400);
  });
});
