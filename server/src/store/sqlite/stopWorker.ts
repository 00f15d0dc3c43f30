import type { Worker } from 'node:worker_threads';

/**
 * Asks a store worker (checkpointer, page warmer) to close its connection, then ends the thread; resolves at
 * once if it has already exited, and when it exits on its own.
 */
export function stopWorker(worker: Worker, exited: boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    if (exited) return resolve();
    const done = () => void worker.terminate().then(() => resolve());
    worker.on('message', (message: { closed?: boolean }) => message.closed && done());
    worker.on('exit', () => resolve());
    worker.postMessage('close');
  });
}
