import { forwardingLimitFromEnv } from './applications/forwardingLimit.js';
import { fileURLToPath } from 'node:url';
import { createChinaCalendar } from '@govflow/engine';
import pino from 'pino';
import { createPlatform } from './app.js';
import { ManualClock, SystemClock } from './clock.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demoUsers.js';
import { seedDemo } from './demo/seedDemo.js';
import { createNotifiers, notifierConfigFromEnv } from './notifications/index.js';
import { uploadOptionsFromEnv } from './files/uploadOptions.js';
import { openStore } from './store/openStore.js';

const logger = pino({ name: 'govflow' });
const port = Number(process.env['PORT'] ?? 3000);
const dataDir = process.env['GOVFLOW_DATA_DIR'] ?? 'data';
const clock = process.env['GOVFLOW_CLOCK'] === 'manual' ? new ManualClock() : new SystemClock();

// MONGODB_URI selects the MongoDB adapter; otherwise the embedded SQLite file under GOVFLOW_DATA_DIR.
const { store, kind: storeKind, location } = await openStore({ mongodbUri: process.env['MONGODB_URI'], dataDir });
logger.info({ store: storeKind, location }, '存储已打开');
const seeded = await seedDemo(store);
const { app, scheduler, notifications, services } = createPlatform({
  store,
  clock,
  calendar: createChinaCalendar(),
  webAppDir: fileURLToPath(new URL('../../designer/dist', import.meta.url)),
  // Uploaded materials under <GOVFLOW_DATA_DIR>/files; GOVFLOW_UPLOAD_MAX_MB / GOVFLOW_UPLOAD_MAX_FILES set the limits.
  uploads: uploadOptionsFromEnv(process.env, dataDir),
  // GOVFLOW_FORWARDING_LIMIT_DAYS: working days a village room or town window may hold an application (default 1).
  forwardingLimitDays: forwardingLimitFromEnv(process.env),
  onError: (error) => logger.error({ err: error }, '请求处理失败'),
  // GOVFLOW_WEBHOOK_URL sends SMS notifications to a gateway by HTTP POST; without it they go to the log.
  notifiers: createNotifiers(notifierConfigFromEnv(process.env, (message, fields) => logger.info(fields, message))),
  onNotificationError: (error, message) =>
    logger.warn({ err: error, caseId: message?.caseId, id: message?.id }, '通知投递失败，稍后按退避策略重试或转入死信'),
});
// The administrators' calendar overrides are in use before any deadline is computed.
await services.calendar.ready();
// Catch up every timer missed while the server was down, in due order, then poll.
const caughtUp = await scheduler.fireDue();
scheduler.start();
notifications.start();
// Signals whose answer is overdue are flagged even in idle hours.
services.signals.start();
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
      void Promise.all([scheduler.stop(), notifications.stop(), services.signals.dispose()])
        .then(() => store.close())
        .then(() => process.exit(0)),
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
