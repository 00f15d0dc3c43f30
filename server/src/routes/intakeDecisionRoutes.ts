import { Router } from '@koa/router';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { NoticeRequest, RefusalRequest } from '../services/intake/intakeDecisionService.js';
import type { IntakeDecision } from '../services/intake/intakeDecisions.js';
import type { Services } from './context.js';
import { ID_SCHEMA, INSTANT_SCHEMA, MATERIALS_SCHEMA, NAME_SCHEMA, REFUSAL_REASONS_SCHEMA } from './schemaParts.js';

/** `POST /api/intake/notices`: the one-time notice (补正告知) for an incomplete application. */
export const NOTICE_SCHEMA = {
  type: 'object',
  required: ['itemCode', 'formData', 'materials', 'applicantName'],
  additionalProperties: false,
  properties: {
    itemCode: ID_SCHEMA,
    formData: { type: 'object' },
    materials: MATERIALS_SCHEMA,
    applicantName: NAME_SCHEMA,
    receivedAt: INSTANT_SCHEMA,
  },
} as const;

/** `POST /api/intake/refusals`: the refusal to accept (不予受理), reasons required. */
export const REFUSAL_SCHEMA = {
  type: 'object',
  required: ['itemCode', 'applicantName', 'reasons'],
  additionalProperties: false,
  properties: {
    itemCode: ID_SCHEMA,
    applicantName: NAME_SCHEMA,
    reasons: REFUSAL_REASONS_SCHEMA,
    legalBasis: { type: 'string', minLength: 1, maxLength: 500, pattern: '\\S' },
    formData: { type: 'object' },
    materials: MATERIALS_SCHEMA,
    receivedAt: INSTANT_SCHEMA,
  },
} as const;

/** Intake decisions other than acceptance: issue, read, list; each links to its printable document. */
export function intakeDecisionRoutes(services: Services): Router {
  const router = new Router();
  const decisions = services.cases.intakeDecisions;
  router.post('/api/intake/notices', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<NoticeRequest>(NOTICE_SCHEMA, ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = present(await decisions.issueNotice(user, request));
  });
  router.post('/api/intake/refusals', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<RefusalRequest>(REFUSAL_SCHEMA, ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = present(await decisions.refuse(user, request));
  });
  router.get('/api/intake/decisions', async (ctx) => {
    ctx.body = (await decisions.list(requireUser(ctx))).map(present);
  });
  router.get('/api/intake/decisions/:id', async (ctx) => {
    ctx.body = present(await decisions.get(requireUser(ctx), ctx.params['id'] ?? ''));
  });
  return router;
}

function present(decision: IntakeDecision) {
  return { ...decision, documentUrl: `/api/intake/decisions/${encodeURIComponent(decision.id)}/document` };
}
