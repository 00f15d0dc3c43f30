import { Router } from '@koa/router';
import { CLOCK_STOP_KINDS } from '@govflow/engine';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { ConcludeRequest, DeliverRequest } from '../services/lifecycle/caseConclusion.js';
import type {
  ExtendRequest,
  StopClockRequest,
  TerminateRequest,
  WithdrawRequest,
} from '../services/lifecycle/caseCommands.js';
import { DELIVERY_METHODS } from '../services/lifecycle/caseFacts.js';
import { summarizeCase, summarizeWithFacts } from './caseSummary.js';
import type { Services } from './context.js';
import { EMPTY_SCHEMA, INSTANT_SCHEMA, NAME_SCHEMA, TEXT_SCHEMA } from './schemaParts.js';

/** Working days in halves, as the engine counts them. */
const DAYS_SCHEMA = { type: 'number', exclusiveMinimum: 0, maximum: 365, multipleOf: 0.5 } as const;

/** `POST /api/cases/:id/clock/stop`: 补正 or an Art. 45 special procedure. */
export const STOP_CLOCK_SCHEMA = {
  type: 'object',
  required: ['kind', 'reason'],
  additionalProperties: false,
  properties: {
    kind: { enum: Object.keys(CLOCK_STOP_KINDS) },
    reason: TEXT_SCHEMA,
    basis: { type: 'string', minLength: 1, maxLength: 500, pattern: '\\S' },
    expectedDays: DAYS_SCHEMA,
  },
} as const;

/** `POST /api/cases/:id/clock/resume`: no body. */
export const RESUME_CLOCK_SCHEMA = EMPTY_SCHEMA;

/** `POST /api/cases/:id/extend`: 延期 by days, approved by the agency head, with a reason. */
export const EXTEND_SCHEMA = {
  type: 'object',
  required: ['days', 'approver', 'reason'],
  additionalProperties: false,
  properties: { days: DAYS_SCHEMA, approver: NAME_SCHEMA, reason: TEXT_SCHEMA },
} as const;

/** `POST /api/cases/:id/terminate`: 不予许可 with written reasons. */
export const TERMINATE_SCHEMA = {
  type: 'object',
  required: ['reasons'],
  additionalProperties: false,
  properties: { reasons: { type: 'array', minItems: 1, maxItems: 20, items: TEXT_SCHEMA } },
} as const;

/** `POST /api/cases/:id/withdraw`: 撤回, the reason optional. */
export const WITHDRAW_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { reason: TEXT_SCHEMA },
} as const;

/** `POST /api/cases/:id/conclude`: 办结; the certificate number is required when approved. */
export const CONCLUDE_SCHEMA = {
  type: 'object',
  required: ['result'],
  additionalProperties: false,
  properties: {
    result: { enum: ['approved', 'refused'] },
    certificateNumber: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' },
    note: TEXT_SCHEMA,
    fee: { type: 'number', minimum: 0, maximum: 100_000_000 },
  },
  if: { properties: { result: { const: 'approved' } } },
  then: { required: ['certificateNumber'] },
} as const;

/** `POST /api/cases/:id/deliver`: 送达 / 领取, how, to whom and when. */
export const DELIVER_SCHEMA = {
  type: 'object',
  required: ['method', 'recipient'],
  additionalProperties: false,
  properties: { method: { enum: [...DELIVERY_METHODS] }, recipient: NAME_SCHEMA, at: INSTANT_SCHEMA },
} as const;

/** Commands on a whole case; each answers with the case summary (办结 and 送达 also with their facts). */
export function caseCommandRoutes(services: Services): Router {
  const router = new Router();
  const { commands, conclusions } = services.cases;
  router.post('/api/cases/:id/clock/stop', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<StopClockRequest>(STOP_CLOCK_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await commands.stopClock(user, ctx.params['id'] ?? '', request));
  });
  router.post('/api/cases/:id/clock/resume', async (ctx) => {
    const user = requireUser(ctx);
    validateBody(RESUME_CLOCK_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await commands.resumeClock(user, ctx.params['id'] ?? ''));
  });
  router.post('/api/cases/:id/extend', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<ExtendRequest>(EXTEND_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await commands.extend(user, ctx.params['id'] ?? '', request));
  });
  router.post('/api/cases/:id/terminate', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<TerminateRequest>(TERMINATE_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await commands.terminate(user, ctx.params['id'] ?? '', request));
  });
  router.post('/api/cases/:id/withdraw', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<WithdrawRequest>(WITHDRAW_SCHEMA, ctx.request.body ?? {});
    ctx.body = summarizeCase(await commands.withdraw(user, ctx.params['id'] ?? '', request));
  });
  router.post('/api/cases/:id/conclude', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<ConcludeRequest>(CONCLUDE_SCHEMA, ctx.request.body ?? {});
    const { record, facts } = await conclusions.conclude(user, ctx.params['id'] ?? '', request);
    ctx.body = summarizeWithFacts(record, facts);
  });
  router.post('/api/cases/:id/deliver', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<DeliverRequest>(DELIVER_SCHEMA, ctx.request.body ?? {});
    const { record, facts } = await conclusions.deliver(user, ctx.params['id'] ?? '', request);
    ctx.body = summarizeWithFacts(record, facts);
  });
  return router;
}
