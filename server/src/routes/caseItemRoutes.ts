import { Router } from '@koa/router';
import { requireUser } from '../http/authMiddleware.js';
import type { Services } from './context.js';

/**
 * `GET /api/cases/:id/item`: the item version the case is pinned to (accepted under), shaped as
 * `GET /api/items/:code` — so the case page draws the diagram the case really runs on, not the latest
 * published one. Whoever may read the case may read it; anyone else gets the case's 404.
 */
export function caseItemRoutes(services: Services): Router {
  const router = new Router();
  router.get('/api/cases/:id/item', async (ctx) => {
    const item = await services.cases.pinnedItem(requireUser(ctx), ctx.params['id'] ?? '');
    const model = await services.catalog.model(item);
    ctx.body = { ...item, steps: model.userSteps, criticalPath: model.criticalPath };
  });
  return router;
}
