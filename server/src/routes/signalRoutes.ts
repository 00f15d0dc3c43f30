import { Router } from '@koa/router';
import type { Context } from 'koa';
import { ApiError } from '../http/apiError.js';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { SignalLevel, SignalStatus } from '../store/port.js';
import { isSignalKind, SIGNAL_LEVELS, SIGNAL_STATUSES } from '../supervision/signals/signalKinds.js';
import type { SignalQuery } from '../supervision/signals/signalService.js';
import type { AnswerRequest, AppealRequest, CloseRequest } from '../supervision/signals/signalWorkflow.js';
import type { Services } from './context.js';
import { EMPTY_SCHEMA, TEXT_SCHEMA } from './schemaParts.js';

/** `POST /api/supervision/signals/:id/answer`: an explanation (说明) or a rectification report (整改). */
export const ANSWER_SIGNAL_SCHEMA = {
  type: 'object',
  required: ['kind', 'text'],
  additionalProperties: false,
  properties: { kind: { enum: ['explanation', 'rectification'] }, text: TEXT_SCHEMA },
} as const;

/** `POST /api/supervision/signals/:id/appeal`: the reason of the appeal (申诉). */
export const APPEAL_SIGNAL_SCHEMA = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: TEXT_SCHEMA },
} as const;

/** `POST /api/supervision/signals/:id/close`: upheld (维持) or revoked (撤销), with the supervisor's opinion. */
export const CLOSE_SIGNAL_SCHEMA = {
  type: 'object',
  required: ['resolution', 'opinion'],
  additionalProperties: false,
  properties: { resolution: { enum: ['upheld', 'revoked'] }, opinion: TEXT_SCHEMA },
} as const;

export { SIGNAL_SETTINGS_SCHEMA } from '../supervision/signals/signalSettings.js';

/** Printable documents hold personal data and are self-contained (the same headers as the case documents). */
const DOCUMENT_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** Warning and correction (预警纠错): signals, their workflow and letters, and the signal settings. */
export function signalRoutes(of: Services): Router {
  const signals = of.signals;
  const router = new Router();
  router.get('/api/supervision/signals', async (ctx) => {
    ctx.body = await signals.list(requireUser(ctx), queryOf(ctx));
  });
  router.post('/api/supervision/signals/sweep', async (ctx) => {
    const user = requireUser(ctx);
    if (user.role !== 'supervisor' && user.role !== 'administrator') {
      throw new ApiError(403, 'FORBIDDEN', '只有管理员或监察人员可以补扫监察信号', { role: user.role });
    }
    validateBody(EMPTY_SCHEMA, ctx.request.body ?? {});
    ctx.body = await signals.sweep();
  });
  router.get('/api/supervision/signals/:id', async (ctx) => {
    ctx.body = await signals.detail(requireUser(ctx), ctx.params['id'] ?? '');
  });
  router.post('/api/supervision/signals/:id/answer', async (ctx) => {
    const request = validateBody<AnswerRequest>(ANSWER_SIGNAL_SCHEMA, ctx.request.body ?? {});
    ctx.body = await signals.answer(requireUser(ctx), ctx.params['id'] ?? '', request);
  });
  router.post('/api/supervision/signals/:id/appeal', async (ctx) => {
    const request = validateBody<AppealRequest>(APPEAL_SIGNAL_SCHEMA, ctx.request.body ?? {});
    ctx.body = await signals.appeal(requireUser(ctx), ctx.params['id'] ?? '', request);
  });
  router.post('/api/supervision/signals/:id/close', async (ctx) => {
    const request = validateBody<CloseRequest>(CLOSE_SIGNAL_SCHEMA, ctx.request.body ?? {});
    ctx.body = await signals.close(requireUser(ctx), ctx.params['id'] ?? '', request);
  });
  router.get('/api/supervision/signals/:id/letter', async (ctx) => {
    const html = await signals.letter(requireUser(ctx), ctx.params['id'] ?? '');
    ctx.set(DOCUMENT_HEADERS);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html;
  });
  router.get('/api/supervision/signal-settings', async (ctx) => {
    ctx.body = await signals.settings.get(requireUser(ctx));
  });
  router.put('/api/supervision/signal-settings', async (ctx) => {
    ctx.body = await signals.settings.put(requireUser(ctx), ctx.request.body ?? {});
  });
  return router;
}

function queryOf(ctx: Context): SignalQuery {
  const kind = text(ctx, 'kind');
  const level = text(ctx, 'level');
  const status = text(ctx, 'status');
  const limit = text(ctx, 'limit');
  if (kind !== undefined && !isSignalKind(kind)) invalid('kind', '无法识别的信号种类');
  if (level !== undefined && !SIGNAL_LEVELS.includes(level as SignalLevel))
    invalid('level', '级别只能是 warning、yellow、red');
  if (status !== undefined && !SIGNAL_STATUSES.includes(status as SignalStatus)) invalid('status', '状态无效');
  if (limit !== undefined && !/^[1-9]\d{0,3}$/.test(limit)) invalid('limit', '应为 1 至 1000 的整数');
  const department = text(ctx, 'department');
  const caseId = text(ctx, 'caseId');
  const unitId = text(ctx, 'unit');
  return {
    ...(kind === undefined ? {} : { kind }),
    ...(level === undefined ? {} : { level: level as SignalLevel }),
    ...(status === undefined ? {} : { status: status as SignalStatus }),
    ...(department === undefined ? {} : { departmentId: department }),
    ...(caseId === undefined ? {} : { caseId }),
    ...(unitId === undefined ? {} : { unitId }),
    ...(limit === undefined ? {} : { limit: Number(limit) }),
  };
}

function text(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 100) invalid(name, '查询参数无效');
  return value;
}

function invalid(name: string, message: string): never {
  throw new ApiError(400, 'VALIDATION_FAILED', '请求内容有误', {
    errors: [{ path: `/${name}`, message, keyword: 'query' }],
  });
}
