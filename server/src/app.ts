import { bodyParser } from '@koa/bodyparser';
import type { WorkingCalendar } from '@govflow/engine';
import Koa from 'koa';
import { SystemClock, type Clock } from './clock.js';
import { ApiError } from './http/apiError.js';
import { authMiddleware } from './http/authMiddleware.js';
import { errorMiddleware } from './http/errorMiddleware.js';
import { buildOpenApi, type RouteInfo } from './http/openApi.js';
import { REQUEST_SCHEMAS } from './routes/requestSchemas.js';
import { serveWebApp } from './http/serveWebApp.js';
import { authRoutes } from './routes/authRoutes.js';
import { caseRoutes } from './routes/caseRoutes.js';
import type { Services } from './routes/context.js';
import { devRoutes } from './routes/devRoutes.js';
import { healthRoutes } from './routes/healthRoutes.js';
import { itemRoutes } from './routes/itemRoutes.js';
import { AuthService } from './services/authService.js';
import { CaseService } from './services/caseService.js';
import { CatalogService } from './services/catalogService.js';
import { CaseCommandRunner } from './services/caseCommandRunner.js';
import { CaseEventBus } from './events/caseEventBus.js';
import { TimerScheduler } from './scheduler/timerScheduler.js';
import { supervisionRoutes } from './routes/supervisionRoutes.js';
import { LightStream } from './supervision/lightStream.js';
import { SupervisionService } from './supervision/supervisionService.js';
import type { OutboxEntry, Store } from './store/port.js';
import { LogNotifier, NotificationDispatcher, type NotifierRoutes } from './notifications/index.js';

/** What the app is built from; everything with state or time is injected. */
export interface AppDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly calendar: WorkingCalendar;
  /** The built web app to serve; none in API-only tests. */
  readonly webAppDir?: string;
  /** Called with unexpected errors (the log). */
  readonly onError?: (error: unknown) => void;
  /** Who delivers the outbox (default: a log notifier that writes nowhere). */
  readonly notifiers?: NotifierRoutes;
  /** Told of each failed delivery attempt (default: `onError`). */
  readonly onNotificationError?: (error: unknown, message: OutboxEntry | undefined) => void;
}

/** Largest JSON body accepted. */
const JSON_LIMIT = '1mb';

/** The assembled platform: the HTTP app and the services behind it, including the timer scheduler. */
export interface Platform {
  readonly app: Koa;
  readonly services: Services;
  readonly scheduler: TimerScheduler;
  /** Delivers the outbox (not started: the caller decides when to poll). */
  readonly notifications: NotificationDispatcher;
}

/**
 * Assembles the platform: services on the injected store, clock and calendar; the koa app (no
 * `listen` inside) with error mapping first, then auth, routes and the web app; and the durable
 * timer scheduler (not started: the caller decides when to poll).
 */
export function createPlatform(deps: AppDeps): Platform {
  const bus = new CaseEventBus((error) => deps.onError?.(error));
  const catalog = new CatalogService(deps.store);
  const runner = new CaseCommandRunner(deps.store, catalog, deps.clock, deps.calendar, bus);
  const scheduler = new TimerScheduler({
    store: deps.store,
    runner,
    clock: deps.clock,
    onError: (error) => deps.onError?.(error),
  });
  const supervision = new SupervisionService(deps.store, catalog, deps.clock, deps.calendar);
  const services: Services = {
    store: deps.store,
    clock: deps.clock,
    // Sessions expire in real time, whatever the business clock says (the demo clock may jump weeks ahead).
    auth: new AuthService(deps.store, new SystemClock()),
    catalog,
    cases: new CaseService(deps.store, catalog, deps.clock, deps.calendar, runner, bus),
    bus,
    scheduler,
    supervision,
    lightStream: new LightStream(bus, deps.store, supervision, (error) => deps.onError?.(error)),
  };
  const notifications = new NotificationDispatcher({
    store: deps.store,
    notifiers: deps.notifiers ?? { default: new LogNotifier(() => undefined) },
    onError: deps.onNotificationError ?? ((error) => deps.onError?.(error)),
  });
  return { app: buildApp(deps, services), services, scheduler, notifications };
}

/** Builds the koa application alone (see `createPlatform` for the scheduler and services). */
export function createApp(deps: AppDeps): Koa {
  return createPlatform(deps).app;
}

function buildApp(deps: AppDeps, services: Services): Koa {
  const app = new Koa();
  app.proxy = false;
  app.on('error', (error: unknown) => deps.onError?.(error));
  app.use(errorMiddleware);
  app.use(requireJsonForWrites);
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: JSON_LIMIT, encoding: 'utf-8' }));
  app.use(authMiddleware(services.auth));
  const routers = [
    healthRoutes,
    authRoutes,
    itemRoutes,
    caseRoutes,
    supervisionRoutes,
    ...(deps.clock.manual ? [devRoutes] : []),
  ];
  const served: RouteInfo[] = [];
  for (const build of routers) {
    const router = build(services);
    for (const layer of router.stack) {
      for (const method of layer.methods) if (method !== 'HEAD') served.push({ method, path: String(layer.path) });
    }
    app.use(router.routes()).use(router.allowedMethods());
  }
  const openApi = buildOpenApi([...served, { method: 'GET', path: '/api/openapi.json' }], REQUEST_SCHEMAS);
  app.use(async (ctx, next) => {
    if (ctx.method !== 'GET' || ctx.path !== '/api/openapi.json') return next();
    ctx.body = openApi;
  });
  app.use(async (ctx, next) => {
    if (ctx.path.startsWith('/api/')) throw new ApiError(404, 'NOT_FOUND', `接口不存在：${ctx.method} ${ctx.path}`);
    await next();
  });
  if (deps.webAppDir) app.use(serveWebApp(deps.webAppDir));
  return app;
}

async function requireJsonForWrites(ctx: Koa.Context, next: Koa.Next): Promise<void> {
  const hasBody = Number(ctx.get('content-length') || 0) > 0 || ctx.get('transfer-encoding') !== '';
  if (
    ctx.path.startsWith('/api/') &&
    ['POST', 'PUT', 'PATCH'].includes(ctx.method) &&
    hasBody &&
    !ctx.is('application/json')
  ) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型，请使用 application/json');
  }
  await next();
}
