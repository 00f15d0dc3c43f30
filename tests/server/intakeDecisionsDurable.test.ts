import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer } from '../support/testServer.js';

describe('server / intake decisions are evidence: they survive a restart', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-decisions-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('given a one-time notice and a refusal, when the server restarts on the same store, then both read back with their numbers and documents', async () => {
    const file = join(dir, 'govflow.db');
    const first = await startTestServer({ now: '2026-09-21T09:00:00+08:00', file });
    const clerk = await new HttpClient(first.url).login('clerk');
    const notice = await clerk.post<{ id: string; number: string }>('/api/intake/notices', {
      ...REEMPLOYMENT_APPLICATION,
      materials: ['id-card'],
    });
    expect(notice.status).to.equal(201);
    expect(notice.body.number).to.equal('BZ20260921-0001');
    const refusal = await clerk.post<{ id: string; number: string }>('/api/intake/refusals', {
      itemCode: 'JJ-RS-001',
      applicantName: '李四',
      reasons: ['申请事项不属于本机关职权范围'],
    });
    expect(refusal.status).to.equal(201);
    await first.close();

    const second = await startTestServer({ now: '2026-09-21T10:00:00+08:00', file, seed: false });
    try {
      const again = await new HttpClient(second.url).login('clerk');
      const decisions = await again.get<{ id: string; number: string }[]>('/api/intake/decisions');
      expect(decisions.body.map((d) => d.number).sort()).to.deep.equal(
        [notice.body.number, refusal.body.number].sort(),
      );
      const document = await fetch(`${second.url}/api/intake/decisions/${notice.body.id}/document`, {
        headers: { authorization: `Bearer ${await token(second.url)}` },
      });
      expect(document.status).to.equal(200);
      expect(await document.text()).to.contain('再就业证遗失声明');
      const next = await again.post<{ number: string }>('/api/intake/notices', {
        ...REEMPLOYMENT_APPLICATION,
        materials: [],
      });
      expect(next.body.number).to.equal('BZ20260921-0002');
    } finally {
      await second.close();
    }
  });
});

async function token(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'clerk', password: 'govflow' }),
  });
  return ((await response.json()) as { token: string }).token;
}
