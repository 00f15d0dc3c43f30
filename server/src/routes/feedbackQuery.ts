import { formatInstant, toEpochMs } from '@govflow/engine';
import type { Context } from 'koa';
import { ApiError } from '../http/apiError.js';

/** One query parameter as plain text (repeated or overlong parameters are refused), or undefined. */
export function queryText(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 100) invalidQuery(name, '查询参数无效');
  return value;
}

/** A parameter that must be one of the given values. */
export function queryEnum<T extends string>(ctx: Context, name: string, values: readonly T[]): T | undefined {
  const value = queryText(ctx, name);
  if (value !== undefined && !(values as readonly string[]).includes(value)) {
    invalidQuery(name, `只能是 ${values.join('、')}`);
  }
  return value as T | undefined;
}

/** `true` / `false`. */
export function queryBoolean(ctx: Context, name: string): boolean | undefined {
  const value = queryEnum(ctx, name, ['true', 'false'] as const);
  return value === undefined ? undefined : value === 'true';
}

/** A list limit of 1 to 1000. */
export function queryLimit(ctx: Context): number | undefined {
  const value = queryText(ctx, 'limit');
  if (value !== undefined && !(/^[1-9]\d{0,3}$/u.test(value) && Number(value) <= 1000)) {
    invalidQuery('limit', '应为 1 至 1000 的整数');
  }
  return value === undefined ? undefined : Number(value);
}

/** A required period `from` … `to` (dates are China days, `to` exclusive), as ISO instants. */
export function queryPeriod(ctx: Context): { from: string; to: string } {
  const instant = (name: string): string => {
    const value = queryText(ctx, name);
    if (value === undefined) invalidQuery(name, '必须提供统计起止时间');
    try {
      return formatInstant(toEpochMs(value));
    } catch {
      return invalidQuery(name, '应为日期（YYYY-MM-DD）或带时区的时间');
    }
  };
  const from = instant('from');
  const to = instant('to');
  if (toEpochMs(to) <= toEpochMs(from)) invalidQuery('to', '结束时间应晚于开始时间');
  return { from, to };
}

/** Drops the undefined values of an object (for `exactOptionalPropertyTypes`). */
export function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function invalidQuery(name: string, message: string): never {
  throw new ApiError(400, 'VALIDATION_FAILED', '请求内容有误', {
    errors: [{ path: `/${name}`, message, keyword: 'query' }],
  });
}
