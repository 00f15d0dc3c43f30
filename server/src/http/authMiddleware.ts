import type { Context, Next } from 'koa';
import type { AuthService, SessionUser } from '../services/authService.js';
import { ApiError } from './apiError.js';
import { hasValidCsrfToken, sessionTokenFromCookie } from './sessionCookies.js';

/** Koa state once the auth middleware ran. */
export interface AuthState {
  user?: SessionUser;
  token?: string;
  /** How the session came: a bearer token (API clients) or the session cookie (the browser). */
  via?: 'bearer' | 'cookie';
  /** A valid session cookie came on an unsafe request without the session's CSRF token. */
  csrfFailed?: boolean;
}

/** Methods that change nothing and so need no CSRF token. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Puts the signed-in user on `ctx.state`: from `Authorization: Bearer <token>` (no CSRF check: a
 * browser never sends it by itself), else from the session cookie. A cookie session's unsafe request
 * (POST, PUT, PATCH, DELETE) counts only with the session's `X-CSRF-Token`; without it the request
 * stays anonymous, so routes that need a user answer 403 CSRF_FAILED and public ones work as for anyone.
 */
export function authMiddleware(auth: AuthService) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const state = ctx.state as AuthState;
    const header = ctx.get('authorization');
    if (header !== '') {
      const match = /^Bearer ([\w-]{20,100})$/u.exec(header);
      const user = match?.[1] ? await auth.authenticate(match[1]) : undefined;
      if (user) Object.assign(state, { user, token: match?.[1], via: 'bearer' });
    } else {
      const token = sessionTokenFromCookie(ctx);
      const user = token === undefined ? undefined : await auth.authenticate(token);
      if (user && token !== undefined) {
        if (SAFE_METHODS.has(ctx.method) || hasValidCsrfToken(ctx, token)) {
          Object.assign(state, { user, token, via: 'cookie' });
        } else {
          state.csrfFailed = true;
        }
      }
    }
    await next();
  };
}

/** The signed-in user, or a 401 (403 CSRF_FAILED when a cookie session lacked its CSRF token). */
export function requireUser(ctx: Context): SessionUser {
  const state = ctx.state as AuthState;
  if (state.user) return state.user;
  if (state.csrfFailed) {
    throw new ApiError(403, 'CSRF_FAILED', '安全校验失败（缺少或错误的 X-CSRF-Token），请刷新页面后重试');
  }
  throw new ApiError(401, 'UNAUTHENTICATED', '请先登录');
}
