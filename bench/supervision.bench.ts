/**
 * Benchmark of issue 6 at scale (statistics, board, live lights): with 1,000,000 cases (100,000 open) in the
 * embedded store, measure
 * - the supervisor's board (counts by light, by department and level) — target < 200 ms;
 * - a monthly report for one department (by window, with the month before) — target < 1 s;
 * - how long after its due instant a light change reaches an SSE client, with the real timer scheduler polling
 *   in real time (a business clock offset to the bench's dates) — target < 1 s.
 *
 * Loading: real cases are made through the platform — four finished ones (`lib/closedTemplates.ts`) and the timer
 * benchmark's open ones (`lib/timerTemplates.ts`, whose 受理 of one case turns yellow at `FIRE_AT`) — then copied
 * under new ids by the shared bench loader (`lib/caseCloner.ts`, synchronous = OFF while loading): 1 copy in 10 of
 * an open template, the rest of a finished one; to stay under 6 GB the copies leave out the templates' delivered
 * notices, and closed copies their event chains. A bench-only rewrite (`lib/factSpreader.ts`) spreads the copies'
 * statistics facts over the 351 items (32 departments), their windows and a year.
 *
 * Run: `bench/run.sh supervision [--cases N] [--rounds N]` (or `node --conditions=govflow-source --import tsx
 * bench/supervision.bench.ts`). The database lives under the OS temp dir and is deleted at the end.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createChinaCalendar } from '@govflow/engine';
import { createPlatform, FactDirectory, SqliteStore, statisticsOf } from '@govflow/server';
import { CaseCloner } from './lib/caseCloner.js';
import { createClosedTemplates } from './lib/closedTemplates.js';
import { FactSpreader, templateScopeKeys } from './lib/factSpreader.js';
import { machineInfo } from './lib/machine.js';
import { OffsetClock } from './lib/offsetClock.js';
import { collectLightEvents } from './lib/sseProbe.js';
import { dueCopies } from './lib/dueCopies.js';
import { fmt, median, progress } from './lib/stats.js';
import { createTimerTemplates, FIRE_AT } from './lib/timerTemplates.js';

const CASES = Number(argument('--cases') ?? 1_000_000);
const ROUNDS = Number(argument('--rounds') ?? 9);
const OPEN_EVERY = 10;
/** Light changes measured over SSE: the due case and copies of it due 2.37 s apart (each at another poll phase). */
const DUE_COPIES = 6;
const DUE_STEP_MS = 2_370;
const TARGETS = { boardMs: 200, reportMs: 1000, sseMs: 1000 };
/** Stop loading before the database passes this (the brief allows < 6 GB of disk). */
const DISK_LIMIT = 5.8e9;
const CHUNK = 10_000;
/**
 * Left out of the copies to stay under the disk limit (about 10 KB a case with everything): the delivered
 * applicant notices of every copy, and the event chains of closed copies (no measured read touches them).
 */
const SKIP_OPEN: ReadonlySet<string> = new Set(['outbox']);
const SKIP_CLOSED: ReadonlySet<string> = new Set(['outbox', 'case_events']);
/** The department and month of the measured monthly report. */
const REPORT = { department: 'jj-labour', month: '2026-10' };

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

const caseId = (i: number): string => `00000000-0000-4000-9000-${i.toString(16).padStart(12, '0')}`;

function diskBytes(file: string): number {
  const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return size(file) + size(`${file}-wal`) + size(`${file}-shm`);
}

/** Runs `work` once to warm up, then `ROUNDS` times; the durations in ms. */
async function rounds(work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

const summary = (times: readonly number[]) => ({
  median: median(times),
  min: Math.min(...times),
  max: Math.max(...times),
});

async function main(): Promise<void> {
  const machine = { ...machineInfo(), loadAverage: (await import('node:os')).loadavg() };
  progress(`${machine.cpuModel}, nproc ${machine.nproc}, node ${machine.node}; ${fmt(CASES)} cases`);
  const dir = mkdtempSync(join(tmpdir(), 'govflow-supervision-bench-'));
  const file = join(dir, 'govflow.db');
  try {
    const loadStarted = performance.now();
    const closed = await createClosedTemplates(file);
    const open = await createTimerTemplates(file);
    const loaded = await load(file, Object.values(closed), open.background, open.due);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    progress(
      `loaded ${fmt(loaded.cases)} cases (${fmt(loaded.open)} open) in ${fmt(loadSeconds)} s; ${fmt(diskBytes(file) / 1e9, 2)} GB`,
    );

    const calendar = createChinaCalendar();
    const store = new SqliteStore({ file });
    const clock = new OffsetClock(Date.parse(FIRE_AT) - 3_600_000);
    const platform = createPlatform({ store, clock, calendar });
    const { services } = platform;
    const session = async (name: string) => {
      const { token } = await services.auth.login(name, 'govflow');
      const user = await services.auth.authenticate(token);
      if (!user) throw new Error(`no session for ${name}`);
      return { user, token };
    };
    const supervisor = await session('supervisor');
    const lead = await session('lead');
    const server: Server = await new Promise((resolve) => {
      const s = platform.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    // Longer than a measured pass, so a pooled keep-alive connection is never closed under a request.
    server.keepAliveTimeout = 120_000;
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string, token: string) => {
      const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<unknown>;
    };

    progress('board (service, then HTTP)');
    const boardTimes = await rounds(() => services.supervision.board(supervisor.user));
    const board = await services.supervision.board(supervisor.user);
    const boardHttp = await rounds(() => get('/api/supervision/board', supervisor.token));
    const leadBoard = await rounds(() => services.supervision.board(lead.user));
    progress(
      `  board ${fmt(median(boardTimes), 1)} ms, over HTTP ${fmt(median(boardHttp), 1)} ms, the lead's ${fmt(median(leadBoard), 1)} ms`,
    );
    progress('monthly report of one department');
    const { statistics } = statisticsOf(services, calendar);
    const request = {
      period: 'month' as const,
      at: REPORT.month,
      by: 'window' as const,
      filter: { department: REPORT.department },
    };
    const reportTimes = await rounds(() => statistics.report(supervisor.user, request));
    const report = await statistics.report(supervisor.user, request);
    const reportHttp = await rounds(() =>
      get(
        `/api/statistics/report?period=month&at=${REPORT.month}&by=window&department=${REPORT.department}`,
        supervisor.token,
      ),
    );
    const allDepartments = await rounds(() =>
      statistics.report(supervisor.user, { ...request, by: 'department', filter: {} }),
    );
    progress(
      `  report ${fmt(median(reportTimes), 1)} ms, over HTTP ${fmt(median(reportHttp), 1)} ms, all departments ${fmt(median(allDepartments), 1)} ms`,
    );

    progress(
      `light changes over SSE: ${1 + DUE_COPIES} timers due ${DUE_STEP_MS} ms apart, the scheduler polling every second`,
    );
    const due = new Map([[open.due, Date.parse(FIRE_AT)], ...loaded.dueCopies]);
    clock.setNow(Date.parse(FIRE_AT) - 1_500);
    const controller = new AbortController();
    const response = await fetch(`${url}/api/supervision/stream?access_token=${supervisor.token}`, {
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const events = collectLightEvents(reader, new Set(due.keys()), () => clock.now().getTime(), 60_000);
    platform.scheduler.start();
    const arrived = await events;
    controller.abort();
    const latencies = [...due].map(([id, at]) => (arrived.get(id)?.at ?? Number.NaN) - at);
    const lights = [...new Set([...arrived.values()].flatMap((a) => a.steps))];
    await platform.scheduler.stop();
    services.lightStream.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();

    const results = {
      date: new Date().toISOString(),
      machine,
      cases: loaded.cases,
      open: loaded.open,
      departments: loaded.departments,
      rows: loaded.rows,
      databaseBytes: diskBytes(file),
      loadSeconds,
      rounds: ROUNDS,
      board: {
        ...summary(boardTimes),
        http: summary(boardHttp),
        lead: summary(leadBoard),
        totals: board.totals,
        departments: board.departments.length,
      },
      report: {
        ...summary(reportTimes),
        http: summary(reportHttp),
        allDepartments: summary(allDepartments),
        accepted: report.totals.accepted,
        completed: report.totals.completed,
        pending: report.totals.pending,
        windows: report.rows.length,
      },
      sse: { ...summary(latencies), samples: latencies, arrived: arrived.size, expected: due.size, lights },
      targets: TARGETS,
    };
    process.stdout.write(renderMarkdown(results));
    const outDir = new URL('./out/', import.meta.url);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(new URL('supervision-latest.json', outDir), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Copies the templates until the store holds `CASES` cases (1 in `OPEN_EVERY` open) and spreads their facts. */
async function load(file: string, closed: readonly string[], open: readonly string[], due: string) {
  const store = new SqliteStore({ file });
  const org = (await store.getOrganisation())?.organisation;
  const items = await store.listItems();
  await store.close();
  if (!org) throw new Error('the demo organisation is missing');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const cloner = new CaseCloner(db, 'sm3');
  progress(`copying rows of ${cloner.tableNames.join(', ')}`);
  const spreader = new FactSpreader(db, items, new FactDirectory(org, items));
  const templates = (ids: readonly string[]) =>
    ids.map((id) => ({ template: cloner.template(id), keys: templateScopeKeys(db, id) }));
  const [closedTemplates, openTemplates] = [templates(closed), templates(open)];
  const existing = (db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
  const insert = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const isOpen = i % OPEN_EVERY === 0;
      const pool = isOpen ? openTemplates : closedTemplates;
      const { template, keys } = pool[Math.floor(i / OPEN_EVERY) % pool.length] as (typeof pool)[number];
      const id = caseId(i);
      cloner.clone(
        template,
        id,
        `${template.receiptNumber.slice(0, 11)}S${String(i).padStart(7, '0')}`,
        isOpen ? SKIP_OPEN : SKIP_CLOSED,
      );
      spreader.spread(id, i, !isOpen, keys);
    }
  });
  const started = performance.now();
  const total = CASES - existing;
  for (let from = 0; from < total; from += CHUNK) {
    insert(from, Math.min(total, from + CHUNK));
    if ((from + CHUNK) % 100_000 === 0 || from + CHUNK >= total) {
      const bytes = diskBytes(file);
      progress(
        `  ${fmt(Math.min(total, from + CHUNK))} copies, ${fmt((performance.now() - started) / 1000)} s, ${fmt(bytes / 1e9, 2)} GB`,
      );
      if (bytes > DISK_LIMIT) throw new Error(`database passed ${DISK_LIMIT / 1e9} GB; stopping`);
    }
  }
  const copies = db.transaction(() => dueCopies(db, cloner, cloner.template(due), FIRE_AT, DUE_COPIES, DUE_STEP_MS))();
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const rows = {
    events: count('SELECT COUNT(*) AS n FROM case_events'),
    facts: count('SELECT COUNT(*) AS n FROM case_facts'),
    stepFacts: count('SELECT COUNT(*) AS n FROM step_facts'),
    scopes: count('SELECT COUNT(*) AS n FROM case_scopes'),
  };
  const result = {
    cases: count('SELECT COUNT(*) AS n FROM cases'),
    open: count('SELECT COUNT(*) AS n FROM case_facts WHERE open = 1'),
    departments: spreader.departments,
    rows,
    dueCopies: copies,
  };
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return result;
}

function renderMarkdown(r: {
  cases: number;
  open: number;
  departments: number;
  rows: Record<string, number>;
  databaseBytes: number;
  loadSeconds: number;
  board: ReturnType<typeof summary> & {
    http: ReturnType<typeof summary>;
    lead: ReturnType<typeof summary>;
    departments: number;
  };
  report: ReturnType<typeof summary> & {
    http: ReturnType<typeof summary>;
    allDepartments: ReturnType<typeof summary>;
    accepted: number;
    completed: number;
    pending: number;
    windows: number;
  };
  sse: ReturnType<typeof summary> & { samples: number[]; arrived: number; expected: number; lights: string[] };
}): string {
  const ms = (s: ReturnType<typeof summary>) => `**${fmt(s.median, 1)} ms** (${fmt(s.min, 1)} – ${fmt(s.max, 1)})`;
  return [
    `Store: ${fmt(r.cases)} cases (${fmt(r.open)} open), ${fmt(r.rows['events'] ?? 0)} events, ${fmt(r.rows['facts'] ?? 0)} facts rows, ` +
      `${fmt(r.rows['stepFacts'] ?? 0)} step facts, ${fmt(r.rows['scopes'] ?? 0)} scope keys; ${fmt(r.databaseBytes / 1e9, 2)} GB; loaded in ${fmt(r.loadSeconds)} s; ${r.departments} departments.`,
    '',
    '| measure | median (min – max) | target | measured / target |',
    '|---|---:|---:|---:|',
    `| board, counts by department and level (service, ${r.board.departments} departments) | ${ms(r.board)} | < ${TARGETS.boardMs} ms | ${fmt(r.board.median / TARGETS.boardMs, 2)} |`,
    `| the same over HTTP (\`GET /api/supervision/board\`) | ${ms(r.board.http)} | < ${TARGETS.boardMs} ms | ${fmt(r.board.http.median / TARGETS.boardMs, 2)} |`,
    `| the lead's board (one department's scope) | ${ms(r.board.lead)} | | |`,
    `| monthly report, one department by window, with the month before (service) | ${ms(r.report)} | < ${TARGETS.reportMs} ms | ${fmt(r.report.median / TARGETS.reportMs, 2)} |`,
    `| the same over HTTP (JSON) | ${ms(r.report.http)} | < ${TARGETS.reportMs} ms | ${fmt(r.report.http.median / TARGETS.reportMs, 2)} |`,
    `| monthly report, all departments | ${ms(r.report.allDepartments)} | | |`,
    `| light change at the SSE client after its due instant (${r.sse.arrived} of ${r.sse.expected} timers; scheduler polling every 1 s) | ${ms(r.sse)} | < ${TARGETS.sseMs} ms | ${fmt(r.sse.max / TARGETS.sseMs, 2)} (max) |`,
    '',
    `The measured department's month: ${fmt(r.report.accepted)} accepted, ${fmt(r.report.completed)} completed, ${fmt(r.report.pending)} pending at its end, ${r.report.windows} windows. ` +
      `SSE latencies (ms, due instant → event at the client): ${r.sse.samples.map((v) => fmt(v)).join(', ')}; the events carried the step light ${r.sse.lights.join(', ')}.`,
    '',
  ].join('\n');
}

await main();
