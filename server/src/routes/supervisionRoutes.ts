import { Router } from '@koa/router';
import type { Context } from 'koa';
import { ApiError } from '../http/apiError.js';
import { requireUser } from '../http/authMiddleware.js';
import type { SessionUser } from '../services/authService.js';
import { LIGHT_NAMES, type Light } from '../supervision/classifyLight.js';
import type { Services } from './context.js';

const LIGHTS = Object.keys(LIGHT_NAMES) as Light[];

/** Real-time monitoring: the board, the drill-down, one case's lights, and the live stream. */
export function supervisionRoutes(services: Services): Router {
  const router = new Router();
  router.get('/api/supervision/board', async (ctx) => {
    ctx.body = await services.supervision.board(requireUser(ctx), filterOf(ctx));
  });
  router.get('/api/supervision/cases', async (ctx) => {
    const user = requireUser(ctx);
    const light = text(ctx, 'light');
    if (light !== undefined && !LIGHTS.includes(light as Light)) {
      throw new ApiError(400, 'VALIDATION_FAILED', `灯色只能是 ${LIGHTS.join('、')} 之一`, { light });
    }
    ctx.body = await services.supervision.cases(user, {
      ...filterOf(ctx),
      ...(light ? { light: light as Light } : {}),
    });
  });
  router.get('/api/cases/:id/lights', async (ctx) => {
    ctx.body = await services.supervision.lightsOf(
      await services.cases.getCase(requireUser(ctx), ctx.params['id'] ?? ''),
    );
  });
  router.get('/api/supervision/stream', async (ctx) => {
    const reader = await streamUser(ctx, services);
    ctx.request.socket.setTimeout(0);
    ctx.set({ 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    ctx.type = 'text/event-stream';
    ctx.status = 200;
    ctx.body = services.lightStream.connect(reader);
  });
  return router;
}

/** EventSource cannot send headers: the stream also takes the session token as `access_token`. */
async function streamUser(ctx: Context, services: Services): Promise<SessionUser> {
  const token = text(ctx, 'access_token');
  const fromQuery = token === undefined ? undefined : await services.auth.authenticate(token);
  return fromQuery ?? requireUser(ctx);
}

function filterOf(ctx: Context): { department?: string; level?: string; itemCode?: string } {
  const department = text(ctx, 'department');
  const level = text(ctx, 'level');
  const itemCode = text(ctx, 'itemCode');
  return {
    ...(department === undefined ? {} : { department }),
    ...(level === undefined ? {} : { level }),
    ...(itemCode === undefined ? {} : { itemCode }),
  };
}

function text(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 100) {
    throw new ApiError(400, 'VALIDATION_FAILED', `查询参数 ${name} 无效`, { [name]: value });
  }
  return value;
}
