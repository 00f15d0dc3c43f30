import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { GENESIS_HASH, hashEvent, type StoredEvent } from '@govflow/server';
import { detectAlgorithm, verifyChain } from '../../server/src/services/evidence/verifyChain.js';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { CaseReply } from '../scenarios/support/lifecycle.js';

interface EvidenceReply {
  verified: boolean;
  chainVerified: boolean;
  algorithm: string;
  count: number;
  brokenAt: { seq: number; reason: string } | null;
  record: { materials: string; formData: string };
  events: (StoredEvent & { data: Record<string, unknown> })[];
}

describe('case life cycle / evidence: the chain verifies, and tampering in the database is found at its first broken link', () => {
  let dir: string;
  let file: string;
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let db: Database.Database;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-evidence-'));
    file = join(dir, 'govflow.db');
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00', file });
    clerk = await new HttpClient(server.url).login('clerk');
    reviewer = await new HttpClient(server.url).login('reviewer');
    db = new Database(file);
  });
  after(async () => {
    db.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A case reviewed by the district: accepted, 受理 done, 审核 signed off. */
  async function reviewedCase(): Promise<string> {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    const step = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    await reviewer.post(`/api/tasks/${step.body.tasks[0]?.id}/complete`, { opinion: '同意补办' });
    return accepted.body.id;
  }

  const evidenceOf = async (id: string) => (await clerk.get<EvidenceReply>(`/api/cases/${id}/evidence`)).body;
  const seqOf = (evidence: EvidenceReply, type: string, by?: string): number =>
    evidence.events.find((e) => e.type === type && (by === undefined || e.by === by))?.seq ?? -1;

  it('given an untouched case, then every link verifies with SM3 and the stored intake data matches the chain', async () => {
    const evidence = await evidenceOf(await reviewedCase());
    expect(evidence).to.deep.include({ verified: true, algorithm: 'sm3', brokenAt: null });
    expect(evidence.count).to.equal(evidence.events.length);
    expect(evidence.record).to.deep.equal({ materials: 'match', formData: 'match' });
    const received = evidence.events.find((e) => String(e.type) === 'case.received');
    expect(received?.by).to.equal('u-clerk');
    expect(received?.data['materials']).to.deep.equal([{ id: 'id-card' }, { id: 'loss-statement' }]);
  });

  it('given a reviewer’s opinion rewritten in SQLite, then verified is false at that event’s seq', async () => {
    const id = await reviewedCase();
    const seq = seqOf(await evidenceOf(id), 'task.completed', 'u-reviewer');
    db.prepare(`UPDATE case_events SET data = json_set(data, '$.opinion', '不同意') WHERE case_id = ? AND seq = ?`).run(
      id,
      seq,
    );
    expect((await evidenceOf(id)).brokenAt).to.deep.equal({ seq, reason: 'hash-mismatch' });
    expect((await evidenceOf(id)).verified).to.equal(false);
  });

  it('given the acceptance time backdated, then the first event is the broken link', async () => {
    const id = await reviewedCase();
    db.prepare(`UPDATE case_events SET at = '2026-09-18T09:00:00.000+08:00' WHERE case_id = ? AND seq = 1`).run(id);
    expect(await evidenceOf(id)).to.deep.include({ verified: false, brokenAt: { seq: 1, reason: 'hash-mismatch' } });
  });

  it('given an event rewritten and re-hashed by someone who knows the algorithm, then the next link breaks', async () => {
    const id = await reviewedCase();
    const before = await evidenceOf(id);
    const seq = seqOf(before, 'task.completed', 'u-reviewer');
    const target = before.events.find((e) => e.seq === seq) as StoredEvent;
    const { hash: _hash, prevHash, ...event } = target;
    const forged = { ...event, data: { ...event.data, opinion: '不同意' } };
    db.prepare('UPDATE case_events SET data = ?, hash = ? WHERE case_id = ? AND seq = ?').run(
      JSON.stringify(forged.data),
      hashEvent(forged, prevHash, 'sm3'),
      id,
      seq,
    );
    expect((await evidenceOf(id)).brokenAt).to.deep.equal({ seq: seq + 1, reason: 'prev-hash-mismatch' });
  });

  it('given the last events deleted, then the chain is shorter than the case knows: missing from the first deleted seq', async () => {
    const id = await reviewedCase();
    const { count } = await evidenceOf(id);
    db.prepare('DELETE FROM case_events WHERE case_id = ? AND seq >= ?').run(id, count - 1);
    expect((await evidenceOf(id)).brokenAt).to.deep.equal({ seq: count - 1, reason: 'missing-events' });
  });

  it('given the stored materials edited behind the chain’s back, then the chain holds but the evidence does not verify', async () => {
    const id = await reviewedCase();
    db.prepare('UPDATE cases SET materials = ? WHERE id = ?').run(JSON.stringify([{ id: 'id-card' }]), id);
    const evidence = await evidenceOf(id);
    expect(evidence).to.deep.include({ verified: false, chainVerified: true, brokenAt: null });
    expect(evidence.record).to.deep.equal({ materials: 'mismatch', formData: 'match' });
  });
});

describe('case life cycle / evidence: verifyChain, link by link', () => {
  const chain = (algorithm: 'sm3' | 'sha256', count: number): StoredEvent[] => {
    let prevHash = GENESIS_HASH;
    return Array.from({ length: count }, (_, i) => {
      const event = {
        seq: i + 1,
        type: 'task.claimed' as const,
        at: '2026-09-21T09:00:00.000+08:00',
        caseId: 'c',
        data: { i },
      };
      const hash = hashEvent(event, prevHash, algorithm);
      const stored = { ...event, prevHash, hash };
      prevHash = hash;
      return stored;
    });
  };

  it('given a SHA-256 chain, then its algorithm is detected and it verifies', () => {
    const events = chain('sha256', 3);
    expect(detectAlgorithm(events)).to.equal('sha256');
    expect(verifyChain(events, 'sha256', 3)).to.deep.equal({
      verified: true,
      algorithm: 'sha256',
      count: 3,
      brokenAt: null,
    });
    expect(verifyChain(events, 'sm3').brokenAt).to.deep.equal({ seq: 1, reason: 'hash-mismatch' });
  });

  it('given a gap in the sequence, or more events than the case knows, then the first offending seq is named', () => {
    const events = chain('sm3', 4);
    expect(verifyChain([events[0], events[2], events[3]] as StoredEvent[], 'sm3').brokenAt).to.deep.equal({
      seq: 2,
      reason: 'seq-gap',
    });
    expect(verifyChain(events, 'sm3', 3).brokenAt).to.deep.equal({ seq: 4, reason: 'unexpected-events' });
    expect(verifyChain([], 'sm3', 0)).to.include({ verified: true, count: 0 });
  });
});
