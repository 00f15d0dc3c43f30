import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { HttpClient, type Reply } from '../../support/httpClient.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

interface CalendarView {
  base: { source: string; holidays: string[]; workdays: string[]; coveredYears: number[] };
  overrides: { holidays: string[]; workdays: string[]; coveredYears: number[] };
  revision: number;
  updatedBy: string | null;
  coveredYears: number[];
  today: string;
  coverageGap: string | null;
}

const put = (client: HttpClient, body: unknown): Promise<Reply> =>
  client.send('PUT', '/api/calendar', JSON.stringify(body), 'application/json');

/** 2026-09-22 (a Tuesday) declared a local rest day, and 2027 entered as a whole year. */
const LOCAL_DAY = { holidays: ['2026-09-22', '2027-01-01'], workdays: [], coveredYears: [2027], revision: 0 };

describe('server: the working calendar administrators keep (GET/PUT /api/calendar)', () => {
  let server: TestServer;
  let admin: HttpClient;
  let clerk: HttpClient;

  beforeEach(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    admin = await new HttpClient(server.url).login('admin');
    clerk = await new HttpClient(server.url).login('clerk');
  });
  afterEach(async () => server.close());

  it('given nothing saved, then anyone signed in reads the national data and the coverage warning for 2027', async () => {
    server.clock.set('2026-11-02T09:00:00+08:00');
    const reply = await clerk.get<CalendarView>('/api/calendar');
    expect(reply.status).to.equal(200);
    expect(reply.body.base.source).to.match(/^chinese-days@/);
    expect(reply.body.base.holidays).to.include('2026-10-01');
    expect(reply.body.base.workdays).to.include('2026-10-10');
    expect(reply.body.overrides).to.deep.equal({ holidays: [], workdays: [], coveredYears: [] });
    expect(reply.body.revision).to.equal(0);
    expect(reply.body.today).to.equal('2026-11-02');
    expect(reply.body.coverageGap).to.equal('2027-01-01');
    expect((await new HttpClient(server.url).get('/api/calendar')).status).to.equal(401);
  });

  it('given a clerk, when she saves the calendar, then 403 and nothing changes', async () => {
    const reply = await put(clerk, LOCAL_DAY);
    expect(reply.status).to.equal(403);
    expect((await admin.get<CalendarView>('/api/calendar')).body.revision).to.equal(0);
  });

  it('given bad overrides, then 400 names every problem by path and nothing is stored', async () => {
    const reply = await put(admin, {
      holidays: ['2026-02-30', '2026-10-12', '2026-10-12', '1899-01-02'],
      workdays: ['2026-10-12'],
      coveredYears: [2027, 2027, 3000],
      revision: 0,
    });
    expect(reply.status).to.equal(400);
    expect(reply.body['code']).to.equal('CALENDAR_INVALID');
    const problems = (reply.body['details'] as { problems: { path: string; code: string; message: string }[] })
      .problems;
    expect(problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
      '/holidays/0 CALENDAR_DATE_INVALID',
      '/holidays/2 CALENDAR_DUPLICATE_DATE',
      '/holidays/3 CALENDAR_YEAR_RANGE',
      '/workdays/0 CALENDAR_DATE_CONFLICT',
      '/coveredYears/1 CALENDAR_DUPLICATE_YEAR',
      '/coveredYears/2 CALENDAR_YEAR_RANGE',
    ]);
    expect(problems[0]?.message).to.contain('2026-02-30');
    const malformed = await put(admin, { holidays: 'soon', workdays: [], coveredYears: [2027.5], revision: 0, x: 1 });
    expect(malformed.status).to.equal(400);
    expect(malformed.body['code']).to.equal('VALIDATION_FAILED');
    const after = (await admin.get<CalendarView>('/api/calendar')).body;
    expect(after.revision).to.equal(0);
    expect(after.overrides.holidays).to.deep.equal([]);
  });

  it('given a save, when saved again over the old revision, then 409 and the first save stays', async () => {
    expect((await put(admin, LOCAL_DAY)).status).to.equal(200);
    const stale = await put(admin, { ...LOCAL_DAY, holidays: [] });
    expect(stale.status).to.equal(409);
    expect(stale.body['code']).to.equal('CALENDAR_CONFLICT');
    const view = (await admin.get<CalendarView>('/api/calendar')).body;
    expect(view.overrides.holidays).to.deep.equal(['2026-09-22', '2027-01-01']);
    expect(view.revision).to.equal(1);
    expect(view.updatedBy).to.equal('u-admin');
  });

  it('given a case accepted before a local rest day is saved, then its deadline stays and a case accepted after counts the new day', async () => {
    // Given the clock on Monday 2026-09-21 and a case accepted under the national calendar
    const before = await clerk.post<{ id: string; promisedDueAt: string }>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(before.status).to.equal(201);

    // When the administrator declares Tuesday 09-22 a rest day (no restart)
    const saved = await put(admin, LOCAL_DAY);
    expect(saved.status).to.equal(200);
    expect((saved.body as unknown as CalendarView).coverageGap).to.equal(null);

    // Then a case accepted now ends one working day later, and the first case keeps its deadline
    const after = await clerk.post<{ promisedDueAt: string }>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(after.status).to.equal(201);
    expect(before.body.promisedDueAt).to.equal('2026-10-09T00:00:00.000+08:00');
    expect(after.body.promisedDueAt).to.equal('2026-10-10T00:00:00.000+08:00');
    const first = await clerk.get<{ promisedDueAt: string }>(`/api/cases/${before.body.id}`);
    expect(first.body.promisedDueAt).to.equal('2026-10-09T00:00:00.000+08:00');
  });
});

describe('server: the calendar overrides survive a restart', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-calendar-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('given overrides saved before a restart, when the server starts again on the same file, then they are in use', async () => {
    const file = join(dir, 'govflow.db');
    const first = await startTestServer({ file, now: '2026-11-02T09:00:00+08:00' });
    const saved = await put(await new HttpClient(first.url).login('admin'), { ...LOCAL_DAY, coveredYears: [2027] });
    expect(saved.status).to.equal(200);
    await first.close();

    const second = await startTestServer({ file, seed: false, now: '2026-09-21T09:00:00+08:00' });
    try {
      const clerk = await new HttpClient(second.url).login('clerk');
      const view = (await clerk.get<CalendarView>('/api/calendar')).body;
      expect(view.revision).to.equal(1);
      expect(view.coveredYears).to.include(2027);
      const accepted = await clerk.post<{ promisedDueAt: string }>('/api/cases', REEMPLOYMENT_APPLICATION);
      expect(accepted.body.promisedDueAt).to.equal('2026-10-10T00:00:00.000+08:00');
    } finally {
      await second.close();
    }
  });
});
