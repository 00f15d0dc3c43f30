import { fileURLToPath } from 'node:url';
import { createChinaCalendar } from '@govflow/engine';
import pino from 'pino';
import { createPlatform } from './app.js';
import { ManualClock, SystemClock } from './clock.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demoUsers.js';
import { seedDemo } from './demo/seedDemo.js';
import { SqliteStore } from './store/sqlite/sqliteStore.js';

const logger = pino({ name: 'govflow' });
const port = Number(process.env['PORT'] ?? 3000);
const dataDir = process.env['GOVFLOW_DATA_DIR'] ?? 'data';
const clock = process.env['GOVFLOW_CLOCK'] === 'manual' ? new ManualClock() : new SystemClock();

if (process.env['MONGODB_URI']) {
  logger.warn('MONGODB_URI 已设置，但 MongoDB 适配器尚未提供（见服务端议题）；当前使用内置 SQLite 存储');
}
const store = new SqliteStore({ file: `${dataDir}/govflow.db` });
const seeded = await seedDemo(store);
const { app, scheduler } = createPlatform({
  store,
  clock,
  calendar: createChinaCalendar(),
  webAppDir: fileURLToPath(new URL('../../designer/dist', import.meta.url)),
  onError: (error) => logger.error({ err: error }, '请求处理失败'),
});
// Catch up every timer missed while the server was down, in due order, then poll.
const caughtUp = await scheduler.fireDue();
scheduler.start();
const server = app.listen(port, () => {
  if (caughtUp > 0) logger.info({ caughtUp }, '已补发停机期间到期的定时器');
  logger.info(
    { port, dataDir, seeded: seeded.seeded, items: seeded.items, clock: clock.manual ? 'manual' : 'system' },
    'govflow 已启动',
  );
  logger.info(
    `请在浏览器打开 http://localhost:${port} ，演示账号：${DEMO_USERS.map((u) => u.username).join(' / ')}，密码均为 ${DEMO_PASSWORD}`,
  );
});

const shutdown = (signal: string): void => {
  logger.info({ signal }, 'govflow 正在停止');
  server.close(
    () =>
      void scheduler
        .stop()
        .then(() => store.close())
        .then(() => process.exit(0)),
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
