import { Router } from '@koa/router';
import { ApiError } from '../http/apiError.js';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { CalendarSaveRequest } from '../calendar/calendarService.js';
import type { Services } from './context.js';

const DATES_SCHEMA = {
  type: 'array',
  maxItems: 5000,
  items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
} as const;

/** `PUT /api/calendar`: the whole overrides document over the revision it replaces (0 for the first save). */
export const CALENDAR_SCHEMA = {
  type: 'object',
  required: ['holidays', 'workdays', 'coveredYears', 'revision'],
  additionalProperties: false,
  properties: {
    holidays: DATES_SCHEMA,
    workdays: DATES_SCHEMA,
    coveredYears: { type: 'array', maxItems: 200, items: { type: 'integer' } },
    revision: { type: 'integer', minimum: 0 },
  },
} as const;

/** The working calendar: anyone signed in reads it (deadline pickers, the coverage warning); administrators change it. */
export function calendarRoutes(services: Services): Router {
  const router = new Router();
  router.get('/api/calendar', async (ctx) => {
    requireUser(ctx);
    ctx.body = await services.calendar.view();
  });
  router.put('/api/calendar', async (ctx) => {
    const user = requireUser(ctx);
    if (user.role !== 'administrator') throw new ApiError(403, 'FORBIDDEN', '只有管理员可以修改工作日历');
    const request = validateBody<CalendarSaveRequest>(CALENDAR_SCHEMA, ctx.request.body ?? {});
    ctx.body = await services.calendar.save(user, request);
  });
  return router;
}
