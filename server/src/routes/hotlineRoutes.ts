import { Router } from '@koa/router';
import type { WorkingCalendar } from '@govflow/engine';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import { feedbackOf } from '../supervision/complaints/feedback.js';
import type { HotlineComplaintRequest } from '../supervision/complaints/hotlineIntake.js';
import { HOTLINE_COMPLAINT_SCHEMA, HOTLINE_KEY_SCHEMA } from './complaintRoutes.js';
import type { Services } from './context.js';
import { EMPTY_SCHEMA } from './schemaParts.js';

/**
 * The 12345 hotline's system: it files complaints with `X-Api-Key` and `Idempotency-Key` (a replayed answer
 * carries `Idempotent-Replayed: true`) and follows them up; administrators manage its keys.
 */
export function hotlineRoutes(of: Services, calendar: WorkingCalendar): Router {
  const { complaints } = feedbackOf(of, calendar);
  const router = new Router();
  router.post('/api/hotline/complaints', async (ctx) => {
    const system = await complaints.filing.hotlineKeys.authenticate(ctx.get('x-api-key'));
    const request = validateBody<HotlineComplaintRequest>(HOTLINE_COMPLAINT_SCHEMA, ctx.request.body ?? {});
    const answer = await complaints.filing.fileHotline(system, ctx.get('idempotency-key'), request);
    ctx.status = answer.status;
    ctx.body = answer.body;
    if (answer.replayed) ctx.set('idempotent-replayed', 'true');
  });
  router.get('/api/hotline/complaints/:id', async (ctx) => {
    await complaints.filing.hotlineKeys.authenticate(ctx.get('x-api-key'));
    ctx.body = await complaints.filing.hotlineStatus(ctx.params['id'] ?? '');
  });
  router.post('/api/admin/hotline-keys', async (ctx) => {
    const admin = requireUser(ctx);
    const { name } = validateBody<{ name: string }>(HOTLINE_KEY_SCHEMA, ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = await complaints.filing.hotlineKeys.create(admin, name);
  });
  router.get('/api/admin/hotline-keys', async (ctx) => {
    ctx.body = await complaints.filing.hotlineKeys.list(requireUser(ctx));
  });
  router.post('/api/admin/hotline-keys/:id/revoke', async (ctx) => {
    const admin = requireUser(ctx);
    validateBody(EMPTY_SCHEMA, ctx.request.body ?? {});
    ctx.body = await complaints.filing.hotlineKeys.revoke(admin, ctx.params['id'] ?? '');
  });
  return router;
}
