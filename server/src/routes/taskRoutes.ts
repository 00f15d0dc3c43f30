import { ITEM_LEVELS, type ItemLevel } from '@govflow/catalog';
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { CompleteRequest, ReturnRequest, TransferRequest } from '../services/lifecycle/taskCommands.js';
import type { WorklistFilter } from '../services/worklist.js';
import { LIGHT_NAMES, type Light } from '../supervision/classifyLight.js';
import { summarizeCase } from './caseSummary.js';
import type { Services } from './context.js';
import { EMPTY_SCHEMA, ID_SCHEMA, TEXT_SCHEMA } from './schemaParts.js';

/** `POST /api/tasks/:id/complete`: 办理 with outcome, opinion, variables, verified materials. */
export const COMPLETE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    outcome: { type: 'string', maxLength: 100 },
    opinion: { type: 'string', minLength: 1, maxLength: 5000 },
    variables: { type: 'object' },
    verifiedMaterials: { type: 'array', maxItems: 200, items: ID_SCHEMA },
  },
} as const;

/** `POST /api/tasks/:id/claim`: 签收, no body. */
export const CLAIM_SCHEMA = EMPTY_SCHEMA;

/** `POST /api/tasks/:id/return`: 退回 to an earlier step (element id) with a reason. */
export const RETURN_SCHEMA = {
  type: 'object',
  required: ['to', 'reason'],
  additionalProperties: false,
  properties: { to: ID_SCHEMA, reason: TEXT_SCHEMA },
} as const;

/** `POST /api/tasks/:id/transfer`: 转办 to a user id or to candidate groups, with an optional reason. */
export const TRANSFER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  anyOf: [{ required: ['assignee'] }, { required: ['candidateGroups'] }],
  properties: {
    assignee: ID_SCHEMA,
    candidateGroups: { type: 'array', minItems: 1, maxItems: 20, uniqueItems: true, items: ID_SCHEMA },
    reason: TEXT_SCHEMA,
  },
} as const;

/** `GET /api/tasks` query parameters (each optional; anything else is refused). */
export const WORKLIST_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    light: { enum: Object.keys(LIGHT_NAMES) },
    dueBefore: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
    },
    itemCode: ID_SCHEMA,
    level: { enum: [...ITEM_LEVELS] },
    limit: { type: 'string', pattern: '^([1-9]\\d{0,2}|[1-4]\\d{3}|5000)$' },
  },
} as const;

/** Tasks: the worklist and the commands on one task; each command answers with the case summary. */
export function taskRoutes(services: Services): Router {
  const router = new Router();
  const tasks = services.cases.tasks;
  router.get('/api/tasks', async (ctx) => {
    const user = requireUser(ctx);
    ctx.body = await services.worklist.list(user, worklistFilterOf(ctx));
  });
  router.post('/api/tasks/:id/complete', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<CompleteRequest>(COMPLETE_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await services.cases.completeTask(user, ctx.params['id'] ?? '', request));
  });
  router.post('/api/tasks/:id/claim', async (ctx) => {
    const user = requireUser(ctx);
    validateBody(CLAIM_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await tasks.claim(user, ctx.params['id'] ?? ''));
  });
  router.post('/api/tasks/:id/return', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<ReturnRequest>(RETURN_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await tasks.returnTask(user, ctx.params['id'] ?? '', request));
  });
  router.post('/api/tasks/:id/transfer', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<TransferRequest>(TRANSFER_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await tasks.transfer(user, ctx.params['id'] ?? '', request));
  });
  return router;
}

/** `GET /api/tasks` query: `light`, `dueBefore` (a date or an instant), `itemCode`, `level`, `limit`. */
function worklistFilterOf(ctx: Context): WorklistFilter {
  const query = validateBody<{
    light?: Light;
    dueBefore?: string;
    itemCode?: string;
    level?: ItemLevel;
    limit?: string;
  }>(WORKLIST_QUERY_SCHEMA, { ...ctx.query });
  const dueBefore = query.dueBefore === undefined ? undefined : endOfDay(query.dueBefore);
  return {
    ...(query.light === undefined ? {} : { light: query.light }),
    ...(dueBefore === undefined ? {} : { dueBefore }),
    ...(query.itemCode === undefined ? {} : { itemCode: query.itemCode }),
    ...(query.level === undefined ? {} : { level: query.level }),
    ...(query.limit === undefined ? {} : { limit: Number(query.limit) }),
  };
}

/** A bare date means the end of that day in China time. */
function endOfDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999+08:00` : value;
}
