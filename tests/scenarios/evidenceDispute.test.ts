import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { fetchHtml, signIn, visibleText, type CaseReply } from './support/lifecycle.js';

interface EvidenceReply {
  verified: boolean;
  brokenAt: { seq: number; reason: string } | null;
  events: { seq: number; type: string; at: string; by?: string; data: Record<string, unknown> }[];
}

describe('Scenario (seed 000): "the materials came days ago" — "no, yesterday": the record settles it', () => {
  let dir: string;
  let server: TestServer;
  let clerk: HttpClient;
  let supervisor: HttpClient;
  let accepted: CaseReply;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-dispute-'));
    server = await startTestServer({ now: '2026-09-21T09:30:00+08:00', file: join(dir, 'govflow.db') });
    clerk = await new HttpClient(server.url).login('clerk');
    supervisor = await new HttpClient(server.url).login('supervisor');
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given Wang Shibi hands in her ID card and loss statement on Monday 09-21 at 09:30, then the window accepts and prints a dated receipt', async () => {
    accepted = (await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
    const receipt = await fetchHtml(
      server.url,
      `/api/cases/${accepted.id}/documents/acceptance-notice`,
      await signIn(server.url, 'clerk'),
    );
    expect(visibleText(receipt.html)).to.contain('你（单位）于2026年9月21日提交的「失业人员再就业证补办」申请');
  });

  it('when she returns on Monday 10-12 and the clerk says the materials came only yesterday, then the supervisor’s evidence shows who received what and when', async () => {
    // The materials were put aside and forgotten (seed 000: 「办证材料放在一边就忘了」)
    server.clock.set('2026-10-12T09:00:00+08:00');
    const evidence = (await supervisor.get<EvidenceReply>(`/api/cases/${accepted.id}/evidence`)).body;
    expect(evidence.verified).to.equal(true);
    const received = evidence.events.find((e) => e.type === 'case.received');
    expect(received).to.deep.include({ at: '2026-09-21T09:30:00.000+08:00', by: 'u-clerk' });
    expect(received?.data['materials']).to.deep.equal([{ id: 'id-card' }, { id: 'loss-statement' }]);
    const acceptedEvent = evidence.events.find((e) => e.type === 'case.accepted');
    expect(acceptedEvent).to.deep.include({ at: '2026-09-21T09:30:00.000+08:00', by: 'u-clerk' });

    // And the case is past its promise with the 受理 step untouched since the day it came
    const detail = (await supervisor.get<CaseReply>(`/api/cases/${accepted.id}`)).body;
    expect(detail.promisedDueAt).to.equal('2026-10-09T00:00:00.000+08:00');
    expect(detail.tasks).to.deep.equal([
      { id: detail.tasks[0]?.id, name: '受理', dueAt: '2026-09-23T00:00:00.000+08:00' },
    ]);
    expect(evidence.events.some((e) => e.type === 'task.completed')).to.equal(false);
  });

  it('when someone with database access moves the receipt to "yesterday", then the evidence no longer verifies and points at the intake record', async () => {
    const before = (await supervisor.get<EvidenceReply>(`/api/cases/${accepted.id}/evidence`)).body;
    const seq = before.events.find((e) => e.type === 'case.received')?.seq;
    const db = new Database(join(dir, 'govflow.db'));
    try {
      db.prepare(`UPDATE case_events SET at = '2026-10-11T16:00:00.000+08:00' WHERE case_id = ? AND seq = ?`).run(
        accepted.id,
        seq,
      );
    } finally {
      db.close();
    }
    const after = (await supervisor.get<EvidenceReply>(`/api/cases/${accepted.id}/evidence`)).body;
    expect(after).to.deep.include({ verified: false, brokenAt: { seq, reason: 'hash-mismatch' } });
  });
});
