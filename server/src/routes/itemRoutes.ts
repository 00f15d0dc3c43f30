import { Router } from '@koa/router';
import type { Services } from './context.js';

/** The published catalog: list and one item with its form and process. */
export function itemRoutes(services: Services): Router {
  const router = new Router();
  router.get('/api/items', async (ctx) => {
    const items = await services.catalog.listItems();
    ctx.body = items.map(({ processXml: _xml, form: _form, ...summary }) => summary);
  });
  router.get('/api/items/:code', async (ctx) => {
    const item = await services.catalog.getItem(ctx.params['code'] ?? '');
    const model = await services.catalog.model(item);
    ctx.body = { ...item, steps: model.userSteps, criticalPath: model.criticalPath };
  });
  return router;
}
