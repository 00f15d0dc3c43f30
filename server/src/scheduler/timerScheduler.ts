import { randomUUID } from 'node:crypto';
import { EngineError } from '@govflow/engine';
import type { Clock } from '../clock.js';
import type { CaseCommandRunner } from '../services/caseCommandRunner.js';
import { CaseConflictError, type DueTimer, type Store } from '../store/port.js';

/** Options of the timer scheduler. */
export interface TimerSchedulerOptions {
  readonly store: Store;
  readonly runner: CaseCommandRunner;
  readonly clock: Clock;
  /** This process's lease owner name (default: a random id). */
  readonly owner?: string;
  /** How long a claimed timer is reserved for this process (default 30 s of real time). */
  readonly leaseMs?: number;
  /** Timers claimed per round (default 200). */
  readonly batchSize?: number;
  readonly onError?: (error: unknown, timer: DueTimer) => void;
}

/**
 * Fires due timers durably: reads them from the store's index (earliest first), leases them so that
 * two server processes never fire the same one, fires each through the engine and commits. After
 * downtime, `fireDue` catches up every missed timer in order. The engine owns no waiting; this does.
 */
export class TimerScheduler {
  private readonly owner: string;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private handle: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly options: TimerSchedulerOptions) {
    this.owner = options.owner ?? `scheduler-${randomUUID()}`;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.batchSize = options.batchSize ?? 200;
  }

  /** Fires every timer due now, in due order, round after round until none is left; returns how many fired. */
  fireDue(): Promise<number> {
    // One pass at a time: a poll that comes while a pass runs waits for it instead of racing it.
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  /**
   * Polls every `intervalMs` of real time. The default (250 ms, one indexed read of the due timers when
   * none is due) keeps a light change within a second of its due instant, fired and pushed.
   */
  start(intervalMs = 250): void {
    if (this.handle) return;
    this.handle = setInterval(() => void this.fireDue(), intervalMs);
    this.handle.unref();
  }

  /** Stops polling and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.handle) clearInterval(this.handle);
    this.handle = undefined;
    await this.running;
  }

  private async pass(): Promise<number> {
    let fired = 0;
    for (;;) {
      const now = this.options.clock.now().toISOString();
      const batch = await this.options.store.claimDueTimers(now, this.owner, Date.now() + this.leaseMs, this.batchSize);
      if (batch.length === 0) return fired;
      // Each case's timers in due order, the cases side by side, so that their commits share one fsync.
      const byCase = new Map<string, DueTimer[]>();
      for (const timer of batch) byCase.set(timer.caseId, [...(byCase.get(timer.caseId) ?? []), timer]);
      const counts = await Promise.all([...byCase.values()].map((timers) => this.fireInOrder(timers)));
      fired += counts.reduce((sum, count) => sum + count, 0);
    }
  }

  private async fireInOrder(timers: readonly DueTimer[]): Promise<number> {
    let fired = 0;
    for (const timer of timers) if (await this.fire(timer)) fired += 1;
    return fired;
  }

  private async fire(timer: DueTimer, attempt = 1): Promise<boolean> {
    const { store, runner } = this.options;
    const record = await store.getCase(timer.caseId);
    if (!record || record.state.status !== 'running') {
      await store.refreshDerived(timer.caseId);
      return false;
    }
    try {
      await runner.apply(record, { type: 'fireTimer', timerId: timer.id });
      return true;
    } catch (error) {
      if (error instanceof CaseConflictError && attempt < 3) return this.fire(timer, attempt + 1);
      if (error instanceof EngineError && (error.code === 'TIMER_NOT_FOUND' || error.code === 'CASE_CLOSED')) {
        await store.refreshDerived(timer.caseId);
        return false;
      }
      this.options.onError?.(error, timer);
      return false;
    }
  }
}
