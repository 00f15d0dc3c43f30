import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { stopWorker } from './stopWorker.js';

/**
 * The checkpointer's code, run in a worker thread with its own connection to the database file. A worker
 * started from source text needs no built file, so it runs the same from `src/` (tests, tsx) and `dist/`.
 * Every `intervalMs` it copies the WAL's committed frames into the database (`wal_checkpoint(PASSIVE)`:
 * it never blocks the writer, and SQLite syncs the WAL before and the database after) and reports the WAL's
 * size in frames; asked to `drain`, it does a pass at once and says when it is done. While the WAL is past
 * `busyFrames` it passes every `busyIntervalMs` instead, so that little is left to copy when a drain comes.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
let timer;
const pass = (drain) => {
  clearTimeout(timer);
  let row;
  try {
    [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ walFrames: row.log, copied: row.checkpointed, drained: drain });
  } catch {
    // A failed pass copies nothing; the next one tries again (and the writer's own checkpoint bounds the WAL).
    parentPort.postMessage({ drained: drain });
  }
  const busy = row !== undefined && row.log >= workerData.busyFrames;
  timer = setTimeout(pass, busy ? workerData.busyIntervalMs : workerData.intervalMs, false);
};
// The first pass at once: a WAL left large (a crash, a burst before the restart) starts being copied now.
timer = setTimeout(pass, 0, false);
parentPort.on('message', (message) => {
  if (message === 'drain') return pass(true);
  if (message !== 'close') return;
  clearTimeout(timer);
  db.close();
  parentPort.postMessage({ closed: true });
});
`;

/** A running checkpointer: copies the WAL into the database off the event loop until closed. */
export interface Checkpointer {
  /** The WAL's size in frames at the worker's last pass (0 right after a drain copied it all); decides `hold`. */
  readonly walFrames: number;
  /**
   * The commit gate (see `CommitGate`): once the WAL has grown past `drainFrames`, holds the next group while
   * the worker copies the last frames, so the next commit restarts the WAL; `undefined` when there is no need.
   */
  hold(): Promise<void> | undefined;
  /** Stops the passes and closes the worker's connection (before the store closes its own). */
  close(): Promise<void>;
}

/** When the checkpointer copies and drains (defaults in brackets). */
export interface CheckpointerOptions {
  /** Milliseconds between passes while the WAL is small (100). */
  readonly intervalMs?: number;
  /** WAL frames from which the next group is held for a drain (4,000: about one 4,096-frame hash segment of the WAL index). */
  readonly drainFrames?: number;
  /** WAL frames from which the worker passes every `busyIntervalMs` (half of `drainFrames`). */
  readonly busyFrames?: number;
  /** Milliseconds between passes while the WAL is past `busyFrames` (10). */
  readonly busyIntervalMs?: number;
}

/** Longest a group waits for a drain (a stuck worker must not stop the store; the writer's checkpoint remains). */
const DRAIN_LIMIT_MS = 1_000;
/** Least time between two drains, should one fail to empty the WAL (then the writer's checkpoint bounds it). */
const DRAIN_SPACING_MS = 50;

/**
 * Starts the checkpointer of a file database. The writer keeps a high `wal_autocheckpoint` as a safety net:
 * when the worker falls behind under sustained load, the writer's own checkpoint finds most frames already
 * copied and the WAL restarts from its beginning.
 */
export function startCheckpointer(file: string, options: CheckpointerOptions = {}): Checkpointer {
  const { intervalMs = 100, drainFrames = 4_000 } = options;
  const busyFrames = options.busyFrames ?? drainFrames / 2;
  const busyIntervalMs = options.busyIntervalMs ?? 10;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const workerData = { driver, file, intervalMs, busyFrames, busyIntervalMs };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  worker.unref();
  let walFrames = 0;
  let closing: Promise<void> | undefined;
  let exited = false;
  /** The drain under way: its promise and how to end it. */
  let draining: { readonly done: Promise<void>; readonly end: () => void } | undefined;
  let lastDrainMs = Number.NEGATIVE_INFINITY;
  const endDrain = () => draining?.end();
  worker.on('exit', () => {
    exited = true;
    endDrain();
  });
  worker.on('message', (message: { walFrames?: number; copied?: number; drained?: boolean }) => {
    if (message.walFrames !== undefined) {
      // After a drain every frame is copied: the next commit starts the WAL from its beginning.
      walFrames = message.drained && message.walFrames === message.copied ? 0 : message.walFrames;
    }
    if (message.drained) endDrain();
  });
  // A worker that dies ends with 'exit' (above): no more drains, the writer's own checkpoint bounds the WAL.
  worker.on('error', () => undefined);
  return {
    get walFrames() {
      return walFrames;
    },
    hold() {
      if (draining) return draining.done;
      if (exited || closing || walFrames < drainFrames) return undefined;
      if (performance.now() - lastDrainMs < DRAIN_SPACING_MS) return undefined;
      lastDrainMs = performance.now();
      let end = () => {};
      const done = new Promise<void>((resolve) => {
        const limit = setTimeout(() => end(), DRAIN_LIMIT_MS);
        end = () => {
          clearTimeout(limit);
          draining = undefined;
          resolve();
        };
      });
      draining = { done, end };
      worker.postMessage('drain');
      return done;
    },
    close() {
      endDrain();
      closing ??= stopWorker(worker, exited);
      return closing;
    },
  };
}
