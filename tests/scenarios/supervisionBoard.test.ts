import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface Board {
  totals: Record<string, number>;
  departments: { department: string; counts: Record<string, number> }[];
  levels: { level: string; counts: Record<string, number> }[];
}

describe('Scenario (seed 000): the supervisor watches the red light come on', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let supervisor: HttpClient;

  before(async () => {
    // Monday 2026-03-02; the demo item promises 7 working days, yellow at 3 left, red at 1
    server = await startTestServer({ now: '2026-03-02T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    supervisor = await new HttpClient(server.url).login('supervisor');
  });
  after(() => server.close());

  it('counts open cases by light across departments and levels, and the counts move with the clock', async () => {
    await clerk.post('/api/cases', REEMPLOYMENT_APPLICATION);
    await clerk.post('/api/cases', REEMPLOYMENT_APPLICATION);
    const start = (await supervisor.get<Board>('/api/supervision/board')).body;
    expect(start.totals).to.include({ green: 2, yellow: 0, red: 0, overdue: 0 });
    expect(start.departments).to.deep.equal([
      {
        department: '区人力资源和社会保障局',
        counts: { green: 2, yellow: 0, red: 0, overdue: 0, stopped: 0, done: 0 },
      },
    ]);
    expect(start.levels.map((l) => l.level)).to.deep.equal(['town']);

    // due at the end of 03-11: three working days left from 03-09, one from 03-11
    await supervisor.post('/api/dev/clock', { now: '2026-03-09T09:00:00+08:00' });
    expect((await supervisor.get<Board>('/api/supervision/board')).body.totals).to.include({ yellow: 2 });
    await supervisor.post('/api/dev/clock', { now: '2026-03-11T09:00:00+08:00' });
    expect((await supervisor.get<Board>('/api/supervision/board')).body.totals).to.include({ red: 2 });
    await supervisor.post('/api/dev/clock', { now: '2026-03-12T09:00:00+08:00' });
    const late = await supervisor.get<{ light: string; daysLeft: number }[]>(
      '/api/supervision/cases?department=区人力资源和社会保障局&light=overdue',
    );
    expect(late.body.map((c) => c.light)).to.deep.equal(['overdue', 'overdue']);
    expect(late.body[0]?.daysLeft).to.equal(-0.5);
    expect((await supervisor.get('/api/supervision/cases?light=purple')).status).to.equal(400);
  });

  it('pushes a light change to a live client as soon as a timer fires', async () => {
    const created = await clerk.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION);
    const token = await loginToken(server.url);
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/supervision/stream?access_token=${token}`, {
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).to.contain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const received = readLightEvent(reader, created.body.id);
    // When a step's timers come due (the accept step is due at the end of its next working day)
    const moved = await clerk.post<{ firedTimers: number }>('/api/dev/clock', { now: '2026-03-16T09:00:00+08:00' });
    expect(moved.body.firedTimers).to.be.greaterThan(0);
    const event = await received;
    expect(event.caseId).to.equal(created.body.id);
    expect(event.steps.map((s) => s.light)).to.deep.equal(['overdue']);
    controller.abort();
  });
});

async function loginToken(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'supervisor', password: 'govflow' }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function readLightEvent(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  caseId: string,
): Promise<{ caseId: string; light: string; steps: { light: string }[] }> {
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    for (const block of buffer.split('\n\n')) {
      const data = /^event: light\ndata: (.*)$/m.exec(block)?.[1];
      if (!data) continue;
      const parsed = JSON.parse(data) as { caseId: string; light: string; steps: { light: string }[] };
      if (parsed.caseId === caseId) return parsed;
    }
  }
  throw new Error('no light event for the case');
}
