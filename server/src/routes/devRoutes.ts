import { Router } from '@koa/router';
import { ManualClock } from '../clock.js';
import { ApiError } from '../http/apiError.js';
import { validateBody } from '../http/validateBody.js';
import type { Services } from './context.js';

/** Body of `POST /api/dev/clock`. */
export const CLOCK_SCHEMA = {
  type: 'object',
  required: ['now'],
  additionalProperties: false,
  properties: { now: { type: 'string', format: 'date-time' } },
};

/** `POST /api/dev/clock`: sets the manual clock. Mounted only when GOVFLOW_CLOCK=manual. */
export function devRoutes(services: Services): Router {
  const router = new Router();
  router.post('/api/dev/clock', async (ctx) => {
    const clock = services.clock;
    if (!(clock instanceof ManualClock)) throw new ApiError(404, 'NOT_FOUND', '接口不存在');
    const { now } = validateBody<{ now: string }>(CLOCK_SCHEMA, ctx.request.body);
    try {
      clock.set(now);
    } catch (error) {
      throw new ApiError(400, 'CLOCK_INVALID', error instanceof Error ? error.message : '无效的时间');
    }
    // In demo/test mode every timer that came due fires at once, so lights move with the clock.
    const fired = await services.scheduler.fireDue();
    ctx.body = { now: clock.now().toISOString(), firedTimers: fired };
  });
  return router;
}
