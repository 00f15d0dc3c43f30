import { expect } from 'chai';
import { PLANNING_APPLICATION } from '../../scenarios/support/lifecycle.js';
import type { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import {
  acceptReemployment,
  completeStep,
  counts,
  moveClock,
  ok,
  users,
  type BoardReply,
  type CaseReply,
} from './statisticsSupport.js';

interface CaseLightsReply {
  caseId: string;
  light: string;
  daysLeft: number;
}

/**
 * The board at scale's shape (issue 6): counts by light come from the case facts (instants compared with now),
 * drilled down department → window → case, filtered by level, item and clerk, in each reader's scope.
 *
 * Cases (JJ-RS-001 promises 7 working days, yellow at 3 left, red at 1; JJ-ZG-001 promises 15, yellow at 5, red at 1):
 * - A1, A2: 春熙路 window (clerk), Monday 09-21 09:00 → due end of 10-08 (22, 23, 24, 28, 29, 30, 10-08 after the
 *   Mid-Autumn and National Day holidays); yellow from 09-29 00:00 (29, 30, 10-08 left), red from 10-08 00:00.
 * - B1: 书院街 window (clerk3), the same instant; its clock is stopped for 补正 on 09-29.
 * - P1: the district joint window (joint), 建设工程规划许可证, the same instant → due end of 10-19, yellow 10-13, red 10-19.
 * - C1: 春熙路 window (clerk2), Monday 09-28 → counts from 09-29: 29, 30, 10-08, 09, 10 (make-up Saturday), 12, 13 →
 *   due end of 10-13; yellow from the make-up Saturday 10-10 (12, 13 and 10 left), red from 10-13.
 */
describe('supervision board / counts from the case facts, drill-down and filters, around National Day 2026', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let clerk2: HttpClient;
  let clerk3: HttpClient;
  let joint: HttpClient;
  let lead: HttpClient;
  let supervisor: HttpClient;
  let reviewer: HttpClient;
  const ids: Record<string, string> = {};
  /** The board with any filter (the drill-down route takes them all; `/api/supervision/board` the older three). */
  const board = (client: HttpClient, query = '') =>
    ok<BoardReply>(client, `/api/supervision/board/groups${query ? `${query}&` : '?'}by=department`);
  const groups = (client: HttpClient, query: string) =>
    ok<BoardReply>(client, `/api/supervision/board/groups?${query}`);

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    [clerk, clerk2, clerk3, joint, lead, supervisor, reviewer] = await users(
      server.url,
      'clerk',
      'clerk2',
      'clerk3',
      'joint',
      'lead',
      'supervisor',
      'reviewer',
    );
    ids['A1'] = (await acceptReemployment(clerk)).id;
    ids['A2'] = (await acceptReemployment(clerk)).id;
    await completeStep(clerk, ids['A1'], '受理');
    ids['B1'] = (await acceptReemployment(clerk3)).id;
    const planning = await joint.post<CaseReply>('/api/cases', PLANNING_APPLICATION);
    expect(planning.body.promisedDueAt).to.equal('2026-10-20T00:00:00.000+08:00');
    ids['P1'] = planning.body.id;
  });
  after(() => server.close());

  it('given four cases accepted on Monday 09-21, then all are green, by department and by the accepting unit’s level', async () => {
    const start = await ok<BoardReply>(supervisor, '/api/supervision/board');
    expect(start.totals).to.deep.equal(counts({ green: 4 }));
    expect(start.departments).to.have.deep.members([
      { department: '区人力资源和社会保障局', counts: counts({ green: 3 }) },
      { department: '区自然资源和规划局', counts: counts({ green: 1 }) },
    ]);
    expect(start.levels).to.have.deep.members([
      { level: 'town', counts: counts({ green: 3 }) },
      { level: 'district', counts: counts({ green: 1 }) },
    ]);
    const byDepartment = await groups(supervisor, 'by=department');
    expect(byDepartment.groups?.map((g) => [g.key, g.name])).to.deep.equal([
      ['jj-labour', '区人力资源和社会保障局'],
      ['jj-planning', '区自然资源和规划局'],
    ]);
  });

  it('when the clock reaches Tuesday 09-29 (three working days left after the Mid-Autumn holiday), then the first three turn yellow; C1 accepted on 09-28 stays green', async () => {
    await moveClock(supervisor, '2026-09-28T09:00:00+08:00');
    ids['C1'] = (await acceptReemployment(clerk2)).id;
    await moveClock(supervisor, '2026-09-28T23:59:59.999+08:00');
    expect((await board(supervisor)).totals).to.deep.equal(counts({ green: 5 }));
    await moveClock(supervisor, '2026-09-29T09:00:00+08:00');
    expect((await board(supervisor)).totals).to.deep.equal(counts({ green: 2, yellow: 3 }));
  });

  it('drills down department → window → case: the labour bureau by window, then one window’s cases reddest first', async () => {
    const windows = await groups(supervisor, 'by=window&department=jj-labour');
    expect(windows.totals).to.deep.equal(counts({ green: 1, yellow: 3 }));
    expect(windows.groups).to.deep.equal([
      { key: 'jj-chunxilu-window', name: '春熙路街道便民服务中心综合窗口', counts: counts({ green: 1, yellow: 2 }) },
      { key: 'jj-shuyuanjie-window', name: '书院街街道便民服务中心综合窗口', counts: counts({ yellow: 1 }) },
    ]);
    const cases = await ok<CaseLightsReply[]>(
      supervisor,
      '/api/supervision/board/cases?department=jj-labour&window=jj-chunxilu-window',
    );
    // 09-29 09:00 → due end of 10-08: 0.625 + 1 + 1 working days → 2.5 in halves; C1 (due end of 10-13): 6.5
    expect(cases.map((c) => [c.light, c.daysLeft])).to.deep.equal([
      ['yellow', 2.5],
      ['yellow', 2.5],
      ['green', 6.5],
    ]);
    expect(cases.map((c) => c.caseId).slice(0, 2)).to.have.members([ids['A1'], ids['A2']]);
    expect(cases[2]?.caseId).to.equal(ids['C1']);
    const page = await ok<CaseLightsReply[]>(
      supervisor,
      '/api/supervision/board/cases?department=jj-labour&window=jj-chunxilu-window&limit=1&offset=2',
    );
    expect(page.map((c) => c.caseId)).to.deep.equal([ids['C1']]);
  });

  it('filters by level, item and clerk (sign-in name or id); an unknown department counts nothing', async () => {
    expect((await board(supervisor, '?level=district')).totals).to.deep.equal(counts({ green: 1 }));
    expect((await board(supervisor, '?level=town')).totals).to.deep.equal(counts({ green: 1, yellow: 3 }));
    expect((await board(supervisor, '?itemCode=JJ-ZG-001')).totals).to.deep.equal(counts({ green: 1 }));
    expect((await board(supervisor, '?clerk=clerk2')).totals).to.deep.equal(counts({ green: 1 }));
    expect((await board(supervisor, '?clerk=u-clerk')).totals).to.deep.equal(counts({ yellow: 2 }));
    const byClerk = await groups(supervisor, 'by=clerk&department=区人力资源和社会保障局');
    expect(byClerk.groups?.map((g) => [g.key, g.name, g.counts.yellow, g.counts.green])).to.deep.equal([
      ['u-clerk', '春熙路街道窗口 王敏', 2, 0],
      ['u-clerk3', '书院街街道窗口 孙倩', 1, 0],
      ['u-clerk2', '春熙路街道窗口 赵丽', 0, 1],
    ]);
    expect((await board(supervisor, '?department=no-such-bureau')).totals).to.deep.equal(counts());
    const byItem = await groups(supervisor, 'by=item');
    expect(byItem.groups?.map((g) => [g.key, g.name])).to.deep.equal([
      ['JJ-RS-001', '失业人员再就业证补办'],
      ['JJ-ZG-001', '建设工程规划许可证核发'],
    ]);
  });

  it('scopes the board: the lead counts the labour bureau’s cases, a street clerk their window’s, the supervisor all', async () => {
    expect((await board(lead)).totals).to.deep.equal(counts({ green: 1, yellow: 3 }));
    expect((await board(clerk3)).totals).to.deep.equal(counts({ yellow: 1 }));
    expect((await board(clerk)).totals).to.deep.equal(counts({ green: 1, yellow: 2 }));
    expect((await board(clerk3, '?department=jj-planning')).totals).to.deep.equal(counts());
    const seen = await ok<CaseLightsReply[]>(clerk3, '/api/supervision/board/cases');
    expect(seen.map((c) => c.caseId)).to.deep.equal([ids['B1']]);
  });

  it('when B1’s clock stops for 补正, then it shows as stopped and stays so while the others move on to red on 10-08', async () => {
    const stopped = await clerk3.post(`/api/cases/${ids['B1']}/clock/stop`, {
      kind: 'supplement',
      reason: '遗失声明未签名',
    });
    expect(stopped.status).to.equal(200);
    expect((await board(supervisor)).totals).to.deep.equal(counts({ green: 2, yellow: 2, stopped: 1 }));
    await moveClock(supervisor, '2026-10-08T09:00:00+08:00');
    // A1, A2 red (one working day left); C1 green until the make-up Saturday; P1 green until 10-13
    expect((await board(supervisor)).totals).to.deep.equal(counts({ green: 2, red: 2, stopped: 1 }));
  });

  it('then A1 and A2 are overdue on Friday 10-09, C1 turns yellow on the make-up Saturday 10-10, red on 10-13; P1 yellow on 10-13', async () => {
    await moveClock(supervisor, '2026-10-09T09:00:00+08:00');
    expect((await board(supervisor)).totals).to.deep.equal(counts({ green: 2, overdue: 2, stopped: 1 }));
    await moveClock(supervisor, '2026-10-09T23:59:59.999+08:00');
    expect((await board(supervisor, '?clerk=clerk2')).totals).to.deep.equal(counts({ green: 1 }));
    await moveClock(supervisor, '2026-10-10T09:00:00+08:00');
    expect((await board(supervisor, '?clerk=clerk2')).totals).to.deep.equal(counts({ yellow: 1 }));
    await moveClock(supervisor, '2026-10-13T09:00:00+08:00');
    expect((await board(supervisor)).totals).to.deep.equal(counts({ yellow: 1, red: 1, overdue: 2, stopped: 1 }));
  });

  it('when A2 is finally completed, then it leaves the board, and every count equals its drill-down', async () => {
    await completeStep(clerk, ids['A2'] as string, '受理');
    await completeStep(reviewer, ids['A2'] as string, '审核');
    const done = await completeStep(clerk, ids['A2'] as string, '发证');
    expect(done.status).to.equal('completed');
    const now = await board(supervisor);
    expect(now.totals).to.deep.equal(counts({ yellow: 1, red: 1, overdue: 1, stopped: 1 }));
    const listed = await ok<CaseLightsReply[]>(supervisor, '/api/supervision/board/cases');
    expect(listed.map((c) => c.light)).to.deep.equal(['overdue', 'red', 'yellow', 'stopped']);
    expect(listed.map((c) => c.caseId)).to.deep.equal([ids['A1'], ids['C1'], ids['P1'], ids['B1']]);
    const red = await ok<CaseLightsReply[]>(supervisor, '/api/supervision/board/cases?light=red');
    expect(red.map((c) => c.caseId)).to.deep.equal([ids['C1']]);
  });

  it('given bad queries, then 400 names the parameter; nothing else changes', async () => {
    for (const path of [
      '/api/supervision/board/groups?by=colour',
      '/api/supervision/board/cases?light=purple',
      '/api/supervision/board/cases?limit=0',
      '/api/supervision/board/cases?offset=-1',
      `/api/supervision/board/groups?department=${'x'.repeat(101)}`,
    ]) {
      const reply = await supervisor.get<{ code: string }>(path);
      expect(reply.status, path).to.equal(400);
      expect(reply.body.code, path).to.equal('VALIDATION_FAILED');
    }
    expect((await board(supervisor)).totals).to.deep.equal(counts({ yellow: 1, red: 1, overdue: 1, stopped: 1 }));
  });
});
