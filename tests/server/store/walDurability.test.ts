import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { SqliteStore } from '@govflow/server';
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
});
