import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createChinaCalendar } from '@govflow/engine';
import { createPlatform, seedDemo, SqliteStore, SystemClock, type Platform, type TaskRow } from '@govflow/server';

/** The signed-in user as services see them. */
export type SessionUser = NonNullable<Awaited<ReturnType<Platform['services']['auth']['authenticate']>>>;

/** A valid application for the demo item 失业人员再就业证补办 (JJ-RS-001): 受理 → 审核 → 发证. */
export const REEMPLOYMENT_APPLICATION = {
  itemCode: 'JJ-RS-001',
  applicantName: '王仕碧',
  formData: {
    applicantName: '王仕碧',
    idNumber: '510104196003152846',
    phone: '13980012345',
    address: '成都市锦江区青石桥南街',
    reason: '遗失',
  },
  materials: ['id-card', 'loss-statement'],
};

/** The body that completes the 受理 step of that item (the window verified both materials). */
export const ACCEPT_STEP_BODY = { verifiedMaterials: ['id-card', 'loss-statement'] };

/** The platform as `npm start` runs it, in this process, on an embedded SQLite file, listening on a free port. */
export interface BenchServer {
  readonly url: string;
  readonly store: SqliteStore;
  readonly platform: Platform;
  /** Signs in over HTTP and returns the bearer token. */
  signIn(username: string): Promise<string>;
  /** The signed-in user behind a token, as services see them. */
  user(token: string): Promise<SessionUser>;
  /**
   * The answers the server sent since the last `resetAnswers()`: how many, and the seconds from the first
   * request in to the last answer out. autocannon ends a run of N requests only at its next one-second tick,
   * so its own duration is whole seconds and its rate up to a second short; this one is to the millisecond.
   */
  answers(): { readonly count: number; readonly seconds: number };
  /** Starts counting answers afresh (before a measured run). */
  resetAnswers(): void;
  close(): Promise<void>;
}

/**
 * Starts the real platform the way `server/src/main.ts` does — SQLite store on `file` (WAL, durable
 * group commits, checkpoints in a worker thread), demo catalog and users, the system clock, the timer scheduler and the outbox
 * dispatcher polling — but with notifications delivered to a log that writes nowhere.
 */
export async function startBenchServer(file: string): Promise<BenchServer> {
  const store = new SqliteStore({ file });
  await seedDemo(store);
  const platform = createPlatform({ store, clock: new SystemClock(), calendar: createChinaCalendar() });
  platform.scheduler.start();
  platform.notifications.start();
  const server: Server = await new Promise((resolve) => {
    const s = platform.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const answered = { count: 0, firstInMs: 0, lastOutMs: 0 };
  server.on('request', (_request, response: ServerResponse) => {
    if (answered.firstInMs === 0) answered.firstInMs = performance.now();
    response.on('finish', () => {
      answered.count += 1;
      answered.lastOutMs = performance.now();
    });
  });
  return {
    url,
    store,
    platform,
    signIn: async (username) => {
      const response = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'govflow' }),
      });
      if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    },
    user: async (token) => {
      const user = await platform.services.auth.authenticate(token);
      if (!user) throw new Error('unknown token');
      return user;
    },
    answers: () => ({ count: answered.count, seconds: (answered.lastOutMs - answered.firstInMs) / 1000 }),
    resetAnswers: () => Object.assign(answered, { count: 0, firstInMs: 0, lastOutMs: 0 }),
    close: async () => {
      platform.services.lightStream.close();
      await platform.scheduler.stop();
      await platform.notifications.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/**
 * Accepts `count` cases through the intake service (the same code `POST /api/cases` runs, without
 * HTTP), 50 at a time, and returns the public ids of their open 受理 tasks.
 */
export async function prepareOpenTasks(server: BenchServer, clerk: SessionUser, count: number): Promise<string[]> {
  const ids: string[] = [];
  const accept = async (): Promise<void> => {
    const record = await server.platform.services.cases.intake(clerk, REEMPLOYMENT_APPLICATION);
    const task = record.state.tasks[0];
    if (!task) throw new Error(`case ${record.id} has no open task`);
    ids.push(`${record.id}.${task.id}`);
  };
  for (let done = 0; done < count; done += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - done) }, accept));
  }
  return ids;
}

/** Every open task row, for checks after a run. */
export function openTasks(server: BenchServer, limit: number): Promise<readonly TaskRow[]> {
  return server.store.listOpenTasks(limit);
}
