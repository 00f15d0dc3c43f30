import { expect } from 'chai';
import { HttpClient } from '../../support/httpClient.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

interface Entry {
  caseId: string;
  itemCode: string;
  light: string;
  level: string;
  dueAt: string | null;
  itemName: string;
}

describe('server / worklist filters: light, due date, item, level', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let first: string;

  before(async () => {
    // Given two cases accepted a week apart at the same window, the first one's 受理 step long overdue
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    first = (await clerk.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION)).body.id;
    await clerk.post('/api/dev/clock', { now: '2026-09-28T09:00:00+08:00' });
    await clerk.post('/api/cases', REEMPLOYMENT_APPLICATION);
  });
  after(() => server.close());

  it('given no filter, then every step shows its light, item name and level, earliest deadline first', async () => {
    const all = (await clerk.get<Entry[]>('/api/tasks')).body;
    expect(all).to.have.length(2);
    expect(all[0]?.caseId).to.equal(first);
    expect(all[0]?.light).to.equal('overdue');
    expect(all[1]?.light).to.equal('green');
    expect(all[0]).to.include({ itemCode: 'JJ-RS-001', level: all[0]?.level });
    expect(all[0]?.itemName).to.be.a('string').and.not.equal('');
  });

  it('given a light, then only steps of that light', async () => {
    const overdue = (await clerk.get<Entry[]>('/api/tasks?light=overdue')).body;
    expect(overdue.map((t) => t.caseId)).to.deep.equal([first]);
    expect((await clerk.get<Entry[]>('/api/tasks?light=red')).body).to.deep.equal([]);
  });

  it('given a due date, then only steps due by the end of that day', async () => {
    const due = (await clerk.get<Entry[]>('/api/tasks?dueBefore=2026-09-25')).body;
    expect(due.map((t) => t.caseId)).to.deep.equal([first]);
  });

  it('given an item or a level, then only steps of that item or level', async () => {
    const all = (await clerk.get<Entry[]>('/api/tasks')).body;
    const level = all[0]?.level ?? '';
    expect((await clerk.get<Entry[]>(`/api/tasks?level=${level}`)).body).to.have.length(2);
    const other = ['city', 'district', 'town', 'village'].find((l) => l !== level);
    expect((await clerk.get<Entry[]>(`/api/tasks?level=${other}`)).body).to.deep.equal([]);
    expect((await clerk.get<Entry[]>('/api/tasks?itemCode=JJ-RS-001')).body).to.have.length(2);
    expect((await clerk.get<Entry[]>('/api/tasks?itemCode=JJ-ZG-001')).body).to.deep.equal([]);
  });

  it('given a bad filter (unknown light, malformed date, unknown parameter, repeated parameter), then 400 naming it', async () => {
    for (const query of [
      'light=purple',
      'dueBefore=next-week',
      'owner=me',
      'light=red&light=green',
      'limit=0',
      'limit=5001',
    ]) {
      const reply = await clerk.get<{ code: string }>(`/api/tasks?${query}`);
      expect([reply.status, reply.body.code], query).to.deep.equal([400, 'VALIDATION_FAILED']);
    }
  });
});
