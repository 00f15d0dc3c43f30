import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { SqliteStore } from '@govflow/server';
import { auditCase, firedTimerIds, readCase, readDerivedRows, type CaseView } from '../support/caseAudit.js';
import { randomBetween, runBurst, type Chain, type CommandReply, type Send } from '../support/commandBurst.js';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';

/** The steps of 失业人员再就业证补办 (JJ-RS-001), who completes each, and with what. */
const STEPS = [
  { name: '受理', as: 'clerk', body: { verifiedMaterials: ['id-card', 'loss-statement'] } },
  { name: '审核', as: 'reviewer', body: { opinion: '材料真实有效，同意补办' } },
  { name: '发证', as: 'clerk', body: {} },
] as const;
const WAITING_CASES = 40;
const NEW_INTAKES = 60;
const ALL = 1_000_000;

describe('server / crash recovery: the real server process killed with SIGKILL and restarted on the same data', function () {
  // Two start-ups, two restarts, and a wait of up to 30 s for the dead process's timer leases to expire.
  this.timeout(150_000);
  let dir: string;
  let server: ServerProcess | undefined;
  let observer: SqliteStore | undefined;
  const file = (): string => join(dir, 'govflow.db');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-crash-'));
  });
  after(async () => {
    await observer?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(username: string): Promise<HttpClient> {
    return new HttpClient(server?.url ?? '').login(username);
  }

  it('given a burst of intakes and step completions across 100 cases, when the process is killed mid-burst, then after a restart no acknowledged command is lost and no case is half-applied', async () => {
    server = await startServerProcess(dir);
    const clients = { clerk: await signIn('clerk'), reviewer: await signIn('reviewer') };
    // Given cases waiting at 受理
    const waiting: CommandReply[] = [];
    for (let i = 0; i < WAITING_CASES; i += 1) {
      const created = await clients.clerk.post<CommandReply>('/api/cases', REEMPLOYMENT_APPLICATION);
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      waiting.push(created.body);
    }
    const completeSteps = async (send: Send, reply: CommandReply, steps: number): Promise<void> => {
      let current: CommandReply | undefined = reply;
      for (const step of STEPS.slice(0, steps)) {
        if (!current) return;
        const task = current.tasks.find((t) => t.name === step.name);
        if (!task) throw new Error(`case ${current.id} has no open ${step.name}: ${JSON.stringify(current.tasks)}`);
        current = await send(clients[step.as], `/api/tasks/${task.id}/complete`, step.body, 'complete');
      }
    };
    const walk =
      (reply: CommandReply): Chain =>
      (send) =>
        completeSteps(send, reply, STEPS.length);
    const intake: Chain = async (send) => {
      const created = await send(clients.clerk, '/api/cases', REEMPLOYMENT_APPLICATION, 'intake');
      if (created) await completeSteps(send, created, 1);
    };
    // Interleaved, so that intakes and completions are in flight together from the start
    const chains = Array.from({ length: NEW_INTAKES }, (_, i) => [...(waiting[i] ? [walk(waiting[i])] : []), intake]);

    // When 240 commands run 12 at a time and the process is killed after a random number of acknowledgements
    const killAfter = randomBetween(30, 170);
    const burst = await runBurst(chains.flat(), {
      concurrency: 12,
      killAfter,
      kill: () => (server as ServerProcess).kill(),
    });
    expect(burst.refused, 'every command of the burst is valid').to.deep.equal([]);
    expect(burst.acknowledged.length).to.be.at.least(killAfter);
    expect(burst.unanswered, 'commands were still in flight or waiting when the process died').to.be.greaterThan(0);

    // Then, after a restart on the same data directory, every acknowledged command's effect is there
    server = await startServerProcess(dir);
    const clerk = await signIn('clerk');
    for (const ack of burst.acknowledged) {
      const view = await readCase(clerk, ack.caseId);
      expect(view.version, `case ${ack.caseId} lost an acknowledged commit`).to.be.at.least(ack.version);
      if (ack.kind !== 'complete') continue;
      const taskId = ack.taskId?.slice(ack.caseId.length + 1);
      const completed = view.events.filter((e) => e.type === 'task.completed' && e.data['taskId'] === taskId);
      expect(completed, `the completion of ${ack.taskId}`).to.have.length(1);
      expect(view.state.tasks.map((t) => t.id)).not.to.include(taskId);
    }
    // And no case, acknowledged or not, is half-applied
    observer = new SqliteStore({ file: file() });
    const cases = await observer.listCases(ALL);
    const intakes = burst.acknowledged.filter((a) => a.kind === 'intake').length;
    expect(cases.length).to.be.within(WAITING_CASES + intakes, WAITING_CASES + NEW_INTAKES);
    const derived = await readDerivedRows(observer);
    const problems: string[] = [];
    for (const record of cases) problems.push(...(await auditCase(clerk, await readCase(clerk, record.id), derived)));
    expect(problems).to.deep.equal([]);
  });

  it('given the recovered cases, when the clock passes every deadline and the process is killed while the timers fire, then after a restart every due timer has fired exactly once', async () => {
    const clerk = await signIn('clerk');
    const before = new Map<string, CaseView>();
    for (const record of await (observer as SqliteStore).listCases(ALL)) {
      before.set(record.id, await readCase(clerk, record.id));
    }
    const timers = [...before.values()].flatMap((view) => view.state.timers);
    expect(timers.length, 'open cases have light timers').to.be.greaterThan(100);
    expect([...before.values()].flatMap(firedTimerIds)).to.deep.equal([]);
    const deadline = Math.max(...timers.map((t) => Date.parse(t.dueAt)));
    const now = new Date(deadline + 1000).toISOString();

    // When the manual clock jumps past every deadline (the server fires the due timers in that request)
    const firing = clerk.post('/api/dev/clock', { now }).catch(() => undefined);
    // and the process is killed after a random share of them fired
    const killAt = randomBetween(Math.ceil(timers.length * 0.1), Math.floor(timers.length * 0.6));
    await waitUntil(async () => (await dueCount(observer as SqliteStore, now)) <= timers.length - killAt, 60_000);
    await server?.kill();
    await firing;
    await observer?.close();

    // Then the restarted server, told the same instant, fires the rest; the timers the dead process had
    // leased wait for their lease (30 s) to expire and are then caught up by the scheduler's poll
    server = await startServerProcess(dir);
    observer = new SqliteStore({ file: file() });
    const again = await signIn('clerk');
    expect((await again.post('/api/dev/clock', { now })).status).to.equal(200);
    await waitUntil(async () => (await dueCount(observer as SqliteStore, now)) === 0, 60_000);

    const derived = await readDerivedRows(observer);
    const problems: string[] = [];
    for (const [id, previous] of before) {
      const view = await readCase(again, id);
      const expected = previous.state.timers.map((t) => t.id).sort();
      expect(firedTimerIds(view).sort(), `timers fired on case ${id}`).to.deep.equal(expected);
      expect(view.state.timers.filter((t) => Date.parse(t.dueAt) <= deadline)).to.deep.equal([]);
      problems.push(...(await auditCase(again, view, derived)));
    }
    expect(problems).to.deep.equal([]);
  });
});

async function dueCount(store: SqliteStore, until: string): Promise<number> {
  return (await store.dueTimers(until, ALL)).length;
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
