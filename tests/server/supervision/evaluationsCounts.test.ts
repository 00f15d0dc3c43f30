import { expect } from 'chai';
import { complaintCounts } from '../../../server/src/supervision/complaints/complaintCounts.js';
import { satisfactionCounts } from '../../../server/src/supervision/evaluations/satisfactionCounts.js';
import type { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import {
  acceptCase,
  complaintBody,
  evaluateAtWindow,
  moveClock,
  ok,
  type ComplaintReply,
  signInAs,
} from './complaintsSupport.js';

const SEPTEMBER = { from: '2026-09-01T00:00:00.000+08:00', to: '2026-10-01T00:00:00.000+08:00' };

/**
 * September at two street windows: 王敏 (clerk) is evaluated 非常满意, 满意 and 不满意; 赵丽 (clerk2, same window)
 * 非常不满意; 孙倩 (clerk3, 书院街) 满意 and 基本满意 — all for the labour bureau's item. One more evaluation
 * comes on 10-08 and must not count in September.
 */
describe('Evaluations and complaints counted for statistics', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let clerk2: HttpClient;
  let clerk3: HttpClient;
  let supervisor: HttpClient;
  let lead: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-29T10:00:00+08:00' });
    [clerk, clerk2, clerk3, supervisor, lead] = await signInAs(
      server.url,
      'clerk',
      'clerk2',
      'clerk3',
      'supervisor',
      'lead',
    );
    const served: [HttpClient, string][] = [
      [clerk, 'very-satisfied'],
      [clerk, 'satisfied'],
      [clerk, 'dissatisfied'],
      [clerk2, 'very-dissatisfied'],
      [clerk3, 'satisfied'],
      [clerk3, 'basically-satisfied'],
    ];
    for (const [who, level] of served) {
      const { id } = await acceptCase(who);
      expect((await evaluateAtWindow(server.url, who, id, { level })).status).to.equal(201);
    }
    await moveClock(supervisor, '2026-10-08T09:00:00+08:00');
    const { id } = await acceptCase(clerk);
    await evaluateAtWindow(server.url, clerk, id, { level: 'very-dissatisfied' });
  });
  after(() => server.close());

  const levels = (vs: number, s: number, bs: number, d: number, vd: number) => ({
    'very-satisfied': vs,
    satisfied: s,
    'basically-satisfied': bs,
    dissatisfied: d,
    'very-dissatisfied': vd,
  });

  it('given the month, then satisfactionCounts gives the hand-counted totals per department, window and clerk', async () => {
    const counts = await satisfactionCounts(server.store, SEPTEMBER);
    expect(counts.total).to.deep.equal({
      total: 6,
      byLevel: levels(1, 2, 1, 1, 1),
      negative: 2,
      satisfactionRate: 4 / 6,
    });
    expect(counts.byDepartment).to.deep.equal([{ departmentId: 'jj-labour', counts: counts.total }]);
    expect(counts.byWindow).to.deep.equal([
      {
        windowId: 'jj-chunxilu-window',
        counts: { total: 4, byLevel: levels(1, 1, 0, 1, 1), negative: 2, satisfactionRate: 0.5 },
      },
      {
        windowId: 'jj-shuyuanjie-window',
        counts: { total: 2, byLevel: levels(0, 1, 1, 0, 0), negative: 0, satisfactionRate: 1 },
      },
    ]);
    expect(counts.byClerk.map((c) => [c.clerkId, c.counts.total, c.counts.negative])).to.deep.equal([
      ['u-clerk', 3, 1],
      ['u-clerk2', 1, 1],
      ['u-clerk3', 2, 0],
    ]);
    const october = await satisfactionCounts(server.store, {
      from: '2026-10-01T00:00:00+08:00',
      to: '2026-11-01T00:00:00+08:00',
    });
    expect(october.total).to.deep.equal({ total: 1, byLevel: levels(0, 0, 0, 0, 1), negative: 1, satisfactionRate: 0 });
    const none = await satisfactionCounts(server.store, { ...SEPTEMBER, clerkId: 'u-nobody' });
    expect(none.total).to.deep.equal({ total: 0, byLevel: levels(0, 0, 0, 0, 0), negative: 0, satisfactionRate: null });
  });

  it('given the API, then supervisors read any window’s counts, a lead only their department’s, and clerks none', async () => {
    const all = await ok(
      supervisor.get<{ total: { total: number } }>('/api/supervision/satisfaction?from=2026-09-01&to=2026-10-01'),
    );
    expect(all.total.total).to.equal(6);
    const window = await ok(
      supervisor.get<{ total: { total: number } }>(
        '/api/supervision/satisfaction?from=2026-09-01&to=2026-10-01&window=jj-shuyuanjie-window',
      ),
    );
    expect(window.total.total).to.equal(2);
    const forced = await ok(
      lead.get<{ byDepartment: { departmentId: string }[] }>(
        '/api/supervision/satisfaction?from=2026-09-01&to=2026-10-01&department=jj-planning',
      ),
    );
    expect(forced.byDepartment.map((d) => d.departmentId)).to.deep.equal(['jj-labour']);
    expect((await clerk.get('/api/supervision/satisfaction?from=2026-09-01&to=2026-10-01')).status).to.equal(403);
    for (const query of ['to=2026-10-01', 'from=2026-10-01&to=2026-09-01', 'from=someday&to=2026-10-01']) {
      expect((await supervisor.get(`/api/supervision/satisfaction?${query}`)).status, query).to.equal(400);
    }
  });

  it('given complaints of the month, then complaintCounts tallies them by status, channel, resolution and department', async () => {
    const a = await ok(clerk.post<ComplaintReply>('/api/complaints', complaintBody()), 201);
    const b = await ok(clerk.post<ComplaintReply>('/api/complaints', complaintBody({ subject: '排队时间长' })), 201);
    await ok(supervisor.post(`/api/complaints/${a.id}/accept`, {}));
    await ok(supervisor.post(`/api/complaints/${a.id}/forward`, { departmentId: 'jj-labour' }));
    await ok(supervisor.post(`/api/complaints/${b.id}/reject`, { reasons: ['重复投诉'] }));
    const october = { from: '2026-10-01T00:00:00.000+08:00', to: '2026-11-01T00:00:00.000+08:00' };
    const counts = await complaintCounts(server.store, october);
    expect(counts.total).to.deep.include({ total: 2, substantiated: 0, unsubstantiated: 0 });
    expect(counts.total.byStatus).to.deep.include({ forwarded: 1, rejected: 1, received: 0 });
    expect(counts.total.byChannel).to.deep.equal({ public: 0, hotline: 0, window: 2 });
    expect(counts.byDepartment.map((d) => [d.departmentId, d.counts.total])).to.deep.equal([
      [null, 1],
      ['jj-labour', 1],
    ]);
    expect((await complaintCounts(server.store, SEPTEMBER)).total.total).to.equal(0);
    const viaApi = await ok(
      lead.get<{ total: { total: number } }>('/api/supervision/complaint-counts?from=2026-10-01&to=2026-11-01'),
    );
    expect(viaApi.total.total).to.equal(1);
    expect((await clerk.get('/api/supervision/complaint-counts?from=2026-10-01&to=2026-11-01')).status).to.equal(403);
  });
});
