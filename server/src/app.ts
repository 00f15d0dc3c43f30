import { bodyParser } from '@koa/bodyparser';
import type { WorkingCalendar } from '@govflow/engine';
import Koa from 'koa';
import { SystemClock, type Clock } from './clock.js';
import { ApiError } from './http/apiError.js';
import { authMiddleware } from './http/authMiddleware.js';
import { errorMiddleware } from './http/errorMiddleware.js';
import { buildOpenApi, type RouteInfo } from './http/openApi.js';
import { REQUEST_CONTENT_TYPES, REQUEST_SCHEMAS } from './routes/requestSchemas.js';
import { serveWebApp } from './http/serveWebApp.js';
import { authRoutes } from './routes/authRoutes.js';
import { caseRoutes } from './routes/caseRoutes.js';
import type { Services } from './routes/context.js';
import { devRoutes } from './routes/devRoutes.js';
import { healthRoutes } from './routes/healthRoutes.js';
import { itemRoutes } from './routes/itemRoutes.js';
import { isItemImportUpload, itemAdminRoutes } from './routes/itemAdminRoutes.js';
import { AuthService } from './services/authService.js';
import { CaseService } from './services/caseService.js';
import { CatalogService } from './services/catalogService.js';
import { CaseCommandRunner } from './services/caseCommandRunner.js';
import { CaseEventBus } from './events/caseEventBus.js';
import { TimerScheduler } from './scheduler/timerScheduler.js';
import { supervisionRoutes } from './routes/supervisionRoutes.js';
import { createFileService, type UploadOptions } from './files/uploadOptions.js';
import { canReadCase } from './organisation/caseAccess.js';
import { departmentSystemRoutes } from './routes/departmentSystemRoutes.js';
import { fileRoutes, UPLOAD_PATH } from './routes/fileRoutes.js';
import { ApiKeyService } from './services/departmentSystems/apiKeyService.js';
import { DepartmentPush } from './services/departmentSystems/departmentPush.js';
import { organisationRoutes } from './routes/organisationRoutes.js';
import { userRoutes } from './routes/userRoutes.js';
import { applicationRoutes } from './routes/applicationRoutes.js';
import { ApplicationService } from './applications/applicationService.js';
import { DEFAULT_FORWARDING_LIMIT_DAYS } from './applications/forwardingDelays.js';
import { ProgressCodeService } from './publicPortal/progressCodeService.js';
import { OrganisationService } from './organisation/organisationService.js';
import { UserAdmin } from './organisation/userAdmin.js';
import { Worklist } from './services/worklist.js';
import { LightStream } from './supervision/lightStream.js';
import { SupervisionService } from './supervision/supervisionService.js';
import { signalRoutes } from './routes/signalRoutes.js';
import { statisticsRoutes } from './routes/statisticsRoutes.js';
import { feedbackRouters } from './routes/feedbackRouters.js';
import { SignalService } from './supervision/signals/signalService.js';
import { calendarRoutes } from './routes/calendarRoutes.js';
import { CalendarService } from './calendar/calendarService.js';
import { LiveCalendar } from './calendar/liveCalendar.js';
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
  /** Uploaded materials: directory (default: a fresh temp directory) and size limits. */
  readonly uploads?: UploadOptions;
  /** Working days a village room or town window may hold an application before forwarding it (default 1). */
  readonly forwardingLimitDays?: number;
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
export function createPlatform(given: AppDeps): Platform {
  // One live calendar for every service: administrators' saved overrides replace its data without a restart.
  const base = given.calendar;
  const deps: AppDeps = { ...given, calendar: new LiveCalendar(base) };
  const bus = new CaseEventBus((error) => deps.onError?.(error));
  const catalog = new CatalogService(deps.store);
  const organisation = new OrganisationService(deps.store, deps.clock);
  const runner = new CaseCommandRunner(deps.store, catalog, deps.clock, deps.calendar, bus, organisation);
  const scheduler = new TimerScheduler({
    store: deps.store,
    runner,
    clock: deps.clock,
    onError: (error) => deps.onError?.(error),
  });
  const supervision = new SupervisionService(deps.store, catalog, deps.clock, deps.calendar, organisation);
  const cases = new CaseService(deps.store, catalog, deps.clock, deps.calendar, runner, bus, organisation);
  const files = createFileService(deps.store, deps.clock, deps.uploads, canReadCase);
  const services: Services = {
    store: deps.store,
    clock: deps.clock,
    // Sessions expire in real time, whatever the business clock says (the demo clock may jump weeks ahead).
    auth: new AuthService(deps.store, new SystemClock()),
    catalog,
    cases,
    bus,
    scheduler,
    supervision,
    lightStream: new LightStream(bus, deps.store, supervision, (error) => deps.onError?.(error)),
    files,
    applications: new ApplicationService(
      {
        store: deps.store,
        clock: deps.clock,
        calendar: deps.calendar,
        catalog,
        organisation,
        cases,
        forwardingLimitDays: deps.forwardingLimitDays ?? DEFAULT_FORWARDING_LIMIT_DAYS,
      },
      files,
    ),
    progressCodes: new ProgressCodeService(deps.store, deps.clock),
    apiKeys: new ApiKeyService(deps.store, deps.clock),
    departmentPush: new DepartmentPush(deps.store, () => services.cases.tasks, deps.clock),
    organisation,
    users: new UserAdmin(deps.store, organisation),
    worklist: new Worklist(deps.store, catalog, supervision),
    signals: new SignalService({
      store: deps.store,
      catalog,
      organisation,
      clock: deps.clock,
      calendar: deps.calendar,
      bus,
      onError: (error) => deps.onError?.(error),
    }),
    calendar: new CalendarService(deps.store, deps.calendar as LiveCalendar, base, deps.clock, deps.onError),
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
    itemAdminRoutes,
    caseRoutes,
    supervisionRoutes,
    signalRoutes,
    fileRoutes,
    departmentSystemRoutes,
    organisationRoutes,
    userRoutes,
    applicationRoutes,
    calendarRoutes,
    (of: Services) => statisticsRoutes(of, deps.calendar),
    ...feedbackRouters(deps.calendar),
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
  const openApi = buildOpenApi(
    [...served, { method: 'GET', path: '/api/openapi.json' }],
    REQUEST_SCHEMAS,
    REQUEST_CONTENT_TYPES,
  );
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
    !(ctx.method === 'POST' && ctx.path === UPLOAD_PATH) &&
    !isItemImportUpload(ctx) &&
    !ctx.is('application/json')
  ) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型，请使用 application/json');
  }
  await next();
}
