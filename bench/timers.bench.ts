/**
 * Benchmark of issue 5 (durable timers): with many open cases in the embedded store (the issue says
 * 1,000,000), fire 10,000 due timers through the real `TimerScheduler` and measure the wall time until
 * all have fired and committed durably (WAL; the group commit syncs it before anyone hears "done"). Target ≤ 5 s.
 *
 * Loading: six real cases are made through the platform (`lib/timerTemplates.ts`), then copied under new
 * ids by a bench-only loader (`lib/caseCloner.ts`, synchronous = OFF while loading, a checkpoint at the
 * end); 1 case in `cases / due` is a copy of the one whose 受理 turns yellow at the measured instant.
 *
 * Run: `node --conditions=govflow-source --import tsx bench/timers.bench.ts [--quick] [--cases N] [--due N] [--disk-limit-gb N]
 * [--profile] [--keep DIR] [--cold]`
 * (`--profile` writes a CPU profile of the firing alone to bench/out/timers-fire.cpuprofile; `--keep DIR` keeps a copy
 * of the loaded store in DIR and, on later runs with the same `--cases` and `--due`, starts from a copy of it instead
 * of loading again — a 1,000,000-case load takes ~20 minutes on this disk; `--cold` then empties the OS page cache
 * after the copy, so that the firing finds nothing of the store in memory).
 * The database lives under the OS temp dir and is deleted at the end (about 13 KB per case: 400,000 cases
 * (the default) take ~5.2 GB; 1,000,000 take ~13 GB and need `--disk-limit-gb 14`).
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createChinaCalendar } from '@govflow/engine';
import { createPlatform, ManualClock, SqliteStore } from '@govflow/server';
import { CaseCloner } from './lib/caseCloner.js';
import { machineInfo } from './lib/machine.js';
import { startProfile } from './lib/profile.js';
import { fmt, progress } from './lib/stats.js';
import { createTimerTemplates, FIRE_AT } from './lib/timerTemplates.js';

/** Open cases stored. The issue asks for 1,000,000, but realistic rows take ~13 KB a case (see RESULTS.md). */
const quick = process.argv.includes('--quick');
/** `--cold`: empty the OS page cache after copying the kept store (as after a reboot; Linux, as root). */
const COLD = process.argv.includes('--cold');
const CASES = Number(argument('--cases') ?? (quick ? 20_000 : 400_000));
const DUE = Number(argument('--due') ?? (quick ? 2_000 : 10_000));
const TARGET_MS = 5_000;
/** Loading stops with an error before the files pass this (default: the 6 GB this machine's runs may use). */
const DISK_LIMIT = Number(argument('--disk-limit-gb') ?? 6) * 1e9 * 0.97;
const CHUNK = 10_000;
/** Where a loaded store is kept between runs (`--keep DIR`), or none. */
const KEEP = argument('--keep');

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

/**
 * Bytes this process has written through system calls, and read from the storage device (Linux `/proc/self/io`
 * `wchar`, `read_bytes`: a read served from the OS page cache counts no byte; 0 elsewhere).
 */
function processIo(): { written: number; readFromDisk: number } {
  try {
    const io = readFileSync('/proc/self/io', 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(io)?.[1] ?? 0);
    return { written: field('wchar'), readFromDisk: field('read_bytes') };
  } catch {
    return { written: 0, readFromDisk: 0 };
  }
}

/**
 * Empties the operating system's page cache (Linux, as root), so that the store starts as after a reboot:
 * nothing of it in memory. Elsewhere it says so and goes on.
 */
function dropPageCache(): void {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    progress('page cache dropped: the store starts cold');
  } catch {
    progress('--cold: cannot drop the page cache here (needs Linux and root); the store may be partly in memory');
  }
}

function diskBytes(file: string): number {
  const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return size(file) + size(`${file}-wal`) + size(`${file}-shm`);
}

async function main(): Promise<void> {
  const machine = machineInfo();
  progress(`${machine.cpuModel}, nproc ${machine.nproc}, node ${machine.node}; ${fmt(CASES)} cases, ${fmt(DUE)} due`);
  const dir = mkdtempSync(join(tmpdir(), 'govflow-timers-bench-'));
  const file = join(dir, 'govflow.db');
  try {
    const loadStarted = performance.now();
    const kept = KEEP ? keptLoad(KEEP) : undefined;
    let loaded: Loaded;
    if (kept) {
      copyFileSync(kept.file, file);
      fsyncFile(file);
      loaded = kept.loaded;
      if (COLD) dropPageCache();
    } else {
      const templates = await createTimerTemplates(file);
      loaded = load(file, templates.due, templates.background);
      if (KEEP) keepLoad(KEEP, file, loaded);
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    progress(
      `${kept ? 'copied the kept store of' : 'loaded'} ${fmt(loaded.cases)} cases in ${fmt(loadSeconds)} s; ` +
        `${fmt(diskBytes(file) / 1e9, 2)} GB on disk`,
    );

    const store = new SqliteStore({ file });
    const { scheduler, services, notifications } = createPlatform({
      store,
      clock: new ManualClock(FIRE_AT),
      calendar: createChinaCalendar(),
    });
    notifications.start();
    // The supervision signals' start-up sweep reads every case once: let it finish before the measurement.
    await services.signals.settled();
    const dueBefore = (await store.dueTimers(FIRE_AT, DUE * 2)).length;
    progress(`${fmt(dueBefore)} timers due at ${FIRE_AT}; firing`);
    const profiler = process.argv.includes('--profile') ? await startProfile('timers-fire') : undefined;
    const [cpuBefore, ioBefore, commitsBefore] = [process.cpuUsage(), processIo(), store.commitStats()];
    const started = performance.now();
    const fired = await scheduler.fireDue();
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const ioAfter = processIo();
    const writtenBytes = ioAfter.written - ioBefore.written;
    const readFromDiskBytes = ioAfter.readFromDisk - ioBefore.readFromDisk;
    const commitsAfter = store.commitStats();
    const commits = {
      groups: commitsAfter.groups - commitsBefore.groups,
      holds: commitsAfter.holds - commitsBefore.holds,
      heldMs: commitsAfter.heldMs - commitsBefore.heldMs,
    };
    if (profiler) progress(`profile of the firing: ${await profiler.stop()}`);
    const dueAfter = (await store.dueTimers(FIRE_AT, 10)).length;
    progress(
      `fired ${fmt(fired)} in ${fmt(ms)} ms (${fmt(cpuMs)} ms CPU, ${fmt(writtenBytes / 1e6)} MB written, ` +
        `${fmt(readFromDiskBytes / 1e6)} MB read from the disk); ${dueAfter} still due; ` +
        `${fmt(commits.groups)} group commits, ${fmt(commits.holds)} held for a WAL drain (${fmt(commits.heldMs)} ms in all)`,
    );

    // Check the outcome on a sample: the due copies got their yellow light, every chain still verifies.
    const supervisor = await services.auth.authenticate((await services.auth.login('supervisor', 'govflow')).token);
    if (!supervisor) throw new Error('no supervisor session');
    const sample = loaded.sample;
    let verified = 0;
    let yellowAsExpected = 0;
    for (const { id, due } of sample) {
      const evidence = await services.cases.evidence.evidence(supervisor, id);
      if (evidence.verified) verified += 1;
      if ((evidence.events.at(-1)?.data['timerId'] === 't2:yellow') === due) yellowAsExpected += 1;
    }
    await notifications.stop();
    await scheduler.stop();
    services.lightStream.close();
    await store.close();

    const results = {
      date: new Date().toISOString(),
      machine,
      cases: loaded.cases,
      rows: loaded.rows,
      databaseBytes: diskBytes(file),
      loadSeconds,
      loadedFromKeptCopy: kept !== undefined,
      dueBefore,
      fired,
      dueAfter,
      fireMs: ms,
      fireCpuMs: cpuMs,
      fireWrittenBytes: writtenBytes,
      fireCommits: commits,
      firedPerSecond: fired / (ms / 1000),
      sample: { cases: sample.length, verified, yellowAsExpected },
      targetMs: TARGET_MS,
    };
    process.stdout.write(renderMarkdown(results));
    const outDir = new URL('./out/', import.meta.url);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(new URL('timers-latest.json', outDir), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What loading made: the cases and rows stored, and the sample of copies checked after the firing. */
interface Loaded {
  readonly cases: number;
  readonly rows: Record<string, number>;
  readonly sample: readonly { readonly id: string; readonly due: boolean }[];
}

/** The store kept in `dir` by an earlier run with the same sizes, if there is one. */
function keptLoad(dir: string): { file: string; loaded: Loaded } | undefined {
  const [file, about] = [join(dir, 'govflow.db'), join(dir, 'loaded.json')];
  if (!existsSync(file) || !existsSync(about)) return undefined;
  const kept = JSON.parse(readFileSync(about, 'utf8')) as { cases: number; due: number; loaded: Loaded };
  if (kept.cases !== CASES || kept.due !== DUE) {
    progress(`the store kept in ${dir} has ${fmt(kept.cases)} cases and ${fmt(kept.due)} due: loading anew`);
    return undefined;
  }
  return { file, loaded: kept.loaded };
}

/** Keeps a copy of the freshly loaded store (the file alone: loading ended with a checkpoint) for later runs. */
function keepLoad(dir: string, file: string, loaded: Loaded): void {
  mkdirSync(dir, { recursive: true });
  copyFileSync(file, join(dir, 'govflow.db'));
  fsyncFile(join(dir, 'govflow.db'));
  writeFileSync(join(dir, 'loaded.json'), `${JSON.stringify({ cases: CASES, due: DUE, loaded })}\n`);
  progress(`kept a copy of the loaded store in ${dir}`);
}

/** Puts a file's data on disk, so no write-back of it competes with the measurement. */
function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  fsyncSync(fd);
  closeSync(fd);
}

/** Copies the templates until the store holds `CASES` cases; 1 in `CASES / DUE` is a copy of the due one. */
function load(file: string, due: string, background: readonly string[]): Loaded {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const cloner = new CaseCloner(db, 'sm3');
  progress(`copying rows of ${cloner.tableNames.join(', ')}`);
  const dueTemplate = cloner.template(due);
  const others = background.map((id) => cloner.template(id));
  const existing = (db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
  const every = Math.floor(CASES / DUE);
  // 20 copies spread over the load, half of them due ones, to check after the firing.
  const sampleAt = new Set(Array.from({ length: 20 }, (_, k) => Math.floor((k * CASES) / 20) + (k % 2)));
  const sample: { id: string; due: boolean }[] = [];
  let dueMade = 1;
  const insert = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const makeDue = i % every === 0 && dueMade < DUE;
      const template = makeDue ? dueTemplate : (others[i % others.length] as (typeof others)[number]);
      if (makeDue) dueMade += 1;
      // Random ids, as intake makes them: the tables' pages fill as in a store grown case by case (~70 %).
      const id = randomUUID();
      cloner.clone(template, id, `${template.receiptNumber.slice(0, 11)}B${String(i).padStart(7, '0')}`);
      if (sampleAt.has(i)) sample.push({ id, due: makeDue });
    }
  });
  const started = performance.now();
  const total = CASES - existing;
  for (let from = 0; from < total; from += CHUNK) {
    const done = Math.min(total, from + CHUNK);
    insert(from, done);
    const bytes = diskBytes(file);
    if (done % 100_000 === 0 || done === total) {
      progress(`  ${fmt(done)} copies, ${fmt((performance.now() - started) / 1000)} s, ${fmt(bytes / 1e9, 2)} GB`);
    }
    // Checked every chunk, and projected from the first 50,000 copies, so a run never outgrows its disk.
    const wal = bytes - (statSync(file, { throwIfNoEntry: false })?.size ?? 0);
    const projected = ((bytes - wal) / done) * total + wal;
    if (bytes > DISK_LIMIT || (done >= 50_000 && projected > DISK_LIMIT)) {
      const fits = Math.floor((DISK_LIMIT - wal) / ((bytes - wal) / done) / 10_000) * 10_000;
      throw new Error(
        `${fmt(CASES)} cases would take ${fmt(projected / 1e9, 1)} GB, over the ${fmt(DISK_LIMIT / 1e9, 1)} GB allowed: ` +
          `run with --cases ${fmt(fits).replaceAll(',', '')} or a larger --disk-limit-gb`,
      );
    }
  }
  if (dueMade !== DUE) throw new Error(`made ${dueMade} due cases, wanted ${DUE}`);
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const rows = { cases: count('cases'), events: count('case_events'), tasks: count('tasks'), timers: count('timers') };
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  // Loading skipped fsync: put it all on disk now, so no write-back of the load competes with the measurement.
  fsyncFile(file);
  return { cases: rows.cases, rows, sample };
}

function renderMarkdown(r: {
  cases: number;
  rows: Record<string, number>;
  databaseBytes: number;
  loadSeconds: number;
  loadedFromKeptCopy: boolean;
  dueBefore: number;
  fired: number;
  dueAfter: number;
  fireMs: number;
  fireCpuMs: number;
  fireWrittenBytes: number;
  firedPerSecond: number;
  sample: { cases: number; verified: number; yellowAsExpected: number };
}): string {
  return [
    '| open cases stored | rows (events / tasks / timers) | database | load | due timers | fired | still due | wall time to fire and commit | CPU time | written to disk | timers/s | target | measured / target |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
    `| ${fmt(r.cases)} | ${fmt(r.rows['events'] ?? 0)} / ${fmt(r.rows['tasks'] ?? 0)} / ${fmt(r.rows['timers'] ?? 0)} | ${fmt(r.databaseBytes / 1e9, 2)} GB | ${fmt(r.loadSeconds)} s${r.loadedFromKeptCopy ? ' (a copy of the kept store)' : ''} | ${fmt(r.dueBefore)} | ${fmt(r.fired)} | ${r.dueAfter} | **${fmt(r.fireMs)} ms** | ${fmt(r.fireCpuMs)} ms | ${fmt(r.fireWrittenBytes / 1e6)} MB | ${fmt(r.firedPerSecond)} | ≤ ${fmt(TARGET_MS)} ms | ${fmt(r.fireMs / TARGET_MS, 2)}× of the limit |`,
    '',
    `Sample of ${r.sample.cases} cases spread over the store: ${r.sample.verified} evidence chains verify, ` +
      `${r.sample.yellowAsExpected} have the 受理 yellow light exactly when they are copies of the due case.`,
    '',
  ].join('\n');
}

await main();
