import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/** One load test's outcome, as the report shows it. */
export interface LoadResult {
  readonly title: string;
  readonly connections: number;
  /** Requests answered. */
  readonly requests: number;
  /** The run's length: autocannon's own (whole seconds, see `BenchServer.answers`) unless the caller measured it. */
  readonly seconds: number;
  /** autocannon's duration, when `seconds` was measured at the server instead. */
  readonly autocannonSeconds?: number;
  /** Answered requests per second over the whole run. */
  readonly perSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly statusCodes: Readonly<Record<string, number>>;
}

/** A POST every request of which has the same JSON body (and, with `taskList`, a path set per request). */
export interface LoadTestOptions {
  readonly title: string;
  readonly url: string;
  readonly path: string;
  readonly token: string;
  readonly body: unknown;
  readonly connections: number;
  /** Stop after this many requests... */
  readonly amount?: number;
  /** ...or after this many seconds. */
  readonly seconds?: number;
  /**
   * A JSON file of public task ids: each request completes the next one (`lib/nextTaskRequest.cjs`),
   * so every request completes a different task.
   */
  readonly taskList?: string;
}

const NEXT_TASK_REQUEST = fileURLToPath(new URL('./nextTaskRequest.cjs', import.meta.url));

/**
 * Runs autocannon in one worker thread, so the load generator does not share the server's event loop
 * (on a 2-core machine: the server has one core, the generator the other).
 */
export async function loadTest(options: LoadTestOptions): Promise<LoadResult> {
  if (options.taskList) process.env['GOVFLOW_BENCH_TASKS'] = options.taskList;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    workers: 1,
    ...(options.amount === undefined ? { duration: options.seconds ?? 10 } : { amount: options.amount }),
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    requests: [
      {
        method: 'POST',
        path: options.path,
        body: JSON.stringify(options.body),
        ...(options.taskList ? { setupRequest: NEXT_TASK_REQUEST } : {}),
      },
    ],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stats.count ?? 0;
  const answered = result['2xx'] + result.non2xx;
  return {
    title: options.title,
    connections: options.connections,
    requests: answered,
    seconds: result.duration,
    perSecond: answered / result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes,
  };
}
