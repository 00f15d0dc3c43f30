import { Router } from '@koa/router';
import type { WorkingCalendar } from '@govflow/engine';
import type { AuthState } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { ComplaintRequest } from '../supervision/complaints/complaintIntake.js';
import { feedbackOf } from '../supervision/complaints/feedback.js';
import type { EvaluationRequest } from '../supervision/evaluations/evaluationIntake.js';
import { COMPLAINT_SCHEMA } from './complaintRoutes.js';
import type { Services } from './context.js';
import { CODE_EVALUATION_SCHEMA } from './evaluationRoutes.js';

/** `POST /api/public/complaints`: the same complaint as at a window; contact details are required. */
export const PUBLIC_COMPLAINT_SCHEMA = COMPLAINT_SCHEMA;

/**
 * The public side of complaints and 好差评, no sign-in needed: a complaint from the public page
 * (rate-limited per address and per phone number; a signed-in applicant's complaint is theirs to follow),
 * and an evaluation at the window with the code the clerk's screen shows (wrong codes are throttled).
 */
export function publicFeedbackRoutes(of: Services, calendar: WorkingCalendar): Router {
  const { complaints, evaluations } = feedbackOf(of, calendar);
  const router = new Router();
  router.post('/api/public/complaints', async (ctx) => {
    const request = validateBody<ComplaintRequest>(PUBLIC_COMPLAINT_SCHEMA, ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = await complaints.filing.filePublic((ctx.state as AuthState).user, request, ctx.ip);
  });
  router.post('/api/public/evaluations', async (ctx) => {
    const { code, ...request } = validateBody<EvaluationRequest & { code: string }>(
      CODE_EVALUATION_SCHEMA,
      ctx.request.body ?? {},
    );
    ctx.status = 201;
    ctx.body = await evaluations.channels.evaluateWithCode(code, request, ctx.ip);
  });
  return router;
}
