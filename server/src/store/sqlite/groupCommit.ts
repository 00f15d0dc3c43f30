import type Database from 'better-sqlite3';
import { withoutCommitSync, type WalSync } from './walSync.js';

interface Pending {
  readonly work: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly value: unknown } | { readonly error: unknown };

/** What may hold the next group back for a moment without blocking the event loop (see `Checkpointer`). */
export interface CommitGate {
  /** A promise to wait for before the next group commits, or `undefined` to commit now. */
  hold(): Promise<void> | undefined;
}

/** What the group commit has done since it started (for benchmarks and diagnostics). */
export interface GroupCommitStats {
  /** Groups committed (or rolled back). */
  readonly groups: number;
  /** Groups the gate held back, and the milliseconds they waited in all. */
  readonly holds: number;
  readonly heldMs: number;
}

/**
 * Group commit for the embedded store. With `synchronous = FULL` every COMMIT waits for the disk (an
 * fsync), and better-sqlite3 waits on the event loop's thread, so one commit per command caps the server at
 * one command per fsync. Here the writes queued during one turn of the event loop run together at its end:
 * one transaction, each write in its own savepoint (a write that throws — a version conflict, a duplicate —
 * rolls back alone and rejects alone), one COMMIT and so one fsync for the whole group. Every promise settles
 * only once that COMMIT is on disk: a caller still hears "done" only once its write is.
 *
 * Writes run when the group runs, not when queued, so nothing reads another command's uncommitted data.
 *
 * With a file database the group commits with `synchronous = NORMAL` and its durability comes from a
 * `WalSync` (fdatasync of the WAL on the thread pool), so the event loop serves the next requests while the
 * disk syncs; the connection stays `FULL` for every other write. In memory there is nothing to sync.
 *
 * A `CommitGate` may hold a group back (the queue keeps filling, the event loop keeps serving): the
 * checkpointer does so when the WAL has grown, so that its worker can copy the last frames while nothing is
 * written and the next commit starts the WAL afresh — instead of the writer's own checkpoint doing it inside
 * a COMMIT, on the event loop, with two fsyncs.
 */
export class GroupCommit {
  private pending: Pending[] = [];
  private held = false;
  private readonly counts = { groups: 0, holds: 0, heldMs: 0 };

  constructor(
    private readonly db: Database.Database,
    private readonly wal?: WalSync,
    private readonly gate?: CommitGate,
  ) {}

  /** Queues a write (synchronous SQLite work) for this turn's group; resolves with its result once committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.length === 1 && !this.held) setImmediate(() => this.flushUnlessHeld());
    });
  }

  /** Counts of what the group commit has done since it started. */
  stats(): GroupCommitStats {
    return { ...this.counts };
  }

  private flushUnlessHeld(): void {
    const hold = this.gate?.hold();
    if (!hold) return this.flush();
    this.held = true;
    const heldAt = performance.now();
    const release = () => {
      this.held = false;
      this.counts.holds += 1;
      this.counts.heldMs += performance.now() - heldAt;
      this.flush();
    };
    hold.then(release, release);
  }

  /** Runs and commits the queued group now, held or not (also before the database closes). */
  flush(): void {
    const group = this.pending;
    if (group.length === 0) return;
    this.pending = [];
    this.counts.groups += 1;
    const run = () => this.commitGroup(group);
    let committed: ReturnType<typeof run>;
    try {
      // With a file database the group's durability comes from the WAL sync below, not from its COMMIT.
      committed = this.wal ? withoutCommitSync(this.db, run) : run();
    } catch (error) {
      // The pragma itself failed (a closed database): nothing of the group ran.
      committed = { failure: error };
    }
    if ('failure' in committed) {
      for (const entry of group) entry.reject(committed.failure);
      return;
    }
    if (!this.wal) return this.settle(group, committed.outcomes);
    this.wal.sync().then(
      () => this.settle(group, committed.outcomes),
      (error: unknown) => group.forEach((entry) => entry.reject(error)),
    );
  }

  /** One transaction for the group, each write in its own savepoint; rolled back whole if it cannot commit. */
  private commitGroup(group: readonly Pending[]): { outcomes: Outcome[] } | { failure: unknown } {
    const outcomes: Outcome[] = [];
    let failure: { error: unknown } | undefined;
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const entry of group) {
        try {
          outcomes.push({ value: this.db.transaction(entry.work)() });
        } catch (error) {
          // Some errors (disk full, I/O) make SQLite roll back the whole transaction: nothing of the group stands.
          if (!this.db.inTransaction) {
            failure = { error };
            break;
          }
          outcomes.push({ error });
        }
      }
      if (!failure) this.db.exec('COMMIT');
    } catch (error) {
      failure = { error };
    }
    if (!failure) return { outcomes };
    if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
    return { failure: failure.error };
  }

  private settle(group: readonly Pending[], outcomes: readonly Outcome[]): void {
    group.forEach((entry, i) => {
      const outcome = outcomes[i] as Outcome;
      if ('error' in outcome) entry.reject(outcome.error);
      else entry.resolve(outcome.value);
    });
  }
}
