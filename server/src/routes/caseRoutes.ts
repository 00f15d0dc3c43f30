import { Router } from '@koa/router';
import type { CaseRecord } from '../store/port.js';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { CompleteRequest, IntakeRequest } from '../services/caseService.js';
import type { Services } from './context.js';

const ID = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[\\w.\\-]+$' };

const INTAKE_SCHEMA = {
  type: 'object',
  required: ['itemCode', 'formData', 'materials', 'applicantName'],
  additionalProperties: false,
  properties: {
    itemCode: ID,
    formData: { type: 'object' },
    materials: {
      type: 'array',
      maxItems: 200,
      items: {
        anyOf: [
          ID,
          {
            type: 'object',
            additionalProperties: false,
            required: ['id'],
            properties: {
              id: ID,
              originals: { type: 'integer', minimum: 0, maximum: 100 },
              copies: { type: 'integer', minimum: 0, maximum: 100 },
              form: { enum: ['paper', 'electronic'] },
            },
          },
        ],
      },
    },
    applicantName: { type: 'string', minLength: 1, maxLength: 60 },
  },
};

const COMPLETE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    outcome: { type: 'string', maxLength: 100 },
    opinion: { type: 'string', minLength: 1, maxLength: 5000 },
    variables: { type: 'object' },
    verifiedMaterials: { type: 'array', maxItems: 200, items: ID },
  },
};

/** Cases and tasks: intake, read, worklist, complete. */
export function caseRoutes(services: Services): Router {
  const router = new Router();
  router.post('/api/cases', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<IntakeRequest>(INTAKE_SCHEMA, ctx.request.body);
    ctx.status = 201;
    ctx.body = summarize(await services.cases.intake(user, request));
  });
  router.get('/api/cases', async (ctx) => {
    requireUser(ctx);
    ctx.body = (await services.cases.listCases()).map(summarize);
  });
  router.get('/api/cases/:id', async (ctx) => {
    requireUser(ctx);
    const record = await services.cases.getCase(ctx.params['id'] ?? '');
    const events = await services.store.listEvents(record.id);
    ctx.body = {
      ...summarize(record),
      state: record.state,
      formData: record.formData,
      materials: record.materials,
      events,
    };
  });
  router.get('/api/tasks', async (ctx) => {
    ctx.body = await services.cases.listTasks(requireUser(ctx));
  });
  router.post('/api/tasks/:id/complete', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<CompleteRequest>(COMPLETE_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarize(await services.cases.completeTask(user, ctx.params['id'] ?? '', request));
  });
  return router;
}

/** The case as lists show it. */
function summarize(record: CaseRecord) {
  const { state } = record;
  return {
    id: record.id,
    receiptNumber: record.receiptNumber,
    itemCode: record.itemCode,
    itemVersion: record.itemVersion,
    applicantName: record.applicantName,
    status: state.status,
    outcome: state.outcome ?? null,
    acceptedAt: state.clock.acceptedAt,
    promisedDueAt: state.clock.promisedDueAt,
    usedDays: state.clock.usedDays,
    clock: state.clock.status,
    tasks: state.tasks.map((t) => ({ id: `${record.id}.${t.id}`, name: t.name, dueAt: t.dueAt ?? null })),
    version: record.version,
  };
}
