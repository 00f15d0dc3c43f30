import type { HttpClient } from './httpClient.js';

/** A command the server acknowledged (answered 2xx), with the case version its reply reported. */
export interface Acknowledged {
  readonly kind: 'intake' | 'complete';
  readonly caseId: string;
  /** The completed task's public id (`<caseId>.<taskId>`), for completions. */
  readonly taskId?: string;
  readonly version: number;
}

/** The case summary a command answers with (the fields the burst needs). */
export interface CommandReply {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly tasks: readonly { readonly id: string; readonly name: string }[];
}

/** What a burst saw: every acknowledgement, every refusal (non-2xx), and how many commands never got an answer. */
export interface BurstOutcome {
  readonly acknowledged: readonly Acknowledged[];
  readonly refused: readonly { readonly path: string; readonly status: number; readonly body: unknown }[];
  readonly unanswered: number;
}

/** Sends one command; resolves to its reply when acknowledged, to undefined when refused or unanswered. */
export type Send = (
  client: HttpClient,
  path: string,
  body: unknown,
  kind: Acknowledged['kind'],
) => Promise<CommandReply | undefined>;

/** A sequence of dependent commands on one case (each needs the reply of the one before). */
export type Chain = (send: Send) => Promise<void>;

/** How the burst runs: chains in parallel, and the kill fired once `killAfter` commands were acknowledged. */
export interface BurstOptions {
  readonly concurrency: number;
  readonly killAfter: number;
  readonly kill: () => Promise<void>;
}

/**
 * Runs the chains `concurrency` at a time and records what the server acknowledged. When the
 * `killAfter`-th acknowledgement arrives, `kill` runs while the other commands are still in flight;
 * a chain stops at its first command without a 2xx answer.
 */
export async function runBurst(chains: readonly Chain[], options: BurstOptions): Promise<BurstOutcome> {
  const acknowledged: Acknowledged[] = [];
  const refused: { path: string; status: number; body: unknown }[] = [];
  let unanswered = 0;
  let killing: Promise<void> | undefined;
  const send: Send = async (client, path, body, kind) => {
    let reply;
    try {
      reply = await client.post<CommandReply>(path, body);
    } catch {
      unanswered += 1;
      return undefined;
    }
    if (reply.status < 200 || reply.status > 299) {
      refused.push({ path, status: reply.status, body: reply.body });
      return undefined;
    }
    const taskId = kind === 'complete' ? path.split('/')[3] : undefined;
    acknowledged.push({ kind, caseId: reply.body.id, version: reply.body.version, ...(taskId ? { taskId } : {}) });
    if (acknowledged.length === options.killAfter) killing = options.kill();
    return reply.body;
  };
  const queue = [...chains];
  const worker = async (): Promise<void> => {
    for (let chain = queue.shift(); chain; chain = queue.shift()) await chain(send);
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  await killing;
  return { acknowledged, refused, unanswered };
}

/** A random whole number in [min, max]. */
export function randomBetween(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}
