import { Router } from '@koa/router';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { ApiKeyRequest } from '../services/departmentSystems/apiKeyService.js';
import type { CompleteRequest } from '../services/lifecycle/taskCommands.js';
import type { Services } from './context.js';
import { EMPTY_SCHEMA, ID_SCHEMA, NAME_SCHEMA } from './schemaParts.js';
import { COMPLETE_SCHEMA } from './taskRoutes.js';

/** `POST /api/admin/api-keys`: a department system's key — its name, department and the groups it may complete. */
export const API_KEY_SCHEMA = {
  type: 'object',
  required: ['name', 'departmentId', 'groups'],
  additionalProperties: false,
  properties: {
    name: NAME_SCHEMA,
    departmentId: ID_SCHEMA,
    groups: { type: 'array', minItems: 1, maxItems: 20, uniqueItems: true, items: ID_SCHEMA },
  },
} as const;

/** `POST /api/department-systems/tasks/:taskId/complete`: the same body as a clerk's 办理. */
export const PUSH_COMPLETE_SCHEMA = COMPLETE_SCHEMA;

/**
 * Department systems: administrators manage their API keys; the systems push step results with
 * `X-Api-Key` and `Idempotency-Key` (a replayed answer carries `Idempotent-Replayed: true`).
 */
export function departmentSystemRoutes(services: Services): Router {
  const router = new Router();
  router.post('/api/admin/api-keys', async (ctx) => {
    const admin = requireUser(ctx);
    const request = validateBody<ApiKeyRequest>(API_KEY_SCHEMA, ctx.request.body);
    ctx.status = 201;
    ctx.body = await services.apiKeys.create(admin, request);
  });
  router.get('/api/admin/api-keys', async (ctx) => {
    ctx.body = await services.apiKeys.list(requireUser(ctx));
  });
  router.post('/api/admin/api-keys/:id/revoke', async (ctx) => {
    const admin = requireUser(ctx);
    validateBody(EMPTY_SCHEMA, ctx.request.body ?? {});
    ctx.body = await services.apiKeys.revoke(admin, ctx.params['id'] ?? '');
  });
  router.post('/api/department-systems/tasks/:taskId/complete', async (ctx) => {
    const system = await services.apiKeys.authenticate(ctx.get('x-api-key'));
    const request = validateBody<CompleteRequest>(PUSH_COMPLETE_SCHEMA, ctx.request.body ?? {});
    const answer = await services.departmentPush.complete(
      system,
      ctx.get('idempotency-key'),
      ctx.params['taskId'] ?? '',
      request,
    );
    ctx.status = answer.status;
    ctx.body = answer.body;
    if (answer.replayed) ctx.set('idempotent-replayed', 'true');
  });
  return router;
}
