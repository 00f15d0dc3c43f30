import { Router } from '@koa/router';
import type { WorkingCalendar } from '@govflow/engine';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import type { ComplaintChannel, ComplaintStatus } from '../store/port.js';
import type { ComplaintRequest } from '../supervision/complaints/complaintIntake.js';
import type { ComplaintCloseRequest, ForwardRequest } from '../supervision/complaints/complaintWorkflow.js';
import { feedbackOf } from '../supervision/complaints/feedback.js';
import type { Services } from './context.js';
import { defined, queryBoolean, queryEnum, queryLimit, queryPeriod, queryText } from './feedbackQuery.js';
import { ID_SCHEMA, NAME_SCHEMA, TEXT_SCHEMA } from './schemaParts.js';

export { FEEDBACK_SETTINGS_SCHEMA } from '../supervision/complaints/feedbackSettings.js';

/** A phone number to reach the complainant: a mobile number, or a landline with its area code. */
const PHONE_SCHEMA = { type: 'string', maxLength: 20, pattern: '^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$' } as const;
/** A short line (subject, whom it is about): not blank, at most 100 characters. */
const LINE_SCHEMA = { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' } as const;

const COMPLAINT_PROPERTIES = {
  complainant: {
    type: 'object',
    required: ['name', 'phone'],
    additionalProperties: false,
    properties: { name: NAME_SCHEMA, phone: PHONE_SCHEMA },
  },
  subject: LINE_SCHEMA,
  content: TEXT_SCHEMA,
  about: LINE_SCHEMA,
  receiptNumber: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[\\w\\-]+$' },
} as const;

/** `POST /api/complaints` (a window) and `POST /api/public/complaints`: contact details are required. */
export const COMPLAINT_SCHEMA = {
  type: 'object',
  required: ['complainant', 'subject', 'content'],
  additionalProperties: false,
  properties: COMPLAINT_PROPERTIES,
} as const;

/** `POST /api/hotline/complaints`: the complaint and the 12345 system's ticket number (工单编号). */
export const HOTLINE_COMPLAINT_SCHEMA = {
  type: 'object',
  required: ['ticket', 'complainant', 'subject', 'content'],
  additionalProperties: false,
  properties: {
    ...COMPLAINT_PROPERTIES,
    ticket: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[\\w\\-]+$' },
  },
} as const;

/** `POST /api/complaints/:id/accept`: 受理, with an optional note. */
export const ACCEPT_COMPLAINT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { note: TEXT_SCHEMA },
} as const;

/** `POST /api/complaints/:id/reject`: 不予受理, with every reason. */
export const REJECT_COMPLAINT_SCHEMA = {
  type: 'object',
  required: ['reasons'],
  additionalProperties: false,
  properties: { reasons: { type: 'array', minItems: 1, maxItems: 20, items: TEXT_SCHEMA } },
} as const;

/** `POST /api/complaints/:id/forward`: the department that must investigate. */
export const FORWARD_COMPLAINT_SCHEMA = {
  type: 'object',
  required: ['departmentId'],
  additionalProperties: false,
  properties: { departmentId: ID_SCHEMA, note: TEXT_SCHEMA },
} as const;

/** `POST /api/complaints/:id/answer`: the department's answer. */
export const ANSWER_COMPLAINT_SCHEMA = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: { text: TEXT_SCHEMA },
} as const;

/** `POST /api/complaints/:id/close`: substantiated (属实) or not, with the opinion the complainant is told. */
export const CLOSE_COMPLAINT_SCHEMA = {
  type: 'object',
  required: ['resolution', 'opinion'],
  additionalProperties: false,
  properties: { resolution: { enum: ['substantiated', 'unsubstantiated'] }, opinion: TEXT_SCHEMA },
} as const;

/** `POST /api/admin/hotline-keys`: the hotline system's name. */
export const HOTLINE_KEY_SCHEMA = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: NAME_SCHEMA },
} as const;

const STATUSES: readonly ComplaintStatus[] = ['received', 'accepted', 'rejected', 'forwarded', 'answered', 'closed'];
const CHANNELS: readonly ComplaintChannel[] = ['public', 'hotline', 'window'];

/** Complaint handling (投诉处理) for staff and signed-in complainants, the counts, and the shared settings. */
export function complaintRoutes(of: Services, calendar: WorkingCalendar): Router {
  const { complaints, settings } = feedbackOf(of, calendar);
  const router = new Router();
  router.post('/api/complaints', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<ComplaintRequest>(COMPLAINT_SCHEMA, ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = await complaints.filing.fileAtWindow(user, request);
  });
  router.get('/api/complaints', async (ctx) => {
    const user = requireUser(ctx);
    const query = defined({
      status: queryEnum(ctx, 'status', STATUSES),
      channel: queryEnum(ctx, 'channel', CHANNELS),
      departmentId: queryText(ctx, 'department'),
      caseId: queryText(ctx, 'caseId'),
      overdue: queryBoolean(ctx, 'overdue'),
      limit: queryLimit(ctx),
    });
    ctx.body = await complaints.list(user, query);
  });
  router.get('/api/complaints/:id', async (ctx) => {
    ctx.body = await complaints.detail(requireUser(ctx), ctx.params['id'] ?? '');
  });
  router.post('/api/complaints/:id/accept', async (ctx) => {
    const user = requireUser(ctx);
    const { note } = validateBody<{ note?: string }>(ACCEPT_COMPLAINT_SCHEMA, ctx.request.body ?? {});
    ctx.body = await complaints.accept(user, ctx.params['id'] ?? '', note);
  });
  router.post('/api/complaints/:id/reject', async (ctx) => {
    const user = requireUser(ctx);
    const { reasons } = validateBody<{ reasons: string[] }>(REJECT_COMPLAINT_SCHEMA, ctx.request.body ?? {});
    ctx.body = await complaints.reject(user, ctx.params['id'] ?? '', reasons);
  });
  router.post('/api/complaints/:id/forward', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<ForwardRequest>(FORWARD_COMPLAINT_SCHEMA, ctx.request.body ?? {});
    ctx.body = await complaints.forward(user, ctx.params['id'] ?? '', request);
  });
  router.post('/api/complaints/:id/answer', async (ctx) => {
    const user = requireUser(ctx);
    const { text } = validateBody<{ text: string }>(ANSWER_COMPLAINT_SCHEMA, ctx.request.body ?? {});
    ctx.body = await complaints.answer(user, ctx.params['id'] ?? '', text);
  });
  router.post('/api/complaints/:id/close', async (ctx) => {
    const user = requireUser(ctx);
    const request = validateBody<ComplaintCloseRequest>(CLOSE_COMPLAINT_SCHEMA, ctx.request.body ?? {});
    ctx.body = await complaints.close(user, ctx.params['id'] ?? '', request);
  });
  router.get('/api/supervision/complaint-counts', async (ctx) => {
    const user = requireUser(ctx);
    ctx.body = await complaints.counts(user, {
      ...queryPeriod(ctx),
      ...defined({ departmentId: queryText(ctx, 'department') }),
    });
  });
  router.get('/api/supervision/feedback-settings', async (ctx) => {
    ctx.body = await settings.get(requireUser(ctx));
  });
  router.put('/api/supervision/feedback-settings', async (ctx) => {
    ctx.body = await settings.put(requireUser(ctx), ctx.request.body ?? {});
  });
  return router;
}
