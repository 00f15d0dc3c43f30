import { randomUUID } from 'node:crypto';
import type { OutboxEntry } from '../store/outbox.js';
import type { Store } from '../store/port.js';
import { notifierFor, type NotifierRoutes } from './notifier.js';
import { DEFAULT_RETRY_POLICY, nextRetryAt, type RetryPolicy } from './retryPolicy.js';

/** Options of the notification dispatcher. */
export interface NotificationDispatcherOptions {
  readonly store: Store;
  readonly notifiers: NotifierRoutes;
  /** This process's lease owner name (default: a random id). */
  readonly owner?: string;
  /** How long a claimed message is reserved for this process; keep it above the notifiers' timeouts (default 60 s). */
  readonly leaseMs?: number;
  /** Messages claimed and delivered concurrently per round (default 20). */
  readonly batchSize?: number;
  readonly retry?: RetryPolicy;
  /** Real time in epoch ms (default `Date.now`); deliveries and retries run on real time, never the demo clock. */
  readonly now?: () => number;
  /** Told of every failed attempt and of store errors; never throws into a command. */
  readonly onError?: (error: unknown, message: OutboxEntry | undefined) => void;
}

/** What one pass did. */
export interface DispatchResult {
  readonly delivered: number;
  /** Failed attempts that will be retried. */
  readonly retried: number;
  /** Failed attempts that made the message a dead letter. */
  readonly dead: number;
}

/**
 * Delivers the outbox: claims due messages with a lease (two processes never send the same one at
 * once), hands each to the notifier of its channel, and records the outcome — delivered, or failed with
 * the next attempt after an exponential backoff, or a dead letter once the attempts are spent.
 * Commands only write the outbox, so a slow or broken gateway never blocks one. Delivery is at least once.
 */
export class NotificationDispatcher {
  private readonly owner: string;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly retry: RetryPolicy;
  private readonly now: () => number;
  private handle: NodeJS.Timeout | undefined;
  private running: Promise<DispatchResult> | undefined;

  constructor(private readonly options: NotificationDispatcherOptions) {
    this.owner = options.owner ?? `notifier-${randomUUID()}`;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.batchSize = options.batchSize ?? 20;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.now = options.now ?? Date.now;
  }

  /** Delivers every message due now, round after round while full rounds come back. */
  deliverDue(): Promise<DispatchResult> {
    // One pass at a time: a poll that comes while a pass runs waits for it instead of racing it.
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Polls every `intervalMs` of real time. */
  start(intervalMs = 1000): void {
    if (this.handle) return;
    this.handle = setInterval(() => void this.deliverDue(), intervalMs);
    this.handle.unref();
  }

  /** Stops polling and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.handle) clearInterval(this.handle);
    this.handle = undefined;
    await this.running;
  }

  private async pass(): Promise<DispatchResult> {
    const total = { delivered: 0, retried: 0, dead: 0 };
    for (;;) {
      let batch: readonly OutboxEntry[];
      try {
        const now = this.now();
        batch = await this.options.store.claimOutbox(now, this.owner, now + this.leaseMs, this.batchSize);
      } catch (error) {
        this.options.onError?.(error, undefined);
        return total;
      }
      const outcomes = await Promise.all(batch.map((message) => this.deliver(message)));
      for (const outcome of outcomes) if (outcome) total[outcome] += 1;
      if (batch.length < this.batchSize) return total;
    }
  }

  private async deliver(message: OutboxEntry): Promise<keyof DispatchResult | undefined> {
    const key = { caseId: message.caseId, id: message.id };
    try {
      await notifierFor(this.options.notifiers, message.channel).deliver(message);
    } catch (error) {
      this.options.onError?.(error, message);
      const retryAt = nextRetryAt(message.attempts + 1, this.now(), this.retry);
      return this.record(message, async () => {
        await this.options.store.markOutboxFailed(key, { error: describe(error), retryAt });
        return retryAt === null ? 'dead' : 'retried';
      });
    }
    return this.record(message, async () => {
      await this.options.store.markOutboxDelivered(key, new Date(this.now()).toISOString());
      return 'delivered';
    });
  }

  /** Runs a store update; if the store fails, the lease simply expires and the message is tried again. */
  private async record(
    message: OutboxEntry,
    update: () => Promise<keyof DispatchResult>,
  ): Promise<keyof DispatchResult | undefined> {
    try {
      return await update();
    } catch (error) {
      this.options.onError?.(error, message);
      return undefined;
    }
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}
