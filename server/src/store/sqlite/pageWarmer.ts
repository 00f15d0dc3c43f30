import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { stopWorker } from './stopWorker.js';

/**
 * The warmer's code, run in a worker thread with its own read-only connection (started from source text, like
 * the checkpointer, so it runs the same from `src/` and `dist/`). Asked to warm the cases due after a head, it
 * walks the due index from there and reads, for each case, the pages its firing will read and write: the case
 * row, the last event (where the next one goes), its timers and its signal cursor. (Not its facts: a commit
 * compares them with the state it replaces, so a fired light that leaves them as they were does not read
 * them.) What it reads lands in the operating system's page cache, where the writer then finds it. It never
 * goes back over cases it has warmed.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true });
db.pragma('busy_timeout = 0');
const heads = db.prepare(
  'SELECT id, next_timer_ms FROM cases WHERE next_timer_ms <= ? AND (next_timer_ms, id) > (?, ?) ' +
  'ORDER BY next_timer_ms, id LIMIT ?');
const reads = [
  'SELECT length(state) FROM cases WHERE id = ?',
  'SELECT hash FROM case_events WHERE case_id = ? ORDER BY seq DESC LIMIT 1',
  'SELECT count(*) FROM timers WHERE case_id = ?',
  'SELECT count(*) FROM signal_cursors WHERE case_id = ?',
].map((sql) => db.prepare(sql).pluck());
let warmed = [Number.MIN_SAFE_INTEGER, ''];
const after = (a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.postMessage({ closed: true });
    return;
  }
  const { untilMs, afterHead, count } = message;
  // A request the warmer is already past starts where it stopped; a later one (a new round) where it asks.
  const from = after(afterHead, warmed) ? afterHead : warmed;
  let cases = 0;
  try {
    for (const head of heads.all(untilMs, from[0], from[1], count)) {
      for (const read of reads) read.get(head.id);
      warmed = [head.next_timer_ms, head.id];
      cases += 1;
    }
  } catch {
    // Warming is a hint: a failed read (a busy or closing file) warms nothing and harms nothing.
  }
  parentPort.postMessage({ cases });
});
`;

/** A running page warmer (see `startPageWarmer`). */
export interface PageWarmer {
  /** Cases read ahead so far (as the worker last reported). */
  readonly casesWarmed: number;
  /** Resolves once the worker has answered every request made so far (tests, benchmarks). */
  settled(): Promise<void>;
  /**
   * Reads ahead the pages of up to `count` cases whose earliest timer comes after `afterHead` (`[instant ms,
   * case id]`) and is due by `untilMs`: the cases the scheduler claims next. Returns at once.
   */
  warmDueAfter(untilMs: number, afterHead: readonly [number, string], count: number): void;
  /** Stops the worker and closes its connection (before the store closes its own). */
  close(): Promise<void>;
}

/**
 * Starts the page warmer of a file database. A fired timer's commit reads a handful of pages scattered over a
 * large store (the case row, its last event, its timers); at a million cases most are not in memory, and each
 * read waits for the disk on the event loop. Read ahead by a second thread, they are waited for there instead,
 * while the event loop fires the batch before.
 */
export function startPageWarmer(file: string): PageWarmer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  worker.unref();
  let casesWarmed = 0;
  let [asked, answered] = [0, 0];
  let waiting: (() => void)[] = [];
  const wake = () => {
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  let closing: Promise<void> | undefined;
  let exited = false;
  worker.on('exit', () => {
    exited = true;
    wake();
  });
  worker.on('message', (message: { cases?: number }) => {
    if (message.cases === undefined) return;
    casesWarmed += message.cases;
    answered += 1;
    if (answered === asked) wake();
  });
  // A worker that dies ends with 'exit': nothing is read ahead any more, and nothing else changes.
  worker.on('error', () => undefined);
  return {
    get casesWarmed() {
      return casesWarmed;
    },
    settled() {
      return answered === asked || exited ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    warmDueAfter(untilMs, afterHead, count) {
      if (closing || exited) return;
      asked += 1;
      worker.postMessage({ untilMs, afterHead, count });
    },
    close() {
      closing ??= stopWorker(worker, exited);
      return closing;
    },
  };
}
