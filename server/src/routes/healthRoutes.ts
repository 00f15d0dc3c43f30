import { Router } from '@koa/router';
import type { Services } from './context.js';

/** `GET /api/health`: liveness plus the store and clock in use. */
export function healthRoutes(services: Services): Router {
  const router = new Router();
  router.get('/api/health', async (ctx) => {
    const items = await services.store.listItems();
    ctx.body = {
      status: 'ok',
      items: items.length,
      clock: services.clock.manual ? 'manual' : 'system',
      now: services.clock.now().toISOString(),
    };
  });
  return router;
}
