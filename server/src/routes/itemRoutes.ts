import { Router } from '@koa/router';
import { ApiError } from '../http/apiError.js';
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
  router.get('/api/items/:code/versions', async (ctx) => {
    const versions = await services.catalog.versions(ctx.params['code'] ?? '');
    ctx.body = versions.map((v) => ({
      version: v.item.version,
      hash: v.hash,
      publishedBy: v.publishedBy,
      publishedAt: v.publishedAt,
      promisedDays: v.item.promisedDays,
    }));
  });
  router.get('/api/items/:code/diff', async (ctx) => {
    const from = Number(ctx.query['from']);
    const to = Number(ctx.query['to']);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < 1) {
      throw new ApiError(400, 'VALIDATION_FAILED', '请用 from 和 to 指定要比较的两个版本号', {
        from: ctx.query['from'],
        to: ctx.query['to'],
      });
    }
    ctx.body = await services.catalog.diff(ctx.params['code'] ?? '', from, to);
  });
  return router;
}
