import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The real server (`server/src/main.ts`) running as a child process, as `npm start` runs it. */
export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  output(): string;
  /** Kills the process with SIGKILL (no shutdown hook runs) and waits until it is gone. */
  kill(): Promise<void>;
  /** Stops the process with SIGTERM (its graceful shutdown) and waits until it is gone. */
  stop(): Promise<void>;
}

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const KEEP_OUTPUT = 64 * 1024;

/**
 * Starts `node server/src/main.ts` on `dataDir` (its embedded SQLite store) with the manual clock and a
 * free port, and waits until `/api/health` answers.
 */
export async function startServerProcess(dataDir: string, startupMs = 30_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=govflow-source', '--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPOSITORY,
    env: { ...process.env, GOVFLOW_DATA_DIR: dataDir, PORT: String(port), GOVFLOW_CLOCK: 'manual' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-KEEP_OUTPUT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = once(child, 'exit').then(() => undefined);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, startupMs, () => output);
  return {
    url,
    pid: child.pid ?? -1,
    output: () => output,
    kill: () => end(child, 'SIGKILL', exited),
    stop: () => end(child, 'SIGTERM', exited),
  };
}

async function end(child: ChildProcess, signal: NodeJS.Signals, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  await exited;
}

async function waitForHealth(url: string, child: ChildProcess, startupMs: number, output: () => string) {
  const deadline = Date.now() + startupMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited during start-up (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer /api/health within ${startupMs} ms:\n${output()}`);
}

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
