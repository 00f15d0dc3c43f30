import { LOGIN_SCHEMA } from './authRoutes.js';
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
import { CLOCK_SCHEMA } from './devRoutes.js';
import { NOTICE_SCHEMA, REFUSAL_SCHEMA } from './intakeDecisionRoutes.js';
import { EMPTY_SCHEMA } from './schemaParts.js';
import { CLAIM_SCHEMA, COMPLETE_SCHEMA, RETURN_SCHEMA, TRANSFER_SCHEMA } from './taskRoutes.js';

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
};
