import { Router } from '@koa/router';
import type { Context } from 'koa';
import { ApiError } from '../http/apiError.js';
import { validateBody } from '../http/validateBody.js';
import { ApplicantSignUp, type SignUpRequest } from '../publicPortal/applicantSignUp.js';
import { ProgressQuery } from '../publicPortal/progressQuery.js';
import { PublicGuide } from '../publicPortal/publicGuide.js';
import { APPLICANT_SIGN_UP_SCHEMA, PROGRESS_QUERY_SCHEMA } from './applicationSchemas.js';
import type { Services } from './context.js';

/** Public answers carry nothing personal, yet a progress answer is one person's business: no shared caches. */
const PRIVATE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/**
 * The public portal, no login (政务公开): the service guide of every published item, the progress query by
 * receipt number and code (rate-limited), and applicants' sign-up (rate-limited). Throttles are counted
 * per client socket address (`app.proxy` is off, so a forged X-Forwarded-For changes nothing).
 */
export function publicRoutes(services: Services): Router {
  const router = new Router();
  const guide = new PublicGuide(services.catalog);
  const progress = new ProgressQuery(services.store, services.supervision);
  const signUp = new ApplicantSignUp(services.store);
  router.get('/api/public/items', async (ctx) => {
    ctx.body = await guide.search({
      ...optional('q', queryText(ctx, 'q')),
      ...optional('department', queryText(ctx, 'department')),
      ...optional('level', queryText(ctx, 'level')),
    });
  });
  router.get('/api/public/items/:code/guide', async (ctx) => {
    ctx.body = await guide.guide(ctx.params['code'] ?? '');
  });
  router.get('/api/public/items/:code/guide.html', async (ctx) => {
    const html = await guide.guideHtml(ctx.params['code'] ?? '');
    ctx.set({ 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:" });
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html;
  });
  router.post('/api/public/progress', async (ctx) => {
    const body = validateBody<{ receiptNumber: string; code: string }>(PROGRESS_QUERY_SCHEMA, ctx.request.body);
    ctx.set(PRIVATE);
    ctx.body = await progress.query(body.receiptNumber, body.code, ctx.ip);
  });
  router.post('/api/public/register', async (ctx) => {
    const body = validateBody<SignUpRequest>(APPLICANT_SIGN_UP_SCHEMA, ctx.request.body);
    ctx.set(PRIVATE);
    ctx.status = 201;
    ctx.body = await signUp.register(body, ctx.ip);
  });
  return router;
}

/** A query parameter given once as text (at most 100 characters), else 400. */
function queryText(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 100) {
    throw new ApiError(400, 'VALIDATION_FAILED', '请求内容有误', {
      errors: [{ path: `/${name}`, message: '应为不超过 100 字的文本' }],
    });
  }
  return value;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
