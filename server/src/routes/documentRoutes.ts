import { Router } from '@koa/router';
import type { Context } from 'koa';
import { ApiError } from '../http/apiError.js';
import { requireUser } from '../http/authMiddleware.js';
import type { Services } from './context.js';

/** Documents hold personal data and are self-contained: no scripts, no outside resources, no caching. */
const DOCUMENT_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** Printable documents (text/html) and the evidence chain of a case. */
export function documentRoutes(services: Services): Router {
  const router = new Router();
  const { documents, evidence } = services.cases;
  router.get('/api/cases/:id/documents/acceptance-notice', async (ctx) => {
    // `?code=`: the progress-query code issued at acceptance, printed on the notice when it matches.
    const code = typeof ctx.query['code'] === 'string' ? ctx.query['code'].slice(0, 32) : undefined;
    sendHtml(ctx, await documents.acceptanceNotice(requireUser(ctx), ctx.params['id'] ?? '', code));
  });
  router.get('/api/cases/:id/documents/special-procedure-notice', async (ctx) => {
    sendHtml(ctx, await documents.specialProcedureNotice(requireUser(ctx), ctx.params['id'] ?? '', stopNumberOf(ctx)));
  });
  router.get('/api/intake/decisions/:id/document', async (ctx) => {
    sendHtml(ctx, await documents.intakeDecision(requireUser(ctx), ctx.params['id'] ?? ''));
  });
  router.get('/api/cases/:id/evidence', async (ctx) => {
    ctx.body = await evidence.evidence(requireUser(ctx), ctx.params['id'] ?? '');
  });
  return router;
}

function sendHtml(ctx: Context, html: string): void {
  ctx.set(DOCUMENT_HEADERS);
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = html;
}

/** `?stop=N` (1-based), or undefined for the latest special procedure. */
function stopNumberOf(ctx: Context): number | undefined {
  const raw = ctx.query['stop'];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,2}$/.test(raw)) {
    throw new ApiError(400, 'VALIDATION_FAILED', '请求内容有误', {
      errors: [{ path: '/stop', message: '应为正整数', keyword: 'type' }],
    });
  }
  return Number(raw);
}
