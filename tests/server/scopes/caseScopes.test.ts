import { expect } from 'chai';
import { HttpClient } from '../../support/httpClient.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

interface CaseReply {
  id: string;
  receiptNumber: string;
  tasks: { id: string; name: string }[];
}
interface ErrorReply {
  code: string;
  message: string;
}

/** Every way of reading one case, as the paths a clerk's screen or a script might try. */
const READS = (id: string) => [
  `/api/cases/${id}`,
  `/api/cases/${id}/evidence`,
  `/api/cases/${id}/lights`,
  `/api/cases/${id}/item`,
  `/api/cases/${id}/documents/acceptance-notice`,
];

describe('server / scopes: nobody sees a case that is not theirs', () => {
  let server: TestServer;
  const as: Record<string, HttpClient> = {};
  let accepted: CaseReply;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    for (const name of [
      'admin',
      'clerk',
      'clerk2',
      'clerk3',
      'reviewer',
      'lead',
      'planlead',
      'supervisor',
      'agent',
      'applicant',
    ]) {
      as[name] = await new HttpClient(server.url).login(name);
    }
    // Given a case accepted at 春熙路街道's window (the reemployment certificate, reviewed by the district's labour bureau)
    accepted = (await client('clerk').post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
  });
  after(() => server.close());

  function client(name: string): HttpClient {
    const found = as[name];
    if (!found) throw new Error(`no client ${name}`);
    return found;
  }

  async function statusOf(name: string, path: string): Promise<number> {
    const response = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${await tokenOf(name)}` },
    });
    await response.arrayBuffer();
    return response.status;
  }

  const tokens = new Map<string, string>();
  async function tokenOf(name: string): Promise<string> {
    if (!tokens.has(name)) {
      const reply = await new HttpClient(server.url).post<{ token: string }>('/api/auth/login', {
        username: name,
        password: 'govflow',
      });
      tokens.set(name, reply.body.token);
    }
    return tokens.get(name) as string;
  }

  for (const outsider of ['clerk3', 'planlead', 'agent', 'applicant']) {
    it(`given ${outsider} (outside the case's window and departments), when reading the case any way, then 404 as for a case that does not exist`, async () => {
      for (const path of READS(accepted.id)) {
        expect(await statusOf(outsider, path), path).to.equal(404);
      }
      const missing = await client(outsider).get<ErrorReply>(`/api/cases/${accepted.id}`);
      const unknown = await client(outsider).get<ErrorReply>('/api/cases/no-such-case');
      expect(missing.body.code).to.equal(unknown.body.code);
      expect(missing.body.message.replace(accepted.id, 'X')).to.equal(
        unknown.body.message.replace('no-such-case', 'X'),
      );
      const list = await client(outsider).get<CaseReply[]>('/api/cases');
      expect(list.body.map((c) => c.id)).to.not.include(accepted.id);
    });
  }

  for (const insider of ['clerk', 'clerk2', 'reviewer', 'lead', 'supervisor', 'admin']) {
    it(`given ${insider} (the window, the department, supervision or administration), then the case reads and is listed`, async () => {
      for (const path of READS(accepted.id)) expect(await statusOf(insider, path), path).to.equal(200);
      const list = await client(insider).get<CaseReply[]>('/api/cases');
      expect(list.body.map((c) => c.id)).to.include(accepted.id);
    });
  }

  it('given a clerk of another street, when completing, claiming or stopping the clock of the case, then 404 and the case is unchanged', async () => {
    const taskId = accepted.tasks[0]?.id ?? '';
    const before = await client('clerk').get<{ version: number }>(`/api/cases/${accepted.id}`);
    const complete = await client('clerk3').post<ErrorReply>(`/api/tasks/${taskId}/complete`, {
      opinion: '越权办理',
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    expect([complete.status, complete.body.code]).to.deep.equal([404, 'TASK_NOT_FOUND']);
    expect((await client('clerk3').post(`/api/tasks/${taskId}/claim`)).status).to.equal(404);
    const stop = await client('clerk3').post(`/api/cases/${accepted.id}/clock/stop`, {
      kind: 'supplement',
      reason: '越权',
    });
    expect(stop.status).to.equal(404);
    const after = await client('clerk').get<{ version: number }>(`/api/cases/${accepted.id}`);
    expect(after.body.version).to.equal(before.body.version);
  });

  it('given the supervisor, who reads everything, when acting on the case, then 403: supervision is read-only', async () => {
    const taskId = accepted.tasks[0]?.id ?? '';
    const complete = await client('supervisor').post<ErrorReply>(`/api/tasks/${taskId}/complete`, { opinion: '代办' });
    expect(complete.status).to.equal(403);
    const extend = await client('supervisor').post<ErrorReply>(`/api/cases/${accepted.id}/extend`, {
      days: 5,
      approver: '局长',
      reason: '监察代办',
    });
    expect(extend.status).to.equal(403);
  });

  it("given worklists, then each clerk sees only the steps of their unit's cases that are theirs to do", async () => {
    const mine = await client('clerk2').get<{ caseId: string }[]>('/api/tasks');
    expect(mine.body.map((t) => t.caseId)).to.include(accepted.id);
    const other = await client('clerk3').get<{ caseId: string }[]>('/api/tasks');
    expect(other.body.map((t) => t.caseId)).to.not.include(accepted.id);
    for (const name of ['supervisor', 'applicant', 'agent']) {
      expect((await client(name).get<unknown[]>('/api/tasks')).body, name).to.deep.equal([]);
    }
  });

  it('given a one-time notice issued at one street, then the other street cannot read it but the same window can', async () => {
    const notice = await client('clerk').post<{ id: string; documentUrl: string }>('/api/intake/notices', {
      ...REEMPLOYMENT_APPLICATION,
      materials: ['id-card'],
    });
    expect(notice.status).to.equal(201);
    expect((await client('clerk3').get(`/api/intake/decisions/${notice.body.id}`)).status).to.equal(404);
    expect(await statusOf('clerk3', notice.body.documentUrl)).to.equal(404);
    expect(
      (await client('clerk3').get<{ id: string }[]>('/api/intake/decisions')).body.map((d) => d.id),
    ).to.not.include(notice.body.id);
    expect((await client('clerk2').get(`/api/intake/decisions/${notice.body.id}`)).status).to.equal(200);
    expect((await client('supervisor').get(`/api/intake/decisions/${notice.body.id}`)).status).to.equal(200);
  });

  it("given the supervision board, then a clerk of another street counts none of this street's cases, the supervisor all", async () => {
    const board = (name: string) =>
      client(name)
        .get<{ totals: Record<string, number> }>('/api/supervision/board')
        .then((r) => Object.values(r.body.totals).reduce((a, b) => a + b, 0));
    expect(await board('clerk3')).to.equal(0);
    expect(await board('clerk')).to.be.greaterThan(0);
    expect(await board('supervisor')).to.equal(await board('admin'));
  });

  it('given two live streams, when a case changes, then only the clients who may read it hear of it', async () => {
    const open = async (name: string) => {
      const controller = new AbortController();
      const response = await fetch(`${server.url}/api/supervision/stream?access_token=${await tokenOf(name)}`, {
        signal: controller.signal,
      });
      return { controller, reader: (response.body as ReadableStream<Uint8Array>).getReader() };
    };
    const street = await open('clerk');
    const other = await open('clerk3');
    try {
      const ours = (await client('clerk').post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
      expect(await nextLightCases(street.reader, ours.id)).to.include(ours.id);
      // When the other street then accepts a case of its own, its stream carries that one and never ours.
      const theirs = (await client('clerk3').post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
      const heard = await nextLightCases(other.reader, theirs.id);
      expect(heard).to.include(theirs.id);
      expect(heard).to.not.include(ours.id);
    } finally {
      street.controller.abort();
      other.controller.abort();
    }
  });
});

/** The case ids of the light events read until one for `until` arrives (5 s at most). */
async function nextLightCases(reader: ReadableStreamDefaultReader<Uint8Array>, until: string): Promise<string[]> {
  const decoder = new TextDecoder();
  const seen: string[] = [];
  let buffer = '';
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      const data = /^event: light\ndata: (.*)$/m.exec(block)?.[1];
      if (!data) continue;
      const caseId = (JSON.parse(data) as { caseId: string }).caseId;
      seen.push(caseId);
      if (caseId === until) return seen;
    }
  }
  throw new Error(`no light event for ${until}; heard ${seen.join(', ')}`);
}
