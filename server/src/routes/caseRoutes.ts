import { Router } from '@koa/router';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { IntakeRequest } from '../services/caseService.js';
import { caseCommandRoutes } from './caseCommandRoutes.js';
import { caseItemRoutes } from './caseItemRoutes.js';
import { summarizeCase } from './caseSummary.js';
import type { Services } from './context.js';
import { documentRoutes } from './documentRoutes.js';
import { intakeDecisionRoutes } from './intakeDecisionRoutes.js';
import { ID_SCHEMA, INSTANT_SCHEMA, MATERIALS_SCHEMA, NAME_SCHEMA } from './schemaParts.js';
import { taskRoutes } from './taskRoutes.js';

/** `POST /api/cases`: intake (收件 → 受理). */
export const INTAKE_SCHEMA = {
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

/**
 * Cases: intake, list, read; and, mounted here so the app wires one router, the task commands, the
 * case commands (clock, extension, refusal, withdrawal, completion, delivery), intake decisions,
 * documents and evidence.
 */
export function caseRoutes(services: Services): Router {
  const router = new Router();
  router.post('/api/cases', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<IntakeRequest>(INTAKE_SCHEMA, ctx.request.body);
    ctx.status = 201;
    const accepted = await services.cases.intake(user, request);
    // The progress-query code (查询码) is shown this once, to print on the acceptance notice; only its hash is kept.
    ctx.body = { ...summarizeCase(accepted), verificationCode: accepted.verificationCode };
  });
  router.get('/api/cases', async (ctx) => {
    ctx.body = (await services.cases.listCases(requireUser(ctx))).map(summarizeCase);
  });
  router.get('/api/cases/:id', async (ctx) => {
    const { record, events, facts } = await services.cases.caseDetail(requireUser(ctx), ctx.params['id'] ?? '');
    ctx.body = {
      ...summarizeCase(record),
      state: record.state,
      formData: record.formData,
      materials: record.materials,
      intake: facts.intake,
      conclusion: facts.conclusion,
      delivery: facts.delivery,
      events,
    };
  });
  for (const build of [taskRoutes, caseCommandRoutes, intakeDecisionRoutes, documentRoutes, caseItemRoutes]) {
    const sub = build(services);
    router.use(sub.routes(), sub.allowedMethods());
  }
  return router;
}
