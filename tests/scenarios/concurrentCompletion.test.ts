import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { CaseReply, ErrorReply } from './support/lifecycle.js';

interface DetailReply {
  version: number;
  tasks: { name: string }[];
  events: { seq: number; type: string; by?: string; data: Record<string, unknown> }[];
}

describe('Scenario: two street-window clerks complete the same 受理 step at the same moment', () => {
  let server: TestServer;
  let wang: HttpClient;
  let zhao: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    wang = await new HttpClient(server.url).login('clerk');
    zhao = await new HttpClient(server.url).login('clerk2');
  });
  after(() => server.close());

  it('given ten cases waiting at 受理, when both clerks press 办结 at once on each, then exactly one wins (200) and the other hears 409; each case moves on once', async () => {
    for (let round = 0; round < 10; round += 1) {
      // Given a case waiting at 受理 in both clerks' worklists
      const accepted = await wang.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
      const taskId = accepted.body.tasks[0]?.id ?? '';
      const body = { verifiedMaterials: ['id-card', 'loss-statement'] };

      // When both complete it at the same moment
      const replies = await Promise.all([
        wang.post<CaseReply & ErrorReply>(`/api/tasks/${taskId}/complete`, body),
        zhao.post<CaseReply & ErrorReply>(`/api/tasks/${taskId}/complete`, body),
      ]);

      // Then one 200 and one 409 that says why
      expect(replies.map((r) => r.status).sort()).to.deep.equal([200, 409]);
      const loser = replies.find((r) => r.status === 409);
      expect(['CASE_CONFLICT', 'TASK_CLOSED']).to.include(loser?.body.code);
      expect(loser?.body.message).to.match(/[\u4e00-\u9fff]/);

      // And the case advanced exactly once
      const detail = await wang.get<DetailReply>(`/api/cases/${accepted.body.id}`);
      expect(detail.body.version).to.equal(2);
      expect(detail.body.tasks.map((t) => t.name)).to.deep.equal(['审核']);
      const completions = detail.body.events.filter((e) => e.type === 'task.completed');
      expect(completions).to.have.length(1);
      const winner = replies.findIndex((r) => r.status === 200);
      expect(completions[0]?.by).to.equal(winner === 0 ? 'u-clerk' : 'u-clerk2');
      expect(detail.body.events.map((e) => e.seq)).to.deep.equal(detail.body.events.map((_, i) => i + 1));
    }
  });
});
