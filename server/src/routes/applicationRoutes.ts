import { Router } from '@koa/router';
import type { Context } from 'koa';
import type { CorrectRequest } from '../applications/applicationCorrection.js';
import type { RegisterRequest, OnlineRequest } from '../applications/applicationIntake.js';
import type { ForwardRequest, RefuseRequest, ReturnRequest } from '../applications/applicationDecisions.js';
import { attachmentDisposition } from '../files/contentDisposition.js';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import {
  CORRECT_APPLICATION_SCHEMA,
  FORWARD_APPLICATION_SCHEMA,
  ONLINE_APPLICATION_SCHEMA,
  REFUSE_APPLICATION_SCHEMA,
  REGISTER_APPLICATION_SCHEMA,
  RETURN_APPLICATION_SCHEMA,
} from './applicationSchemas.js';
import { summarizeCase } from './caseSummary.js';
import type { Services } from './context.js';
import { EMPTY_SCHEMA } from './schemaParts.js';
import { publicRoutes } from './publicRoutes.js';

/**
 * Applications before acceptance (申请 / 收件登记 → 报送 → 预审 → 受理) and, mounted here so the app wires
 * one router, the public portal (service guide, progress query, sign-up) and the reissue of progress codes.
 */
export function applicationRoutes(services: Services): Router {
  const router = new Router();
  const { intake, correction, decisions, acceptance, reader } = services.applications;
  const codes = services.progressCodes;
  const idOf = (ctx: Context) => ctx.params['id'] ?? '';

  router.post('/api/applications', async (ctx) => {
    const user = requireUser(ctx);
    const registered = await intake.register(
      user,
      validateBody<RegisterRequest>(REGISTER_APPLICATION_SCHEMA, ctx.request.body),
    );
    ctx.status = 201;
    ctx.body = { ...(await reader.get(user, registered.application.id)), completeness: registered.completeness };
  });
  router.post('/api/applications/online', async (ctx) => {
    const user = requireUser(ctx);
    const created = await intake.submit(user, validateBody<OnlineRequest>(ONLINE_APPLICATION_SCHEMA, ctx.request.body));
    ctx.status = 201;
    ctx.body = await reader.get(user, created.id);
  });
  router.get('/api/applications', async (ctx) => {
    ctx.body = await reader.list(requireUser(ctx));
  });
  router.get('/api/applications/queue', async (ctx) => {
    ctx.body = await reader.queue(requireUser(ctx));
  });
  router.get('/api/applications/:id', async (ctx) => {
    ctx.body = await reader.get(requireUser(ctx), idOf(ctx));
  });
  router.post('/api/applications/:id/forward', async (ctx) => {
    const user = requireUser(ctx);
    await decisions.forward(
      user,
      idOf(ctx),
      validateBody<ForwardRequest>(FORWARD_APPLICATION_SCHEMA, ctx.request.body),
    );
    ctx.body = await reader.get(user, idOf(ctx));
  });
  router.post('/api/applications/:id/return', async (ctx) => {
    const user = requireUser(ctx);
    const body = validateBody<ReturnRequest>(RETURN_APPLICATION_SCHEMA, ctx.request.body ?? {});
    await decisions.returnForCorrection(user, idOf(ctx), body);
    ctx.body = await reader.get(user, idOf(ctx));
  });
  router.post('/api/applications/:id/correct', async (ctx) => {
    const user = requireUser(ctx);
    await correction.correct(
      user,
      idOf(ctx),
      validateBody<CorrectRequest>(CORRECT_APPLICATION_SCHEMA, ctx.request.body),
    );
    ctx.body = await reader.get(user, idOf(ctx));
  });
  router.post('/api/applications/:id/refuse', async (ctx) => {
    const user = requireUser(ctx);
    await decisions.refuse(user, idOf(ctx), validateBody<RefuseRequest>(REFUSE_APPLICATION_SCHEMA, ctx.request.body));
    ctx.body = await reader.get(user, idOf(ctx));
  });
  router.post('/api/applications/:id/accept', async (ctx) => {
    const user = requireUser(ctx);
    validateBody(EMPTY_SCHEMA, ctx.request.body ?? {});
    const { accepted } = await acceptance.accept(user, idOf(ctx));
    ctx.status = 201;
    ctx.body = {
      application: await reader.get(user, idOf(ctx)),
      case: summarizeCase(accepted),
      // Shown this once, to print on the acceptance notice (`?code=`); only its hash is kept.
      verificationCode: accepted.verificationCode,
    };
  });
  router.get('/api/applications/:id/files/:sha256', async (ctx) => {
    const file = await reader.openFile(requireUser(ctx), idOf(ctx), ctx.params['sha256'] ?? '');
    ctx.set({
      'content-disposition': attachmentDisposition(file.record.originalName),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=300',
    });
    ctx.type = file.record.mediaType;
    ctx.length = file.size;
    ctx.body = file.stream;
  });
  router.post('/api/cases/:id/progress-code', async (ctx) => {
    const user = requireUser(ctx);
    validateBody(EMPTY_SCHEMA, ctx.request.body ?? {});
    ctx.body = await codes.reissue(user, idOf(ctx));
  });
  const open = publicRoutes(services);
  router.use(open.routes(), open.allowedMethods());
  return router;
}
