import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { SqliteStore } from '@govflow/server';
import Database from 'better-sqlite3';
import { startCheckpointer } from '../../../server/src/store/sqlite/checkpointer.js';
import { GroupCommit } from '../../../server/src/store/sqlite/groupCommit.js';
import { WalSync } from '../../../server/src/store/sqlite/walSync.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

/** Polls `check` until it holds (the checkpointer works on its own thread); fails after `limitMs`. */
async function eventually(check: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A WAL database of 4 KB blobs whose writer never checkpoints by itself: only a test's checkpointer copies the WAL. */
function openBlobStore(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 100000');
  db.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, data TEXT NOT NULL)');
  return db;
}

describe('server / store / the file store syncs its WAL off the event loop and checkpoints in a worker', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-wal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('WalSync', () => {
    it('given a file, when many syncs are asked at once, then every one resolves', async () => {
      const file = join(dir, 'some-wal');
      writeFileSync(file, 'frames');
      const wal = new WalSync(file);
      const asks = Array.from({ length: 50 }, () => wal.sync());
      const settled = await Promise.allSettled(asks);
      expect(settled.map((s) => s.status)).to.deep.equal(Array(50).fill('fulfilled'));
      await wal.sync();
      await wal.close();
    });

    it('given the WAL file cannot be opened, then the sync rejects with the error (nobody hears "done")', async () => {
      const wal = new WalSync(join(dir, 'missing-wal'));
      const error = await wal.sync().then(
        () => undefined,
        (e: NodeJS.ErrnoException) => e,
      );
      expect(error?.code).to.equal('ENOENT');
      await wal.close();
    });
  });

  describe('SqliteStore on a file', () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('given a burst of acceptances, then each answers once committed, the worker copies the WAL into the database file, and all survive a reopen', async () => {
      const file = join(dir, 'govflow.db');
      server = await startTestServer({ file });
      const clerk = await new HttpClient(server.url).login('clerk');
      // The seed's frames reach the database file first: its size settles.
      let settled = statSync(file).size;
      await eventually(() => {
        const size = statSync(file).size;
        const same = size === settled;
        settled = size;
        return same && size > 0;
      }, 'the seed checkpointed');

      const replies = await Promise.all(
        Array.from({ length: 40 }, () => clerk.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION)),
      );
      expect(replies.map((r) => r.status)).to.deep.equal(Array(40).fill(201));
      // The writer's own checkpoint waits for 10,000 frames; 40 cases are far fewer, so a growing database
      // file means the worker copied them.
      await eventually(() => statSync(file).size > settled, 'the database file grew by the checkpointer');

      await server.close();
      server = undefined;
      expect(existsSync(`${file}-wal`), 'the WAL is removed: both connections closed').to.equal(false);
      const reopened = new SqliteStore({ file });
      try {
        for (const reply of replies) expect((await reopened.getCase(reply.body.id))?.id).to.equal(reply.body.id);
      } finally {
        await reopened.close();
      }
    });
  });

  describe('the commit gate', () => {
    it('given a gate that holds, when groups are queued meanwhile, then none commits until it opens, and then all commit in one group, in order', async () => {
      const db = new Database(':memory:');
      db.exec('CREATE TABLE log (n INTEGER NOT NULL)');
      let open = () => {};
      let holding: Promise<void> | undefined = new Promise<void>((resolve) => (open = resolve));
      const group = new GroupCommit(db, undefined, { hold: () => holding });
      const insert = db.prepare('INSERT INTO log (n) VALUES (?)');
      const count = () => (db.prepare('SELECT count(*) AS n FROM log').get() as { n: number }).n;
      const first = group.run(() => insert.run(1));
      await new Promise((resolve) => setImmediate(resolve));
      const later = [2, 3, 4].map((n) => group.run(() => insert.run(n)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(count(), 'nothing written while held').to.equal(0);
      holding = undefined;
      open();
      await Promise.all([first, ...later]);
      expect((db.prepare('SELECT n FROM log ORDER BY rowid').all() as { n: number }[]).map((r) => r.n)).to.deep.equal([
        1, 2, 3, 4,
      ]);
      const stats = group.stats();
      expect(stats, 'one group, held once').to.include({ groups: 1, holds: 1 });
      expect(stats.heldMs, 'held while the gate was shut').to.be.at.least(15);
      db.close();
    });

    it('given the WAL has passed the drain size, then the checkpointer holds the next group until its worker has copied every frame, and the next commit starts the WAL from its beginning', async () => {
      const file = join(dir, 'gate.db');
      const db = openBlobStore(file);
      const checkpointer = startCheckpointer(file, { intervalMs: 20, drainFrames: 200 });
      const wal = new WalSync(`${file}-wal`);
      const group = new GroupCommit(db, wal);
      const insert = db.prepare('INSERT INTO blobs (data) VALUES (?)');
      try {
        await Promise.all(Array.from({ length: 300 }, () => group.run(() => insert.run('x'.repeat(4000)))));
        expect(checkpointer.hold(), 'no hold before the worker has seen the WAL grow').to.equal(undefined);
        await eventually(() => checkpointer.walFrames >= 200, 'the worker saw the WAL pass 200 frames');

        const hold = checkpointer.hold();
        expect(hold, 'a hold once it has').to.be.instanceOf(Promise);
        expect(checkpointer.hold(), 'the same hold while it lasts').to.equal(hold);
        await hold;
        expect(checkpointer.walFrames, 'every frame copied').to.equal(0);
        await group.run(() => insert.run('after the drain'));
        await eventually(
          () => checkpointer.walFrames > 0 && checkpointer.walFrames < 10,
          'the next commit wrote its frames at the start of the WAL',
        );
        expect((db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).to.equal(301);
      } finally {
        await wal.close();
        await checkpointer.close();
        db.close();
      }
    });

    it('given the WAL is past the busy size, then the worker passes at the busy interval, not the idle one', async () => {
      const file = join(dir, 'busy.db');
      const db = openBlobStore(file);
      const insert = db.prepare('INSERT INTO blobs (data) VALUES (?)');
      const insertMany = db.transaction((n: number) => {
        for (let i = 0; i < n; i += 1) insert.run('x'.repeat(4000));
      });
      insertMany(50);
      // A reader's snapshot taken before any checkpoint keeps the WAL from restarting: new frames follow the old.
      const reader = new Database(file);
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM blobs').get();
      // An idle interval no test waits for: only the first pass (at start) and busy passes can report.
      const checkpointer = startCheckpointer(file, {
        intervalMs: 600_000,
        drainFrames: 100_000,
        busyFrames: 20,
        busyIntervalMs: 5,
      });
      try {
        await eventually(() => checkpointer.walFrames >= 50, 'the first pass saw the WAL at start');
        const seen = checkpointer.walFrames;
        insertMany(50);
        await eventually(() => checkpointer.walFrames >= seen + 50, 'a busy pass saw the frames written since');
      } finally {
        if (reader.inTransaction) reader.exec('COMMIT');
        reader.close();
        await checkpointer.close();
        db.close();
      }
    });
  });
});
