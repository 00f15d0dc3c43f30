import { expect } from 'chai';
import ExcelJS from 'exceljs';
import type { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { acceptReemployment, completeStep, download, moveClock, ok, tokenOf, users } from './statisticsSupport.js';

interface DepartmentScore {
  departmentId: string;
  departmentName: string;
  score: number;
  rank: number;
  belowThreshold: boolean;
  lines: { metric: string; count: number; points: number }[];
  bonus: { early: number; completed: number; points: number };
}
interface MonthScores {
  month: { key: string };
  formulaVersion: number;
  departments: DepartmentScore[];
  published: { publishedAt: string; publishedBy: string; warned: string[] } | null;
}
interface Settings {
  version: number;
  base: number;
  rules: { metric: string; every: number; points: number }[];
  earlyBonus: unknown;
  min: number;
  warnBelow: number;
  rectifyDays: number;
}

const labourOf = (scores: MonthScores) => scores.departments.find((d) => d.departmentId === 'jj-labour');

/**
 * Department scores for October 2026 (the labour bureau's two re-employment cases):
 * - E1, accepted Monday 10-12 09:00 and done the next morning: 1 of 1 completed cases early → 100 % → +10 (the cap).
 * - S1, accepted the same instant and never handled: its 受理 runs over its one day at the end of 10-13 and the case
 *   over its seven at the end of 10-21 — two red signals (scheme a, the default) → −20.
 * With the default formula: 100 − 20 + 10 = 90, just not below 90. With red cards at −15: 100 − 30 + 10 = 80, warned.
 */
describe('scores / the month’s department scores, the formula’s settings, and the warnings of a published month', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let lead: HttpClient;
  let supervisor: HttpClient;
  let admin: HttpClient;
  let applicant: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-10-12T09:00:00+08:00' });
    [clerk, reviewer, lead, supervisor, admin, applicant] = await users(
      server.url,
      'clerk',
      'reviewer',
      'lead',
      'supervisor',
      'admin',
      'applicant',
    );
    const early = (await acceptReemployment(clerk)).id;
    await acceptReemployment(clerk);
    await completeStep(clerk, early, '受理');
    await moveClock(supervisor, '2026-10-13T09:00:00+08:00');
    await completeStep(reviewer, early, '审核');
    await completeStep(clerk, early, '发证');
    await moveClock(supervisor, '2026-11-02T09:00:00+08:00');
  });
  after(() => server.close());

  it('given nothing saved, then the formula is DOMAIN.md’s 100-point scheme at version 0, readable by staff but not applicants', async () => {
    const settings = await ok<Settings>(lead, '/api/statistics/score-settings');
    expect(settings).to.deep.include({ version: 0, base: 100, min: 0, warnBelow: 90, rectifyDays: 10 });
    expect(settings.rules).to.deep.equal([
      { metric: 'warnings', every: 3, points: -3 },
      { metric: 'yellowCards', every: 1, points: -5 },
      { metric: 'redCards', every: 1, points: -10 },
    ]);
    expect(settings.earlyBonus).to.deep.equal({ stepPercent: 10, points: 1, maxPoints: 10 });
    expect((await applicant.get('/api/statistics/score-settings')).status).to.equal(403);
  });

  it('scores October by hand: two red signals −20, all completed cases early +10 → 90, not warned; the others 100', async () => {
    const red = (
      await ok<{ level: string; occurredAt: string; departmentId: string }[]>(supervisor, '/api/supervision/signals')
    )
      .filter((s) => s.occurredAt.startsWith('2026-10') && s.departmentId === 'jj-labour')
      .map((s) => s.level);
    expect(red).to.deep.equal(['red', 'red']);
    const october = await ok<MonthScores>(supervisor, '/api/statistics/scores?month=2026-10');
    const labour = labourOf(october);
    expect(labour?.lines.map((l) => [l.metric, l.count, l.points])).to.deep.equal([
      ['warnings', 0, 0],
      ['yellowCards', 0, 0],
      ['redCards', 2, -20],
    ]);
    expect(labour?.bonus).to.deep.include({ early: 1, completed: 1, points: 10 });
    expect(labour).to.deep.include({ score: 90, belowThreshold: false });
    expect(october.departments.filter((d) => d.departmentId !== 'jj-labour').every((d) => d.score === 100)).to.equal(
      true,
    );
    expect(labour?.rank).to.equal(october.departments.length);
    expect(october.published).to.equal(null);
  });

  it('given bad formulas, then 400 or 422 with every problem; a lead may not change it; nothing is saved', async () => {
    const base = await ok<Settings>(supervisor, '/api/statistics/score-settings');
    const put = (client: HttpClient, body: unknown) =>
      client.send<{ code: string }>('PUT', '/api/statistics/score-settings', JSON.stringify(body), 'application/json');
    const { version: _version, ...formula } = base;
    expect(_version).to.equal(0);
    expect((await put(lead, formula)).status).to.equal(403);
    const zeroEvery = await put(supervisor, { ...formula, rules: [{ metric: 'redCards', every: 0, points: -10 }] });
    expect([zeroEvery.status, zeroEvery.body.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const unknown = await put(supervisor, { ...formula, rules: [{ metric: 'lateness', every: 1, points: -1 }] });
    expect(unknown.status).to.equal(400);
    const twice = await put(supervisor, {
      ...formula,
      rules: [
        { metric: 'redCards', every: 1, points: -10 },
        { metric: 'redCards', every: 2, points: -1 },
      ],
      min: 200,
    });
    expect([twice.status, twice.body.code]).to.deep.equal([422, 'SCORE_FORMULA_INVALID']);
    expect(
      (twice.body as unknown as { details: { problems: { path: string }[] } }).details.problems.map((p) => p.path),
    ).to.deep.equal(['/rules/1/metric', '/min']);
    expect((await ok<Settings>(supervisor, '/api/statistics/score-settings')).version).to.equal(0);
  });

  it('when the supervisor makes red cards cost 15, then the bureau scores 80; a second editor on the old version gets 409', async () => {
    const { version, ...formula } = await ok<Settings>(supervisor, '/api/statistics/score-settings');
    const rules = formula.rules.map((r) => (r.metric === 'redCards' ? { ...r, points: -15 } : r));
    const saved = await supervisor.send<Settings>(
      'PUT',
      '/api/statistics/score-settings',
      JSON.stringify({ ...formula, rules, version }),
      'application/json',
    );
    expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
    expect(saved.body.version).to.equal(1);
    const stale = await admin.send<{ code: string }>(
      'PUT',
      '/api/statistics/score-settings',
      JSON.stringify({ ...formula, version: 0 }),
      'application/json',
    );
    expect([stale.status, stale.body.code]).to.deep.equal([409, 'SETTINGS_CONFLICT']);
    const october = await ok<MonthScores>(supervisor, '/api/statistics/scores?month=2026-10');
    expect(october.formulaVersion).to.equal(1);
    expect(labourOf(october)).to.deep.include({ score: 80, belowThreshold: true });
  });

  it('when October is published, then the bureau, every supervisor and its lead are warned once, with a deadline of 10 working days', async () => {
    const published = await supervisor.post<MonthScores>('/api/statistics/scores/2026-10/publish', {});
    expect(published.status, JSON.stringify(published.body)).to.equal(200);
    expect(published.body.published).to.deep.include({ publishedBy: 'u-supervisor', warned: ['jj-labour'] });
    const warnings = await server.store.listOutbox({ caseId: 'score:2026-10' }, 100);
    expect(warnings.map((w) => w.to).sort()).to.deep.equal(['dept:jj-labour', 'user:u-lead', 'user:u-supervisor']);
    const payload = warnings[0]?.payload as { text: string; score: number; rectifyBy: string };
    // published Monday 11-02: counted from 11-03, ten working days end with Monday 11-16
    expect(payload).to.deep.include({ score: 80, rectifyBy: '2026-11-17T00:00:00.000+08:00' });
    expect(payload.text).to.contain('区人力资源和社会保障局').and.contain('80 分').and.contain('2026年11月16日');
    expect(warnings.every((w) => w.template === 'score.warning' && w.channel === 'webhook')).to.equal(true);
    const again = await admin.post<MonthScores>('/api/statistics/scores/2026-10/publish', {});
    expect(again.status).to.equal(200);
    expect(await server.store.listOutbox({ caseId: 'score:2026-10' }, 100)).to.have.length(3);
    expect((await ok<MonthScores>(lead, '/api/statistics/scores?month=2026-10')).published?.publishedBy).to.equal(
      'u-admin',
    );
  });

  it('a lead reads only their own department’s score; a street clerk without a department and an applicant nothing', async () => {
    const mine = await ok<MonthScores>(lead, '/api/statistics/scores?month=2026-10');
    expect(mine.departments.map((d) => [d.departmentId, d.score])).to.deep.equal([['jj-labour', 80]]);
    expect((await clerk.get('/api/statistics/scores?month=2026-10')).status).to.equal(403);
    expect((await applicant.get('/api/statistics/scores?month=2026-10')).status).to.equal(403);
  });

  it('gives the bureau’s score month by month (September 100, October 80)', async () => {
    const trend = await ok<{ points: { month: { key: string }; score: number }[] }>(
      lead,
      '/api/statistics/scores/trend?department=jj-labour&month=2026-10&count=2',
    );
    expect(trend.points.map((p) => [p.month.key, p.score])).to.deep.equal([
      ['2026-09', 100],
      ['2026-10', 80],
    ]);
    expect((await lead.get('/api/statistics/scores/trend?department=jj-planning&month=2026-10')).status).to.equal(404);
  });

  it('refuses to publish a month not yet ended, a malformed month, or by anyone but supervisors and administrators', async () => {
    const early = await supervisor.post<{ code: string }>('/api/statistics/scores/2026-11/publish', {});
    expect([early.status, early.body.code]).to.deep.equal([422, 'MONTH_NOT_ENDED']);
    const malformed = await supervisor.post<{ code: string }>('/api/statistics/scores/2026-1/publish', {});
    expect([malformed.status, malformed.body.code]).to.deep.equal([400, 'PERIOD_INVALID']);
    expect((await lead.post('/api/statistics/scores/2026-10/publish', {})).status).to.equal(403);
    expect((await server.store.listOutbox({ caseId: 'score:2026-11' }, 10)).length).to.equal(0);
  });

  it('exports the scores as a printable notice and as xlsx, the bureau last with 80', async () => {
    const token = await tokenOf(server.url, 'supervisor');
    const html = new TextDecoder().decode(
      (await download(server.url, token, '/api/statistics/scores?month=2026-10&format=html')).bytes,
    );
    expect(html)
      .to.contain('锦江区政务服务中心绩效考核通报')
      .and.contain('已发布')
      .and.contain('区人力资源和社会保障局');
    const file = await download(server.url, token, '/api/statistics/scores?month=2026-10&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('报表');
    const rows = (sheet?.getSheetValues() ?? []).filter(Array.isArray) as unknown[][];
    const labour = rows.find((r) => r[2] === '区人力资源和社会保障局');
    expect(labour?.[3]).to.equal(80);
    expect(labour?.at(-1)).to.equal('是');
  });
});
