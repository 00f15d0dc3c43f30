import type { Context, Next } from 'koa';
import { EngineError } from '@govflow/engine';
import { FormSchemaError } from '@govflow/forms';
import { CaseConflictError } from '../store/port.js';
import { ApiError } from './apiError.js';

/** HTTP statuses of engine error codes; anything else a command rejects is a 422 rule violation. */
const ENGINE_STATUS: Readonly<Record<string, number>> = {
  COMMAND_INVALID: 400,
  COMMAND_UNKNOWN: 400,
  NOT_ELIGIBLE: 403,
  TASK_CLOSED: 409,
  TASK_ALREADY_CLAIMED: 409,
  CASE_CLOSED: 409,
  CLOCK_ALREADY_STOPPED: 409,
  CLOCK_NOT_STOPPED: 409,
  TIMER_NOT_FOUND: 409,
  TIMER_NOT_DUE: 409,
  MODEL_INVALID: 422,
};

/**
 * The first middleware: maps typed errors to `{ code, message, details }` with the right status and
 * never lets a stack trace reach the client. Unexpected errors are 500 and go to the app's log.
 */
export async function errorMiddleware(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (error) {
    const mapped = toApiError(error);
    ctx.status = mapped.status;
    const retry = mapped.details['retryAfterSeconds'];
    if (mapped.status === 429 && typeof retry === 'number') ctx.set('retry-after', String(retry));
    ctx.body = { code: mapped.code, message: mapped.message, details: mapped.details };
    if (mapped.status >= 500) ctx.app.emit('error', error, ctx);
  }
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof CaseConflictError) return new ApiError(409, error.code, error.message, { caseId: error.caseId });
  if (error instanceof EngineError)
    return new ApiError(ENGINE_STATUS[error.code] ?? 422, error.code, error.message, error.details);
  if (error instanceof FormSchemaError) return new ApiError(422, error.code, error.message);
  const http = error as { status?: unknown; expose?: unknown; message?: unknown; type?: unknown };
  if (typeof http.status === 'number' && http.status >= 400 && http.status < 500) {
    return clientError(http.status, http.type);
  }
  return new ApiError(500, 'INTERNAL', '服务器内部错误，请稍后重试');
}

function clientError(status: number, type: unknown): ApiError {
  if (status === 413) return new ApiError(413, 'PAYLOAD_TOO_LARGE', '请求内容过大');
  if (status === 415) return new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型，请使用 application/json');
  if (status === 400)
    return new ApiError(400, 'MALFORMED_JSON', '请求内容不是有效的 JSON', { type: String(type ?? '') });
  return new ApiError(status, 'BAD_REQUEST', '请求无效');
}
