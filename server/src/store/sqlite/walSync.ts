import { closeSync, fdatasync, openSync } from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * Runs `work` with `synchronous = NORMAL` — its commits reach the OS, not yet the disk — and restores `FULL`
 * after. Only for commits that a `WalSync` makes durable before anyone hears of them, or that need no durability.
 */
export function withoutCommitSync<T>(db: Database.Database, work: () => T): T {
  db.exec('PRAGMA synchronous = NORMAL');
  try {
    return work();
  } finally {
    if (db.open) db.exec('PRAGMA synchronous = FULL');
  }
}

/**
 * Makes the SQLite write-ahead log durable off the event loop. The group commit commits with
 * `synchronous = NORMAL` (the frames reach the OS, not yet the disk) and then asks for a sync here:
 * `fdatasync` of the WAL file runs on libuv's thread pool while the event loop goes on serving requests,
 * and the group's callers hear "done" only once a sync that started after their COMMIT has finished. A
 * sync covers every frame written before it, so requests arriving while one is in flight share the next.
 *
 * Why this is as durable as `synchronous = FULL` for what is acknowledged: a commit's frames are appended to
 * the WAL (or, after a checkpoint has copied everything, written from its start under a new header that
 * SQLite syncs itself in NORMAL mode); the fdatasync flushes the file's data and size, so recovery after a
 * power loss finds every acknowledged commit. A process crash loses nothing written to the OS either way.
 */
export class WalSync {
  private fd: number | undefined;
  private running: Promise<void> | undefined;
  /** The sync that will start when the running one ends, shared by everyone who asks meanwhile. */
  private next: Promise<void> | undefined;

  /** @param walFile the database's `-wal` file (it exists once the database is in WAL mode and written). */
  constructor(private readonly walFile: string) {}

  /** Resolves once everything written to the WAL before this call is on disk. */
  sync(): Promise<void> {
    if (!this.running) return (this.running = this.start());
    return (this.next ??= this.running.then(
      () => this.promote(),
      () => this.promote(),
    ));
  }

  /** Closes the file (after the last sync; the store closes the database next). */
  async close(): Promise<void> {
    await Promise.allSettled([this.running, this.next]);
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private promote(): Promise<void> {
    this.next = undefined;
    return (this.running = this.start());
  }

  private start(): Promise<void> {
    const sync = new Promise<void>((resolve, reject) => {
      try {
        this.fd ??= openSync(this.walFile, 'r+');
      } catch (error) {
        reject(error);
        return;
      }
      fdatasync(this.fd, (error) => (error ? reject(error) : resolve()));
    });
    const settle = () => {
      if (this.running === sync) this.running = undefined;
    };
    sync.then(settle, settle);
    return sync;
  }
}
