import type { Context, Next } from 'koa';
import type { AuthService, SessionUser } from '../services/authService.js';
import { ApiError } from './apiError.js';

/** Koa state once the auth middleware ran. */
export interface AuthState {
  user?: SessionUser;
  token?: string;
}

/** Reads `Authorization: Bearer <token>` and puts the user on `ctx.state`. */
export function authMiddleware(auth: AuthService) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const header = ctx.get('authorization');
    const match = /^Bearer ([\w-]{20,100})$/.exec(header);
    if (match?.[1]) {
      const user = await auth.authenticate(match[1]);
      if (user) Object.assign(ctx.state as AuthState, { user, token: match[1] });
    }
    await next();
  };
}

/** The signed-in user, or a 401. */
export function requireUser(ctx: Context): SessionUser {
  const user = (ctx.state as AuthState).user;
  if (!user) throw new ApiError(401, 'UNAUTHENTICATED', '请先登录');
  return user;
}
