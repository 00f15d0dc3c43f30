import { Router } from '@koa/router';
import type { WorkingCalendar } from '@govflow/engine';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import { feedbackOf } from '../supervision/complaints/feedback.js';
import type { EvaluationRequest } from '../supervision/evaluations/evaluationIntake.js';
import { EVALUATION_LEVELS } from '../supervision/evaluations/evaluationLevels.js';
import type { CallBackRequest } from '../supervision/evaluations/followUpWorkflow.js';
import type { Services } from './context.js';
import { defined, queryBoolean, queryEnum, queryLimit, queryPeriod, queryText } from './feedbackQuery.js';
import { ID_SCHEMA, INSTANT_SCHEMA, TEXT_SCHEMA } from './schemaParts.js';

/** The level, an optional comment (at most 500 characters) and whether to stay anonymous. */
const EVALUATION_PROPERTIES = {
  level: { enum: [...EVALUATION_LEVELS] },
  comment: { type: 'string', maxLength: 500 },
  anonymous: { type: 'boolean' },
} as const;

/** `POST /api/evaluations`: the signed-in applicant evaluates their own finished case. */
export const ONLINE_EVALUATION_SCHEMA = {
  type: 'object',
  required: ['caseId', 'level'],
  additionalProperties: false,
  properties: { caseId: ID_SCHEMA, ...EVALUATION_PROPERTIES },
} as const;

/** `POST /api/public/evaluations`: at the window, with the six-digit code the clerk's screen shows. */
export const CODE_EVALUATION_SCHEMA = {
  type: 'object',
  required: ['code', 'level'],
  additionalProperties: false,
  properties: { code: { type: 'string', pattern: '^\\d{6}$' }, ...EVALUATION_PROPERTIES },
} as const;

/** `POST /api/evaluations/codes`: the case just served. */
export const EVALUATION_CODE_SCHEMA = {
  type: 'object',
  required: ['caseId'],
  additionalProperties: false,
  properties: { caseId: ID_SCHEMA },
} as const;

/** `POST /api/evaluations/:id/callbacks`: a call-back (回访) of a negative evaluation. */
export const CALLBACK_SCHEMA = {
  type: 'object',
  required: ['reached', 'applicantSaid'],
  additionalProperties: false,
  properties: { calledAt: INSTANT_SCHEMA, reached: { type: 'boolean' }, applicantSaid: TEXT_SCHEMA },
} as const;

/** `POST /api/evaluations/:id/rectification`: what was rectified (整改情况). */
export const RECTIFICATION_SCHEMA = {
  type: 'object',
  required: ['note'],
  additionalProperties: false,
  properties: { note: TEXT_SCHEMA },
} as const;

/** `POST /api/evaluations/:id/close`: the supervisor's opinion closing the follow-up. */
export const CLOSE_FOLLOW_UP_SCHEMA = {
  type: 'object',
  required: ['opinion'],
  additionalProperties: false,
  properties: { opinion: TEXT_SCHEMA },
} as const;

/** 好差评: window codes, online evaluations, lists, follow-ups, and the satisfaction counts. */
export function evaluationRoutes(of: Services, calendar: WorkingCalendar): Router {
  const { evaluations } = feedbackOf(of, calendar);
  const router = new Router();
  router.post('/api/evaluations/codes', async (ctx) => {
    const user = requireUser(ctx);
    const { caseId } = validateBody<{ caseId: string }>(EVALUATION_CODE_SCHEMA, ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = await evaluations.channels.issueCode(user, caseId);
  });
  router.post('/api/evaluations', async (ctx) => {
    const user = requireUser(ctx);
    const { caseId, ...request } = validateBody<EvaluationRequest & { caseId: string }>(
      ONLINE_EVALUATION_SCHEMA,
      ctx.request.body ?? {},
    );
    ctx.status = 201;
    ctx.body = await evaluations.channels.evaluateOnline(user, caseId, request);
  });
  router.get('/api/evaluations', async (ctx) => {
    const user = requireUser(ctx);
    const followUp = queryEnum(ctx, 'followUp', ['open', 'closed'] as const);
    const query = defined({
      level: queryEnum(ctx, 'level', EVALUATION_LEVELS),
      negative: queryBoolean(ctx, 'negative'),
      followUpStatus: followUp,
      departmentId: queryText(ctx, 'department'),
      windowId: queryText(ctx, 'window'),
      clerkId: queryText(ctx, 'clerk'),
      caseId: queryText(ctx, 'caseId'),
      overdue: queryBoolean(ctx, 'overdue'),
      limit: queryLimit(ctx),
    });
    ctx.body = await evaluations.list(user, query);
  });
  router.get('/api/evaluations/:id', async (ctx) => {
    ctx.body = await evaluations.detail(requireUser(ctx), ctx.params['id'] ?? '');
  });
  router.post('/api/evaluations/:id/callbacks', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<CallBackRequest>(CALLBACK_SCHEMA, ctx.request.body ?? {});
    ctx.body = await evaluations.callBack(user, ctx.params['id'] ?? '', request);
  });
  router.post('/api/evaluations/:id/rectification', async (ctx) => {
    const user = requireUser(ctx);
    const { note } = validateBody<{ note: string }>(RECTIFICATION_SCHEMA, ctx.request.body ?? {});
    ctx.body = await evaluations.rectify(user, ctx.params['id'] ?? '', note);
  });
  router.post('/api/evaluations/:id/close', async (ctx) => {
    const user = requireUser(ctx);
    const { opinion } = validateBody<{ opinion: string }>(CLOSE_FOLLOW_UP_SCHEMA, ctx.request.body ?? {});
    ctx.body = await evaluations.close(user, ctx.params['id'] ?? '', opinion);
  });
  router.get('/api/supervision/satisfaction', async (ctx) => {
    const user = requireUser(ctx);
    const scope = defined({ departmentId: queryText(ctx, 'department'), windowId: queryText(ctx, 'window') });
    ctx.body = await evaluations.counts(user, { ...queryPeriod(ctx), ...scope });
  });
  return router;
}
