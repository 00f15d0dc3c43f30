import { withFieldErrors } from '../http/requestFieldErrors.js';
import {
  EMPTY_SCHEMA,
  ID_SCHEMA,
  INSTANT_SCHEMA,
  MATERIALS_SCHEMA,
  NAME_SCHEMA,
  REFUSAL_REASONS_SCHEMA,
  TEXT_SCHEMA,
} from './schemaParts.js';

/** A material returned for correction without saying why. */
const RETURN_REASON_REQUIRED = {
  code: 'RETURN_REASON_REQUIRED',
  message: '退回的每项材料都须写明退回理由（如：复印件不清晰）',
} as const;

/** `POST /api/applications`: 收件登记 at a window or village room. */
export const REGISTER_APPLICATION_SCHEMA = {
  type: 'object',
  required: ['itemCode', 'formData', 'materials', 'applicantName'],
  additionalProperties: false,
  properties: {
    itemCode: ID_SCHEMA,
    formData: { type: 'object' },
    materials: MATERIALS_SCHEMA,
    applicantName: NAME_SCHEMA,
    receivedAt: INSTANT_SCHEMA,
    note: { type: 'string', maxLength: 1000 },
  },
} as const;

/** `POST /api/applications/online`: 网上申请 by a registered applicant. */
export const ONLINE_APPLICATION_SCHEMA = {
  type: 'object',
  required: ['itemCode', 'formData', 'materials'],
  additionalProperties: false,
  properties: { itemCode: ID_SCHEMA, formData: { type: 'object' }, materials: MATERIALS_SCHEMA, unitId: ID_SCHEMA },
} as const;

/** `POST /api/applications/:id/forward`: 报送 to a unit above. */
export const FORWARD_APPLICATION_SCHEMA = {
  type: 'object',
  required: ['toUnitId'],
  additionalProperties: false,
  properties: { toUnitId: ID_SCHEMA, note: { type: 'string', maxLength: 1000 } },
} as const;

/** `POST /api/applications/:id/return`: 退回补正 with the materials rejected and why. */
export const RETURN_APPLICATION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rejected: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        required: ['materialId', 'reason'],
        additionalProperties: false,
        properties: {
          materialId: ID_SCHEMA,
          reason: withFieldErrors(TEXT_SCHEMA, {
            required: RETURN_REASON_REQUIRED,
            minLength: RETURN_REASON_REQUIRED,
            pattern: RETURN_REASON_REQUIRED,
          }),
        },
      },
    },
    notes: { type: 'string', maxLength: 5000 },
  },
} as const;

/** `POST /api/applications/:id/correct`: 补正 with the whole set of materials (and the form, if changed). */
export const CORRECT_APPLICATION_SCHEMA = {
  type: 'object',
  required: ['materials'],
  additionalProperties: false,
  properties: { formData: { type: 'object' }, materials: MATERIALS_SCHEMA },
} as const;

/** `POST /api/applications/:id/refuse`: 不予受理 with written reasons. */
export const REFUSE_APPLICATION_SCHEMA = {
  type: 'object',
  required: ['reasons'],
  additionalProperties: false,
  properties: {
    reasons: REFUSAL_REASONS_SCHEMA,
    legalBasis: { type: 'string', maxLength: 500 },
  },
} as const;

/** `POST /api/public/progress`: 进度查询 by receipt number and progress-query code. */
export const PROGRESS_QUERY_SCHEMA = {
  type: 'object',
  required: ['receiptNumber', 'code'],
  additionalProperties: false,
  properties: {
    receiptNumber: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9-]+$' },
    code: { type: 'string', minLength: 1, maxLength: 20 },
  },
} as const;

/** `POST /api/public/register`: an applicant's sign-up (real name, mobile, password). */
export const APPLICANT_SIGN_UP_SCHEMA = {
  type: 'object',
  required: ['realName', 'mobile', 'password'],
  additionalProperties: false,
  properties: {
    realName: { type: 'string', minLength: 2, maxLength: 30, pattern: '^[\\u4e00-\\u9fa5·A-Za-z ]+$' },
    mobile: { type: 'string', pattern: '^1[3-9]\\d{9}$' },
    password: { type: 'string', minLength: 8, maxLength: 128 },
  },
} as const;

/** The request schemas of the application and public routes, for validation and `/api/openapi.json`. */
export const APPLICATION_REQUEST_SCHEMAS: Readonly<Record<string, object>> = {
  'POST /api/applications': REGISTER_APPLICATION_SCHEMA,
  'POST /api/applications/online': ONLINE_APPLICATION_SCHEMA,
  'POST /api/applications/:id/forward': FORWARD_APPLICATION_SCHEMA,
  'POST /api/applications/:id/return': RETURN_APPLICATION_SCHEMA,
  'POST /api/applications/:id/correct': CORRECT_APPLICATION_SCHEMA,
  'POST /api/applications/:id/refuse': REFUSE_APPLICATION_SCHEMA,
  'POST /api/applications/:id/accept': EMPTY_SCHEMA,
  'POST /api/cases/:id/progress-code': EMPTY_SCHEMA,
  'POST /api/public/progress': PROGRESS_QUERY_SCHEMA,
  'POST /api/public/register': APPLICANT_SIGN_UP_SCHEMA,
};
