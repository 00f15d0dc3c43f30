import type { Router } from '@koa/router';
import type { WorkingCalendar } from '@govflow/engine';
import {
  ACCEPT_COMPLAINT_SCHEMA,
  ANSWER_COMPLAINT_SCHEMA,
  CLOSE_COMPLAINT_SCHEMA,
  COMPLAINT_SCHEMA,
  complaintRoutes,
  FEEDBACK_SETTINGS_SCHEMA,
  FORWARD_COMPLAINT_SCHEMA,
  HOTLINE_COMPLAINT_SCHEMA,
  HOTLINE_KEY_SCHEMA,
  REJECT_COMPLAINT_SCHEMA,
} from './complaintRoutes.js';
import type { Services } from './context.js';
import {
  CALLBACK_SCHEMA,
  CLOSE_FOLLOW_UP_SCHEMA,
  CODE_EVALUATION_SCHEMA,
  EVALUATION_CODE_SCHEMA,
  evaluationRoutes,
  ONLINE_EVALUATION_SCHEMA,
  RECTIFICATION_SCHEMA,
} from './evaluationRoutes.js';
import { hotlineRoutes } from './hotlineRoutes.js';
import { PUBLIC_COMPLAINT_SCHEMA, publicFeedbackRoutes } from './publicFeedbackRoutes.js';
import { EMPTY_SCHEMA } from './schemaParts.js';

/** Every router of complaints (投诉) and 好差评, for `createPlatform` to mount, each built with the calendar. */
export function feedbackRouters(calendar: WorkingCalendar): ((of: Services) => Router)[] {
  return [
    (of) => publicFeedbackRoutes(of, calendar),
    (of) => complaintRoutes(of, calendar),
    (of) => hotlineRoutes(of, calendar),
    (of) => evaluationRoutes(of, calendar),
  ];
}

/** The JSON Schema of each write of complaints and 好差评, for the request schemas (and so `/api/openapi.json`). */
export const FEEDBACK_REQUEST_SCHEMAS: Readonly<Record<string, object>> = {
  'POST /api/public/complaints': PUBLIC_COMPLAINT_SCHEMA,
  'POST /api/public/evaluations': CODE_EVALUATION_SCHEMA,
  'POST /api/hotline/complaints': HOTLINE_COMPLAINT_SCHEMA,
  'POST /api/admin/hotline-keys': HOTLINE_KEY_SCHEMA,
  'POST /api/admin/hotline-keys/:id/revoke': EMPTY_SCHEMA,
  'POST /api/complaints': COMPLAINT_SCHEMA,
  'POST /api/complaints/:id/accept': ACCEPT_COMPLAINT_SCHEMA,
  'POST /api/complaints/:id/reject': REJECT_COMPLAINT_SCHEMA,
  'POST /api/complaints/:id/forward': FORWARD_COMPLAINT_SCHEMA,
  'POST /api/complaints/:id/answer': ANSWER_COMPLAINT_SCHEMA,
  'POST /api/complaints/:id/close': CLOSE_COMPLAINT_SCHEMA,
  'PUT /api/supervision/feedback-settings': FEEDBACK_SETTINGS_SCHEMA,
  'POST /api/evaluations/codes': EVALUATION_CODE_SCHEMA,
  'POST /api/evaluations': ONLINE_EVALUATION_SCHEMA,
  'POST /api/evaluations/:id/callbacks': CALLBACK_SCHEMA,
  'POST /api/evaluations/:id/rectification': RECTIFICATION_SCHEMA,
  'POST /api/evaluations/:id/close': CLOSE_FOLLOW_UP_SCHEMA,
};
