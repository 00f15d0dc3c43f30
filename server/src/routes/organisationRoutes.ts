import { Router } from '@koa/router';
import { ApiError } from '../http/apiError.js';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import { ORG_LEVELS, type Organisation } from '../organisation/organisation.js';
import type { Services } from './context.js';
import { ID_SCHEMA, NAME_SCHEMA } from './schemaParts.js';

const GROUPS_SCHEMA = { type: 'array', maxItems: 200, uniqueItems: true, items: ID_SCHEMA } as const;
const NULLABLE_ID = { anyOf: [ID_SCHEMA, { type: 'null' }] } as const;

/** `PUT /api/organisation`: the whole tree (units, departments, windows). */
export const ORGANISATION_SCHEMA = {
  type: 'object',
  required: ['units', 'departments', 'windows'],
  additionalProperties: false,
  properties: {
    units: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        required: ['id', 'name', 'level', 'parentId'],
        additionalProperties: false,
        properties: { id: ID_SCHEMA, name: NAME_SCHEMA, level: { enum: [...ORG_LEVELS] }, parentId: NULLABLE_ID },
      },
    },
    departments: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        required: ['id', 'name', 'unitId', 'catalogName', 'groups'],
        additionalProperties: false,
        properties: {
          id: ID_SCHEMA,
          name: NAME_SCHEMA,
          unitId: ID_SCHEMA,
          catalogName: NAME_SCHEMA,
          groups: GROUPS_SCHEMA,
        },
      },
    },
    windows: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        required: ['id', 'name', 'unitId', 'departmentId', 'groups'],
        additionalProperties: false,
        properties: {
          id: ID_SCHEMA,
          name: NAME_SCHEMA,
          unitId: ID_SCHEMA,
          departmentId: NULLABLE_ID,
          groups: GROUPS_SCHEMA,
        },
      },
    },
  },
} as const;

/** The organisation tree: anyone signed in reads it (pickers, boards); administrators replace it. */
export function organisationRoutes(services: Services): Router {
  const router = new Router();
  router.get('/api/organisation', async (ctx) => {
    requireUser(ctx);
    ctx.body = await services.organisation.get();
  });
  router.put('/api/organisation', async (ctx) => {
    const user = requireUser(ctx);
    if (user.role !== 'administrator') throw new ApiError(403, 'FORBIDDEN', '只有管理员可以修改组织机构');
    const organisation = validateBody<Organisation>(ORGANISATION_SCHEMA, ctx.request.body ?? {});
    ctx.body = await services.organisation.save(organisation, user.id);
  });
  return router;
}
