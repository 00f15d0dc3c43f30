import { Router } from '@koa/router';
import { ApiError } from '../http/apiError.js';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { AccountRequest } from '../organisation/userAdmin.js';
import type { SessionUser } from '../services/authService.js';
import type { Services } from './context.js';
import { ID_SCHEMA, NAME_SCHEMA } from './schemaParts.js';

const NULLABLE_ID = { anyOf: [ID_SCHEMA, { type: 'null' }] } as const;

/** `POST /api/users` and `PUT /api/users/:id`: an account and where it works. */
export const ACCOUNT_SCHEMA = {
  type: 'object',
  required: ['username', 'displayName', 'role', 'groups', 'unitId', 'departmentId', 'windowId'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 2, maxLength: 40, pattern: '^[A-Za-z0-9_.-]+$' },
    displayName: NAME_SCHEMA,
    role: { enum: ['administrator', 'lead', 'clerk', 'agent', 'supervisor', 'applicant'] },
    groups: { type: 'array', maxItems: 50, uniqueItems: true, items: ID_SCHEMA },
    unitId: NULLABLE_ID,
    departmentId: NULLABLE_ID,
    windowId: NULLABLE_ID,
    password: { type: 'string', minLength: 8, maxLength: 200 },
  },
} as const;

/** Accounts administration (administrators only). */
export function userRoutes(services: Services): Router {
  const router = new Router();
  router.get('/api/users', async (ctx) => {
    requireAdministrator(requireUser(ctx));
    ctx.body = await services.users.list();
  });
  router.post('/api/users', async (ctx) => {
    requireAdministrator(requireUser(ctx));
    const request = validateBody<AccountRequest>(ACCOUNT_SCHEMA, ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = await services.users.create(request);
  });
  router.put('/api/users/:id', async (ctx) => {
    requireAdministrator(requireUser(ctx));
    const request = validateBody<AccountRequest>(ACCOUNT_SCHEMA, ctx.request.body ?? {});
    ctx.body = await services.users.update(ctx.params['id'] ?? '', request);
  });
  return router;
}

function requireAdministrator(user: SessionUser): void {
  if (user.role !== 'administrator') throw new ApiError(403, 'FORBIDDEN', '只有管理员可以管理账号');
}
