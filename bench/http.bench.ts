/**
 * Benchmark of issue 5 (HTTP): completing tasks (办理) and intake (受理) over HTTP against the real
 * platform in this process, on the embedded SQLite store in a temp file with durable commits (WAL; an
 * answer leaves only once its commit is synced to disk, see `server/src/store/sqlite/groupCommit.ts`). Load comes from autocannon in a worker thread. Targets: completing tasks
 * ≥ 1,000 req/s with p99 ≤ 50 ms; intake ≥ 300 req/s; no non-2xx answer.
 *
 * Run: `node --conditions=govflow-source --import tsx bench/http.bench.ts [--quick] [--connections N]
 * [--tasks N] [--seconds N] [--profile]` (`--profile`: a CPU profile of the completion run in bench/out/). Prints a markdown report to stdout, JSON to bench/out/http-latest.json.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACCEPT_STEP_BODY,
  prepareOpenTasks,
  REEMPLOYMENT_APPLICATION,
  startBenchServer,
  type BenchServer,
} from './lib/benchServer.js';
import { loadTest, type LoadResult } from './lib/loadTest.js';
import { machineInfo } from './lib/machine.js';
import { startProfile } from './lib/profile.js';
import { fmt, progress } from './lib/stats.js';

const quick = process.argv.includes('--quick');
const connections = Number(argument('--connections') ?? 10);
/** Tasks completed in the measured run (each request a different task). */
const tasks = Number(argument('--tasks') ?? (quick ? 2_000 : 20_000));
/** Seconds of the measured intake run. */
const intakeSeconds = Number(argument('--seconds') ?? (quick ? 3 : 10));
const WARM_UP = quick ? 200 : 1_000;
const TARGETS = { completePerSecond: 1_000, completeP99Ms: 50, intakePerSecond: 300 };

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const machine = machineInfo();
  progress(`${machine.cpuModel}, nproc ${machine.nproc}, node ${machine.node}${quick ? ' (quick run)' : ''}`);
  const dir = mkdtempSync(join(tmpdir(), 'govflow-http-bench-'));
  const file = join(dir, 'govflow.db');
  const server = await startBenchServer(file);
  try {
    const clerkToken = await server.signIn('clerk');
    const clerk = await server.user(clerkToken);
    const run = async (
      title: string,
      path: string,
      body: unknown,
      size: { amount?: number; seconds?: number },
      list?: string[],
    ): Promise<LoadResult> => {
      let taskList: string | undefined;
      if (list) writeFileSync((taskList = join(dir, `${title.replace(/\W+/g, '-')}.json`)), JSON.stringify(list));
      server.resetAnswers();
      const result = await loadTest({
        title,
        url: server.url,
        path,
        token: clerkToken,
        body,
        connections,
        ...size,
        ...(taskList ? { taskList } : {}),
      });
      // The rate over the server's own window (first request in, last answer out), not autocannon's whole seconds.
      const { seconds } = server.answers();
      return { ...result, seconds, perSecond: result.requests / seconds, autocannonSeconds: result.seconds };
    };

    progress(`intake: warm-up of ${WARM_UP} requests, then ${intakeSeconds} s measured, ${connections} connections`);
    await run('intake warm-up', '/api/cases', REEMPLOYMENT_APPLICATION, { amount: WARM_UP });
    await settle(server);
    const intake = await run('intake (受理)', '/api/cases', REEMPLOYMENT_APPLICATION, { seconds: intakeSeconds });
    progress(`intake: ${fmt(intake.perSecond)} req/s, p99 ${intake.latencyMs.p99} ms`);

    const open = (await server.store.listOpenTasks(1_000_000)).filter((t) => t.name === '受理').map((t) => t.id);
    const needed = WARM_UP + tasks - open.length;
    progress(
      `complete: ${fmt(open.length)} open 受理 tasks from the intake runs; preparing ${fmt(Math.max(0, needed))} more`,
    );
    const started = performance.now();
    if (needed > 0) open.push(...(await prepareOpenTasks(server, clerk, needed)));
    progress(`complete: prepared in ${fmt((performance.now() - started) / 1000, 1)} s`);
    await settle(server);
    await run(
      'complete warm-up',
      '/api/tasks/x/complete',
      ACCEPT_STEP_BODY,
      { amount: WARM_UP },
      open.slice(0, WARM_UP),
    );
    const profiler = process.argv.includes('--profile') ? await startProfile('http-complete') : undefined;
    const complete = await run(
      'complete a task (办理)',
      '/api/tasks/x/complete',
      ACCEPT_STEP_BODY,
      { amount: tasks },
      open.slice(WARM_UP, WARM_UP + tasks),
    );
    progress(`complete: ${fmt(complete.perSecond)} req/s, p99 ${complete.latencyMs.p99} ms`);
    if (profiler) progress(`profile of the completion run: ${await profiler.stop()}`);

    const stillOpen = new Set((await server.store.listOpenTasks(1_000_000)).map((t) => t.id));
    const notDone = open.slice(0, WARM_UP + tasks).filter((id) => stillOpen.has(id));
    const cases = (await server.store.listCases(1_000_000)).length;
    const results = {
      date: new Date().toISOString(),
      machine,
      connections,
      cases,
      databaseBytes: statSync(file).size,
      intake,
      complete,
      tasksLeftOpen: notDone.length,
      targets: TARGETS,
    };
    process.stdout.write(renderMarkdown(results));
    const outDir = new URL('./out/', import.meta.url);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(new URL('http-latest.json', outDir), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Lets the server finish what earlier phases left it (their notifications delivered, their supervision signals
 * read), so that a measured run pays only for its own requests and what they cause.
 */
async function settle(server: BenchServer): Promise<void> {
  await server.platform.notifications.deliverDue();
  await server.platform.services.signals.settled();
}

function renderMarkdown(r: {
  connections: number;
  cases: number;
  databaseBytes: number;
  intake: LoadResult;
  complete: LoadResult;
  tasksLeftOpen: number;
}): string {
  const row = (x: LoadResult, target: string, ratio: string) =>
    `| ${x.title} | ${fmt(x.requests)} | ${fmt(x.seconds, 2)} s | **${fmt(x.perSecond)}** | ${fmt(x.latencyMs.p50, 1)} | ${fmt(x.latencyMs.p90, 1)} | ${fmt(x.latencyMs.p99, 1)} | ${fmt(x.latencyMs.max)} | ${x.non2xx} | ${x.errors} | ${target} | ${ratio} |`;
  const c = r.complete;
  const i = r.intake;
  return [
    `| load test (${r.connections} connections) | requests | time | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | errors | target | measured / target |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
    row(
      c,
      `≥ ${fmt(TARGETS.completePerSecond)} req/s, p99 ≤ ${TARGETS.completeP99Ms} ms`,
      `${fmt(c.perSecond / TARGETS.completePerSecond, 2)}× (p99 ${fmt(c.latencyMs.p99 / TARGETS.completeP99Ms, 2)}× of the limit)`,
    ),
    row(i, `≥ ${fmt(TARGETS.intakePerSecond)} req/s`, `${fmt(i.perSecond / TARGETS.intakePerSecond, 2)}×`),
    '',
    `Store after the run: ${fmt(r.cases)} cases, ${fmt(r.databaseBytes / 2 ** 20, 1)} MiB database file (WAL not counted); ` +
      `tasks that a 2xx claimed completed but are still open: ${r.tasksLeftOpen}.`,
    '',
  ].join('\n');
}

await main();
