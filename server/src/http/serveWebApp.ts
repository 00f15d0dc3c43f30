import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Next } from 'koa';
import send from 'koa-static';

/**
 * Serves the built web app (designer/dist) and falls back to its index.html for client-side routes.
 * API paths are never answered with the page.
 */
export function serveWebApp(dir: string) {
  const serve = send(dir, { index: 'index.html', maxage: 0 });
  const index = join(dir, 'index.html');
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.path.startsWith('/api/')) return next();
    await serve(ctx, next);
    if (ctx.status === 404 && ctx.method === 'GET' && existsSync(index) && !/\.\w+$/.test(ctx.path)) {
      ctx.type = 'html';
      ctx.body = createReadStream(index);
      ctx.status = 200;
    }
  };
}
