import { Router } from '@koa/router';
import { requireUser, type AuthState } from '../http/authMiddleware.js';
import { clearSessionCookies, setSessionCookies } from '../http/sessionCookies.js';
import { validateBody } from '../http/validateBody.js';
import type { Services } from './context.js';

/** Body of `POST /api/auth/login`. */
export const LOGIN_SCHEMA = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 64 },
    password: { type: 'string', minLength: 1, maxLength: 256 },
  },
};

/**
 * Login, logout and "who am I". Login answers with the bearer token (API clients) and also sets the
 * HTTP-only session cookie and the readable CSRF cookie (the browser); logout ends the session and
 * clears both cookies.
 */
export function authRoutes(services: Services): Router {
  const router = new Router();
  router.post('/api/auth/login', async (ctx) => {
    const body = validateBody<{ username: string; password: string }>(LOGIN_SCHEMA, ctx.request.body);
    const session = await services.auth.login(body.username, body.password, ctx.ip);
    ctx.body = { ...session, csrfToken: setSessionCookies(ctx, session.token) };
  });
  router.post('/api/auth/logout', async (ctx) => {
    requireUser(ctx);
    await services.auth.logout((ctx.state as AuthState).token as string);
    clearSessionCookies(ctx);
    ctx.status = 204;
  });
  router.get('/api/auth/me', (ctx) => {
    ctx.body = requireUser(ctx);
  });
  return router;
}
