import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The checkpointer's code, run in a worker thread with its own connection to the database file. A worker
 * started from source text needs no built file, so it runs the same from `src/` (tests, tsx) and `dist/`.
 * Every `intervalMs` it copies the WAL's committed frames into the database (`wal_checkpoint(PASSIVE)`:
 * it never blocks the writer, and SQLite syncs the WAL before and the database after) and reports the WAL's
 * size in frames.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
let timer;
const pass = () => {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ walFrames: row.log, copied: row.checkpointed });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
  timer = setTimeout(pass, workerData.intervalMs);
};
timer = setTimeout(pass, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  clearTimeout(timer);
  db.close();
  parentPort.postMessage({ closed: true });
});
`;

/** A running checkpointer: copies the WAL into the database off the event loop until closed. */
export interface Checkpointer {
  /** The WAL's size in frames at the last pass (for diagnostics). */
  readonly walFrames: number;
  /** The last error of a pass, if the last pass failed (SQLite's own checkpoint on commit still bounds the WAL). */
  readonly lastError: string | undefined;
  /** Stops the passes and closes the worker's connection (before the store closes its own). */
  close(): Promise<void>;
}

/**
 * Starts the checkpointer of a file database. The writer keeps a high `wal_autocheckpoint` as a safety net:
 * when the worker falls behind under sustained load, the writer's own checkpoint finds most frames already
 * copied and the WAL restarts from its beginning.
 */
export function startCheckpointer(file: string, intervalMs = 100): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs } });
  worker.unref();
  const state = { walFrames: 0, lastError: undefined as string | undefined };
  let closing: Promise<void> | undefined;
  let exited = false;
  worker.on('exit', () => (exited = true));
  worker.on('message', (message: { walFrames?: number; error?: string }) => {
    if (message.walFrames !== undefined) {
      state.walFrames = message.walFrames;
      state.lastError = undefined;
    }
    if (message.error !== undefined) state.lastError = message.error;
  });
  worker.on('error', (error: Error) => {
    state.lastError = error.message;
  });
  return {
    get walFrames() {
      return state.walFrames;
    },
    get lastError() {
      return state.lastError;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        if (exited) return resolve();
        const done = () => void worker.terminate().then(() => resolve());
        worker.on('message', (message: { closed?: boolean }) => message.closed && done());
        worker.on('exit', () => resolve());
        worker.postMessage('close');
      });
      return closing;
    },
  };
}
