import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { demoCatalog } from '@govflow/catalog';
import { median, percentile } from '@govflow/server';
import type { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { acceptReemployment, completeStep, download, moveClock, ok, tokenOf, users } from './statisticsSupport.js';

interface Step {
  elementId: string;
  name: string;
  limitDays: number | null;
  critical: boolean;
  count: number;
  medianDays: number | null;
  p90Days: number | null;
  averageDays: number | null;
  overCount: number;
  overRate: number | null;
}
interface Analysis {
  itemCode: string;
  version: number;
  promisedDays: number;
  steps: Step[];
  criticalPath: {
    limitDays: number;
    medianDays: number;
    steps: { elementId: string; medianDays: number | null; share: number | null }[];
  };
  compression: {
    publishedAt: string;
    fromVersion: number;
    toVersion: number;
    stepsBefore: number;
    stepsAfter: number;
    criticalDaysBefore: number;
    criticalDaysAfter: number;
    daysSaved: number;
    promisedDaysSaved: number;
  }[];
}

const figures = (s: Step | undefined) => [
  s?.count,
  s?.medianDays,
  s?.p90Days,
  s?.averageDays,
  s?.overCount,
  s?.overRate,
];

describe('step analysis / the statistics behind it, by hand', () => {
  it('the median is the middle value (the mean of the two middle ones); the 90th percentile the nearest rank', () => {
    expect(median([3, 1, 2])).to.equal(2);
    expect(median([0.5, 4.5, 1.5, 2.5, 0.5, 3.5])).to.equal(2);
    expect(median([])).to.equal(null);
    // ten values: rank ⌈0.9 × 10⌉ = 9; six values: rank ⌈5.4⌉ = 6
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).to.equal(9);
    expect(percentile([0.5, 0.5, 1.5, 2.5, 3.5, 4.5], 90)).to.equal(4.5);
    expect(percentile([7], 90)).to.equal(7);
  });
});

/**
 * Where the days of 失业人员再就业证补办 go (受理 1, 审核 4, 发证 2 working days; all three on the critical path).
 * 审核 is counted from the day after it opened, like its limit:
 * - X0 accepted Wednesday 09-30, reviewed Thursday 10-08 at noon, after the National Day holidays: 0.5 days.
 * - X1..X5 accepted Monday 10-12 (审核 due end of 10-16), reviewed at noon on 10-13, 10-14, 10-15, 10-16 and Monday
 *   10-19: 0.5, 1.5, 2.5, 3.5 and 4.5 days — the last over its limit.
 * So 审核: six cases, median (1.5 + 2.5) / 2 = 2, 90th percentile 4.5, mean 13 / 6 = 2.17, one in six over.
 * X1's 发证 opens 10-13 noon (due end of 10-15) and is done 10-14 09:00: 0.375 → 0.38 days.
 */
describe('step analysis / median and 90th percentile against the limit, overruns, the critical path, compression', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let lead: HttpClient;
  let planlead: HttpClient;
  let admin: HttpClient;
  let supervisor: HttpClient;
  const x: string[] = [];

  before(async () => {
    server = await startTestServer({ now: '2026-09-30T09:00:00+08:00' });
    [clerk, reviewer, lead, planlead, admin, supervisor] = await users(
      server.url,
      'clerk',
      'reviewer',
      'lead',
      'planlead',
      'admin',
      'supervisor',
    );
    const at = (now: string) => moveClock(supervisor, now);
    x.push((await acceptReemployment(clerk)).id);
    await completeStep(clerk, x[0] as string, '受理');
    await at('2026-10-08T12:00:00+08:00');
    await completeStep(reviewer, x[0] as string, '审核');
    await at('2026-10-12T09:00:00+08:00');
    for (let i = 1; i <= 5; i += 1) {
      x.push((await acceptReemployment(clerk)).id);
      await completeStep(clerk, x[i] as string, '受理');
    }
    await at('2026-10-13T12:00:00+08:00');
    await completeStep(reviewer, x[1] as string, '审核');
    await at('2026-10-14T09:00:00+08:00');
    await completeStep(clerk, x[1] as string, '发证');
    for (const [i, day] of [
      [2, '14'],
      [3, '15'],
      [4, '16'],
      [5, '19'],
    ] as const) {
      await at(`2026-10-${day}T12:00:00+08:00`);
      await completeStep(reviewer, x[i] as string, '审核');
    }
    await at('2026-10-20T09:00:00+08:00');
  });
  after(() => server.close());

  const analyse = (client: HttpClient, query = '') =>
    ok<Analysis>(client, `/api/statistics/steps?itemCode=JJ-RS-001&from=2026-09-01&to=2026-10-31${query}`);

  it('gives each step’s median and 90th percentile working days against its limit, and how often it ran over', async () => {
    const analysis = await analyse(lead);
    expect(analysis).to.deep.include({ itemCode: 'JJ-RS-001', version: 1, promisedDays: 7 });
    const [accept, review, issue] = analysis.steps;
    expect([accept?.elementId, accept?.limitDays, ...figures(accept)]).to.deep.equal(['accept', 1, 6, 0, 0, 0, 0, 0]);
    expect([review?.elementId, review?.limitDays, ...figures(review)]).to.deep.equal([
      'review',
      4,
      6,
      2,
      4.5,
      2.17,
      1,
      0.1667,
    ]);
    expect([issue?.elementId, issue?.limitDays, ...figures(issue)]).to.deep.equal([
      'issue',
      2,
      1,
      0.38,
      0.38,
      0.38,
      0,
      0,
    ]);
  });

  it('shows where the critical path’s days go: 7 days of limits, 2.38 days of medians, 84 % of them in 审核', async () => {
    const { criticalPath } = await analyse(lead);
    expect(criticalPath.limitDays).to.equal(7);
    expect(criticalPath.medianDays).to.equal(2.38);
    expect(criticalPath.steps.map((s) => [s.elementId, s.medianDays, s.share])).to.deep.equal([
      ['accept', 0, 0],
      ['review', 2, 0.8403],
      ['issue', 0.38, 0.1597],
    ]);
  });

  it('counts only the steps completed in the period asked for: 10-13 to 10-14 holds X1’s and X2’s reviews and X1’s issue', async () => {
    const analysis = await ok<Analysis>(lead, '/api/statistics/steps?itemCode=JJ-RS-001&from=2026-10-13&to=2026-10-14');
    expect(analysis.steps.map((s) => [s.elementId, s.count, s.medianDays])).to.deep.equal([
      ['accept', 0, null],
      ['review', 2, 1],
      ['issue', 1, 0.38],
    ]);
  });

  it('lets the labour bureau’s lead, supervisors and administrators analyse the item; another bureau’s lead and clerks not', async () => {
    expect((await supervisor.get('/api/statistics/steps?itemCode=JJ-RS-001')).status).to.equal(200);
    const other = await planlead.get<{ code: string }>('/api/statistics/steps?itemCode=JJ-RS-001');
    expect([other.status, other.body.code]).to.deep.equal([403, 'FORBIDDEN']);
    expect((await clerk.get('/api/statistics/steps?itemCode=JJ-RS-001')).status).to.equal(403);
    expect((await lead.get('/api/statistics/steps?itemCode=NO-SUCH-ITEM')).status).to.equal(404);
    for (const query of [
      'itemCode=JJ-RS-001&from=2026-10-32',
      'itemCode=JJ-RS-001&from=2026-10-20&to=2026-10-01',
      '',
    ]) {
      expect((await lead.get(`/api/statistics/steps?${query}`)).status, query).to.equal(400);
    }
  });

  it('when version 2 compresses 审核 from 4 to 2 days and the promise from 7 to 5, then the compression shows it and the old cases keep their figures', async () => {
    const item = demoCatalog().find((i) => i.code === 'JJ-RS-001');
    const processXml = item?.processXml
      .replace('gov:timeLimit="4"', 'gov:timeLimit="2"')
      .replace('gov:promisedDays="7"', 'gov:promisedDays="5"');
    const published = await admin.post<{ version: number }>('/api/admin/items/publish', {
      item: { ...item, promisedDays: 5, processXml },
    });
    expect(published.status, JSON.stringify(published.body)).to.equal(201);
    const analysis = await analyse(lead);
    expect(analysis.version).to.equal(2);
    expect(analysis.compression.map(({ publishedAt: _at, ...change }) => change)).to.deep.equal([
      {
        fromVersion: 1,
        toVersion: 2,
        stepsBefore: 3,
        stepsAfter: 3,
        criticalDaysBefore: 7,
        criticalDaysAfter: 5,
        daysSaved: 2,
        promisedDaysSaved: 2,
      },
    ]);
    const review = analysis.steps.find((s) => s.elementId === 'review');
    expect([review?.limitDays, ...figures(review)]).to.deep.equal([2, 6, 2, 4.5, 2.17, 1, 0.1667]);
  });

  it('exports the analysis as xlsx and printable HTML', async () => {
    const token = await tokenOf(server.url, 'lead');
    const file = await download(
      server.url,
      token,
      '/api/statistics/steps?itemCode=JJ-RS-001&from=2026-09-01&to=2026-10-31&format=xlsx',
    );
    expect(file.status).to.equal(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer as ArrayBuffer);
    const rows = (workbook.getWorksheet('报表')?.getSheetValues() ?? []).filter(Array.isArray) as unknown[][];
    expect(rows.find((r) => r[1] === '审核')?.slice(1, 9)).to.deep.equal(['审核', 2, '是', 6, 2, 4.5, 2.17, 1]);
    const html = new TextDecoder().decode(
      (await download(server.url, token, '/api/statistics/steps?itemCode=JJ-RS-001&format=html')).bytes,
    );
    expect(html).to.contain('环节用时分析').and.contain('失业人员再就业证补办').and.contain('压缩 2 日');
  });
});
