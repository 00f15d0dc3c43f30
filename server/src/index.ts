/**
 * `@govflow/server` — the koa application: store, services, routes and the demo start.
 *
 * @example
 * ```ts
 * import { createApp, SqliteStore, SystemClock } from '@govflow/server';
 * import { createChinaCalendar } from '@govflow/engine';
 * const app = createApp({ store: new SqliteStore({ file: 'data/govflow.db' }), clock: new SystemClock(), calendar: createChinaCalendar() });
 * app.listen(3000);
 * ```
 */
export { createApp, createPlatform, type AppDeps, type Platform } from './app.js';
export { DEFAULT_UPLOAD_LIMITS, uploadOptionsFromEnv, type UploadOptions } from './files/uploadOptions.js';
export { CaseEventBus, type CaseEventListener, type PublishedCaseEvent } from './events/caseEventBus.js';
export { TimerScheduler, type TimerSchedulerOptions } from './scheduler/timerScheduler.js';
export { ManualClock, SystemClock, type Clock } from './clock.js';
export { DEMO_PASSWORD, DEMO_USERS } from './demo/demoUsers.js';
export { seedDemo } from './demo/seedDemo.js';
export { GENESIS_HASH, hashEvent, type ChainAlgorithm } from './store/hashChain.js';
export * from './store/port.js';
export { SqliteStore, type SqliteStoreOptions } from './store/sqlite/sqliteStore.js';
export { MIGRATIONS, migrate, schemaVersion } from './store/sqlite/migrations.js';
export { selectDueTimers } from './store/sqlite/timerHeads.js';
export { startPageWarmer, type PageWarmer } from './store/sqlite/pageWarmer.js';
export { MongoStore, type MongoStoreOptions } from './store/mongo/mongoStore.js';
export { openStore, redactUri, type OpenedStore, type StoreConfig } from './store/openStore.js';
export * from './notifications/index.js';
export * from './applications/index.js';
export * from './supervision/statistics/index.js';
