import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createChinaCalendar } from '@govflow/engine';
import {
  createPlatform,
  ManualClock,
  seedDemo,
  SqliteStore,
  type TimerScheduler,
  type UploadOptions,
} from '@govflow/server';

/** A running govflow server for tests: in-memory store, demo catalog and users, manual clock. */
export interface TestServer {
  readonly url: string;
  readonly clock: ManualClock;
  readonly store: SqliteStore;
  readonly scheduler: TimerScheduler;
  close(): Promise<void>;
}

/** Starts the real app on an ephemeral port; `webApp` also serves the built designer. */
export async function startTestServer(
  options: { now?: string; webApp?: boolean; file?: string; seed?: boolean; uploads?: UploadOptions } = {},
): Promise<TestServer> {
  const store = new SqliteStore({ file: options.file ?? ':memory:' });
  if (options.seed !== false) await seedDemo(store);
  const clock = new ManualClock(options.now ?? '2026-09-21T09:00:00+08:00');
  const { app, scheduler, services } = createPlatform({
    store,
    clock,
    calendar: createChinaCalendar(),
    ...(options.uploads ? { uploads: options.uploads } : {}),
    ...(options.webApp ? { webAppDir: fileURLToPath(new URL('../../designer/dist', import.meta.url)) } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    clock,
    store,
    scheduler,
    close: async () => {
      services.lightStream.close();
      await scheduler.stop();
      await services.signals.dispose();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
