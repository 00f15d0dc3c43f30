import { LOGIN_SCHEMA } from './authRoutes.js';
import { CALENDAR_SCHEMA } from './calendarRoutes.js';
import {
  CONCLUDE_SCHEMA,
  DELIVER_SCHEMA,
  EXTEND_SCHEMA,
  RESUME_CLOCK_SCHEMA,
  STOP_CLOCK_SCHEMA,
  TERMINATE_SCHEMA,
  WITHDRAW_SCHEMA,
} from './caseCommandRoutes.js';
import { INTAKE_SCHEMA } from './caseRoutes.js';
import {
  DRAFT_SAVE_SCHEMA,
  ITEM_IMPORT_PATH,
  ITEM_IMPORT_SCHEMA,
  ITEM_PUBLISH_SCHEMA,
  ITEM_VALIDATE_SCHEMA,
  XLSX_MEDIA_TYPE,
} from './itemAdminRoutes.js';
import { CLOCK_SCHEMA } from './devRoutes.js';
import { API_KEY_SCHEMA, PUSH_COMPLETE_SCHEMA } from './departmentSystemRoutes.js';
import { UPLOAD_SCHEMA } from './fileRoutes.js';
import { NOTICE_SCHEMA, REFUSAL_SCHEMA } from './intakeDecisionRoutes.js';
import { ORGANISATION_SCHEMA } from './organisationRoutes.js';
import { EMPTY_SCHEMA } from './schemaParts.js';
import { SCORE_FORMULA_SCHEMA } from './statisticsRoutes.js';
import {
  ANSWER_SIGNAL_SCHEMA,
  APPEAL_SIGNAL_SCHEMA,
  CLOSE_SIGNAL_SCHEMA,
  SIGNAL_SETTINGS_SCHEMA,
} from './signalRoutes.js';
import { CLAIM_SCHEMA, COMPLETE_SCHEMA, RETURN_SCHEMA, TRANSFER_SCHEMA } from './taskRoutes.js';
import { ACCOUNT_SCHEMA } from './userRoutes.js';
import { APPLICATION_REQUEST_SCHEMAS } from './applicationSchemas.js';
import { FEEDBACK_REQUEST_SCHEMAS } from './feedbackRouters.js';

/** The writes whose body is not JSON, with their content type. */
export const REQUEST_CONTENT_TYPES: Readonly<Record<string, string>> = {
  'POST /api/files': 'multipart/form-data',
  [`POST ${ITEM_IMPORT_PATH}`]: XLSX_MEDIA_TYPE,
};

/** The JSON Schema that validates each write's body — the very constants the routes validate with. */
export const REQUEST_SCHEMAS: Readonly<Record<string, object>> = {
  'POST /api/auth/login': LOGIN_SCHEMA,
  'POST /api/auth/logout': EMPTY_SCHEMA,
  'POST /api/cases': INTAKE_SCHEMA,
  'POST /api/tasks/:id/complete': COMPLETE_SCHEMA,
  'POST /api/tasks/:id/claim': CLAIM_SCHEMA,
  'POST /api/tasks/:id/return': RETURN_SCHEMA,
  'POST /api/tasks/:id/transfer': TRANSFER_SCHEMA,
  'POST /api/cases/:id/clock/stop': STOP_CLOCK_SCHEMA,
  'POST /api/cases/:id/clock/resume': RESUME_CLOCK_SCHEMA,
  'POST /api/cases/:id/extend': EXTEND_SCHEMA,
  'POST /api/cases/:id/terminate': TERMINATE_SCHEMA,
  'POST /api/cases/:id/withdraw': WITHDRAW_SCHEMA,
  'POST /api/cases/:id/conclude': CONCLUDE_SCHEMA,
  'POST /api/cases/:id/deliver': DELIVER_SCHEMA,
  'POST /api/intake/notices': NOTICE_SCHEMA,
  'POST /api/intake/refusals': REFUSAL_SCHEMA,
  'POST /api/dev/clock': CLOCK_SCHEMA,
  'PUT /api/admin/item-drafts/:code': DRAFT_SAVE_SCHEMA,
  'POST /api/admin/items/validate': ITEM_VALIDATE_SCHEMA,
  'POST /api/admin/items/publish': ITEM_PUBLISH_SCHEMA,
  [`POST ${ITEM_IMPORT_PATH}`]: ITEM_IMPORT_SCHEMA,
  'POST /api/files': UPLOAD_SCHEMA,
  'POST /api/admin/api-keys': API_KEY_SCHEMA,
  'POST /api/admin/api-keys/:id/revoke': EMPTY_SCHEMA,
  'POST /api/department-systems/tasks/:taskId/complete': PUSH_COMPLETE_SCHEMA,
  'PUT /api/organisation': ORGANISATION_SCHEMA,
  'PUT /api/calendar': CALENDAR_SCHEMA,
  'POST /api/users': ACCOUNT_SCHEMA,
  'PUT /api/users/:id': ACCOUNT_SCHEMA,
  'POST /api/supervision/signals/sweep': EMPTY_SCHEMA,
  'POST /api/supervision/signals/:id/answer': ANSWER_SIGNAL_SCHEMA,
  'POST /api/supervision/signals/:id/appeal': APPEAL_SIGNAL_SCHEMA,
  'POST /api/supervision/signals/:id/close': CLOSE_SIGNAL_SCHEMA,
  'PUT /api/supervision/signal-settings': SIGNAL_SETTINGS_SCHEMA,
  'PUT /api/statistics/score-settings': SCORE_FORMULA_SCHEMA,
  'POST /api/statistics/scores/:month/publish': EMPTY_SCHEMA,
  ...APPLICATION_REQUEST_SCHEMAS,
  ...FEEDBACK_REQUEST_SCHEMAS,
};
