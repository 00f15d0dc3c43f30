import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { CaseReply, ErrorReply } from '../scenarios/support/lifecycle.js';

interface KeyView {
  id: string;
  prefix: string;
  name: string;
  departmentId: string;
  groups: string[];
  revokedAt: string | null;
}

interface Push {
  status: number;
  body: Record<string, unknown>;
  replayed: string | null;
}

const LABOUR_SYSTEM = { name: '区人社局业务系统', departmentId: 'jj-labour', groups: ['district-labour'] };
const OPINION = { opinion: '部门系统审核通过：材料真实有效' };

/** Pushes a step result as a department system would. */
async function push(
  baseUrl: string,
  taskId: string,
  body: unknown,
  headers: Readonly<Record<string, string>>,
): Promise<Push> {
  const response = await fetch(`${baseUrl}/api/department-systems/tasks/${taskId}/complete`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    replayed: response.headers.get('idempotent-replayed'),
  };
}

/** Accepts a case at the street window and completes 受理, so 审核 (district-labour) is open; returns its task id. */
async function caseAtReview(clerk: HttpClient): Promise<{ caseId: string; taskId: string }> {
  const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
  const done = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
    verifiedMaterials: ['id-card', 'loss-statement'],
  });
  expect(done.body.tasks.map((t) => t.name)).to.deep.equal(['审核']);
  return { caseId: accepted.body.id, taskId: done.body.tasks[0]?.id ?? '' };
}

describe('server / department systems push step results with API keys and idempotency keys (seed 004)', () => {
  let server: TestServer;
  let admin: HttpClient;
  let clerk: HttpClient;
  let secret: string;
  let keyId: string;

  before(async () => {
    server = await startTestServer();
    admin = await new HttpClient(server.url).login('admin');
    clerk = await new HttpClient(server.url).login('clerk');
    const created = await admin.post<{ key: KeyView; secret: string }>('/api/admin/api-keys', LABOUR_SYSTEM);
    expect(created.status).to.equal(201);
    secret = created.body.secret;
    keyId = created.body.key.id;
  });
  after(() => server.close());

  const events = async (caseId: string) =>
    (
      await clerk.get<{ events: { type: string; by?: string; data: Record<string, unknown> }[] }>(
        `/api/cases/${caseId}`,
      )
    ).body.events;

  describe('API keys', () => {
    it('given an administrator, then a key is shown once, listed without its secret or hash, and starts with its prefix', async () => {
      const created = await admin.post<{ key: KeyView; secret: string }>('/api/admin/api-keys', {
        ...LABOUR_SYSTEM,
        name: '区人社局备用系统',
      });
      expect(created.body.secret.startsWith(`${created.body.key.prefix}.`)).to.equal(true);
      expect(created.body.key).to.include({ departmentId: 'jj-labour', revokedAt: null });
      const list = await admin.get<KeyView[]>('/api/admin/api-keys');
      expect(list.body.map((k) => k.id)).to.include.members([keyId, created.body.key.id]);
      const text = JSON.stringify(list.body);
      expect(text).not.to.contain(created.body.secret.split('.')[2]);
      expect(text).not.to.contain('secretHash');
    });

    it('given a clerk or a supervisor, then managing keys is 403; a bad body is 400', async () => {
      expect((await clerk.post('/api/admin/api-keys', LABOUR_SYSTEM)).status).to.equal(403);
      expect((await clerk.get('/api/admin/api-keys')).status).to.equal(403);
      const supervisor = await new HttpClient(server.url).login('supervisor');
      expect((await supervisor.post(`/api/admin/api-keys/${keyId}/revoke`)).status).to.equal(403);
      for (const body of [
        { ...LABOUR_SYSTEM, groups: [] },
        { ...LABOUR_SYSTEM, departmentId: { $gt: '' } },
        { ...LABOUR_SYSTEM, extra: true },
        { name: '无部门' },
      ]) {
        const reply = await admin.post<ErrorReply>('/api/admin/api-keys', body);
        expect([reply.status, reply.body.code], JSON.stringify(body)).to.deep.equal([400, 'VALIDATION_FAILED']);
      }
    });
  });

  describe('pushing a step result', () => {
    it('given an allowed key and an idempotency key, then the step is completed by the engine with the system as actor', async () => {
      const { caseId, taskId } = await caseAtReview(clerk);
      const reply = await push(server.url, taskId, OPINION, { 'x-api-key': secret, 'idempotency-key': 'push-1' });
      expect(reply.status).to.equal(200);
      expect((reply.body['tasks'] as { name: string }[]).map((t) => t.name)).to.deep.equal(['发证']);
      expect(reply.replayed).to.equal(null);
      const completed = (await events(caseId)).filter((e) => e.type === 'task.completed').at(-1);
      expect(completed?.by).to.equal(`system:${keyId}`);
      expect(completed?.data).to.deep.include({ opinion: OPINION.opinion });
    });

    it('given the same idempotency key and body again, then the first answer comes back and no second command runs', async () => {
      const { caseId, taskId } = await caseAtReview(clerk);
      const headers = { 'x-api-key': secret, 'idempotency-key': `retry-${caseId}` };
      const first = await push(server.url, taskId, OPINION, headers);
      const countAfterFirst = (await events(caseId)).length;
      const second = await push(server.url, taskId, OPINION, headers);
      expect(second.status).to.equal(200);
      expect(second.body).to.deep.equal(first.body);
      expect(second.replayed).to.equal('true');
      expect((await events(caseId)).length).to.equal(countAfterFirst);
    });

    it('given the same idempotency key with another body or another task, then 422 IDEMPOTENCY_KEY_REUSED and nothing changes', async () => {
      const { caseId, taskId } = await caseAtReview(clerk);
      const other = await caseAtReview(clerk);
      const headers = { 'x-api-key': secret, 'idempotency-key': `reuse-${caseId}` };
      await push(server.url, taskId, OPINION, headers);
      const countBefore = (await events(other.caseId)).length;
      for (const [task, body] of [
        [taskId, { opinion: '另一意见' }],
        [other.taskId, OPINION],
      ] as const) {
        const reply = await push(server.url, task, body, headers);
        expect([reply.status, reply.body['code']]).to.deep.equal([422, 'IDEMPOTENCY_KEY_REUSED']);
      }
      expect((await events(other.caseId)).length).to.equal(countBefore);
    });

    it('given no, an empty or a malformed idempotency key, then 400 and the step stays open', async () => {
      const { caseId, taskId } = await caseAtReview(clerk);
      const missing = await push(server.url, taskId, OPINION, { 'x-api-key': secret });
      expect([missing.status, missing.body['code']]).to.deep.equal([400, 'IDEMPOTENCY_KEY_REQUIRED']);
      const empty = await push(server.url, taskId, OPINION, { 'x-api-key': secret, 'idempotency-key': '' });
      expect([empty.status, empty.body['code']]).to.deep.equal([400, 'IDEMPOTENCY_KEY_REQUIRED']);
      for (const key of ['x'.repeat(129), 'has space', 'clé', 'tab\tinside']) {
        const reply = await push(server.url, taskId, OPINION, { 'x-api-key': secret, 'idempotency-key': key });
        expect([reply.status, reply.body['code']], key).to.deep.equal([400, 'IDEMPOTENCY_KEY_INVALID']);
      }
      expect((await events(caseId)).filter((e) => e.type === 'task.completed')).to.have.length(1);
    });

    it('given a missing, garbled or wrong API key, then 401 API_KEY_INVALID and the step stays open', async () => {
      const { caseId, taskId } = await caseAtReview(clerk);
      const wrongSecret = `gfk.${keyId}.${'A'.repeat(43)}`;
      for (const key of [undefined, '', 'nonsense', wrongSecret, `${secret}x`, `Bearer ${secret}`]) {
        const reply = await push(server.url, taskId, OPINION, {
          ...(key === undefined ? {} : { 'x-api-key': key }),
          'idempotency-key': 'k-401',
        });
        expect([reply.status, reply.body['code']], String(key)).to.deep.equal([401, 'API_KEY_INVALID']);
      }
      expect((await events(caseId)).filter((e) => e.type === 'task.completed')).to.have.length(1);
    });

    it("given a key whose groups do not include the step's, then 403 API_KEY_NOT_ALLOWED; the key may be retried for an allowed step", async () => {
      const planning = await admin.post<{ secret: string }>('/api/admin/api-keys', {
        name: '区规划局系统',
        departmentId: 'jj-planning',
        groups: ['district-planning'],
      });
      const { caseId, taskId } = await caseAtReview(clerk);
      const headers = { 'x-api-key': planning.body.secret, 'idempotency-key': `forbidden-${caseId}` };
      const reply = await push(server.url, taskId, OPINION, headers);
      expect([reply.status, reply.body['code']]).to.deep.equal([403, 'API_KEY_NOT_ALLOWED']);
      expect((await events(caseId)).filter((e) => e.type === 'task.completed')).to.have.length(1);
      // The refusal changed nothing, so it was not recorded as the key's answer.
      const again = await push(server.url, taskId, OPINION, headers);
      expect(again.status).to.equal(403);
    });

    it('given a step claimed by a clerk, then the system is refused by the engine (403) and the claim stands', async () => {
      const reviewer = await new HttpClient(server.url).login('reviewer');
      const { taskId } = await caseAtReview(clerk);
      expect((await reviewer.post(`/api/tasks/${taskId}/claim`)).status).to.equal(200);
      const reply = await push(server.url, taskId, OPINION, {
        'x-api-key': secret,
        'idempotency-key': `claimed-${taskId}`,
      });
      expect([reply.status, reply.body['code']]).to.deep.equal([403, 'NOT_ELIGIBLE']);
    });

    it('given an invalid body, then 400 VALIDATION_FAILED and nothing is recorded', async () => {
      const { taskId } = await caseAtReview(clerk);
      const headers = { 'x-api-key': secret, 'idempotency-key': `bad-body-${taskId}` };
      const reply = await push(server.url, taskId, { opinion: { $gt: '' } }, headers);
      expect([reply.status, reply.body['code']]).to.deep.equal([400, 'VALIDATION_FAILED']);
      expect((await push(server.url, taskId, OPINION, headers)).status).to.equal(200);
    });

    it('given two identical pushes at once, then exactly one command runs and both callers learn the outcome', async () => {
      const { caseId, taskId } = await caseAtReview(clerk);
      const headers = { 'x-api-key': secret, 'idempotency-key': `race-${caseId}` };
      const replies = await Promise.all([
        push(server.url, taskId, OPINION, headers),
        push(server.url, taskId, OPINION, headers),
      ]);
      expect(replies.map((r) => r.status).sort()).to.satisfy(
        (statuses: number[]) => statuses[0] === 200 && [200, 409].includes(statuses[1] ?? 0),
      );
      expect((await events(caseId)).filter((e) => e.type === 'task.completed')).to.have.length(2);
    });

    it('given a revoked key, then 401 API_KEY_REVOKED and the list shows when and by whom', async () => {
      const created = await admin.post<{ key: KeyView; secret: string }>('/api/admin/api-keys', LABOUR_SYSTEM);
      const revoked = await admin.post<KeyView>(`/api/admin/api-keys/${created.body.key.id}/revoke`);
      expect(revoked.status).to.equal(200);
      expect(revoked.body.revokedAt).to.be.a('string');
      const { caseId, taskId } = await caseAtReview(clerk);
      const reply = await push(server.url, taskId, OPINION, {
        'x-api-key': created.body.secret,
        'idempotency-key': `revoked-${caseId}`,
      });
      expect([reply.status, reply.body['code']]).to.deep.equal([401, 'API_KEY_REVOKED']);
      expect((await admin.post(`/api/admin/api-keys/unknown/revoke`)).status).to.equal(404);
    });
  });
});

describe('server / department pushes: the idempotency record is durable', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-push-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('given a push answered before a restart, when retried after it, then the stored answer comes back and no command runs', async () => {
    const file = join(dir, 'govflow.db');
    const first = await startTestServer({ file });
    let secret: string;
    let answer: Push;
    let caseId: string;
    let taskId: string;
    try {
      const admin = await new HttpClient(first.url).login('admin');
      secret = (await admin.post<{ secret: string }>('/api/admin/api-keys', LABOUR_SYSTEM)).body.secret;
      ({ caseId, taskId } = await caseAtReview(await new HttpClient(first.url).login('clerk')));
      answer = await push(first.url, taskId, OPINION, { 'x-api-key': secret, 'idempotency-key': 'durable-1' });
      expect(answer.status).to.equal(200);
    } finally {
      await first.close();
    }
    const second = await startTestServer({ file, seed: false });
    try {
      const replay = await push(second.url, taskId, OPINION, { 'x-api-key': secret, 'idempotency-key': 'durable-1' });
      expect([replay.status, replay.replayed]).to.deep.equal([200, 'true']);
      expect(replay.body).to.deep.equal(answer.body);
      const clerk = await new HttpClient(second.url).login('clerk');
      const detail = await clerk.get<{ events: { type: string }[] }>(`/api/cases/${caseId}`);
      expect(detail.body.events.filter((e) => e.type === 'task.completed')).to.have.length(2);
    } finally {
      await second.close();
    }
  });
});
