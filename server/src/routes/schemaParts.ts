/** JSON Schema parts shared by the request schemas of the case routes. */
import { withFieldErrors } from '../http/requestFieldErrors.js';
import { REFUSAL_REASONS_REQUIRED } from '../services/intake/intakeDecisionService.js';

/** An identifier: item codes, material ids, user ids, element ids. */
export const ID_SCHEMA = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[\\w.\\-]+$' } as const;

/** A required free text (reason, opinion): not blank, at most 5,000 characters. */
export const TEXT_SCHEMA = { type: 'string', minLength: 1, maxLength: 5000, pattern: '\\S' } as const;

/** A refusal reason left blank: the same code as no reason at all, pointing at the blank line. */
const BLANK_REFUSAL_REASON = {
  code: REFUSAL_REASONS_REQUIRED.code,
  message: '不予受理理由不能为空白，请写明或删去该条',
} as const;

/**
 * The written reasons of a refusal to accept (不予受理): at least one, none blank; a request without them is
 * 400 `REFUSAL_REASONS_REQUIRED` naming the field `reasons`.
 */
export const REFUSAL_REASONS_SCHEMA = withFieldErrors(
  {
    type: 'array',
    minItems: 1,
    maxItems: 20,
    items: withFieldErrors(TEXT_SCHEMA, { minLength: BLANK_REFUSAL_REASON, pattern: BLANK_REFUSAL_REASON }),
  } as const,
  { required: REFUSAL_REASONS_REQUIRED, minItems: REFUSAL_REASONS_REQUIRED },
);

/** A short name (applicant, approver, recipient): not blank, at most 60 characters. */
export const NAME_SCHEMA = { type: 'string', minLength: 1, maxLength: 60, pattern: '\\S' } as const;

/** An instant with its offset, e.g. `2026-09-21T09:00:00+08:00`. */
export const INSTANT_SCHEMA = { type: 'string', format: 'date-time', maxLength: 40 } as const;

/** No body, or an empty object. */
export const EMPTY_SCHEMA = { type: 'object', additionalProperties: false, properties: {} } as const;

/** The materials received at a window: ids, or ids with original and copy counts and the form. */
export const MATERIALS_SCHEMA = {
  type: 'array',
  maxItems: 200,
  items: {
    anyOf: [
      ID_SCHEMA,
      {
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id: ID_SCHEMA,
          originals: { type: 'integer', minimum: 0, maximum: 100 },
          copies: { type: 'integer', minimum: 0, maximum: 100 },
          form: { enum: ['paper', 'electronic'] },
          // Uploaded files holding the material (SHA-256 from `POST /api/files`), e.g. both sides of an ID card.
          files: {
            type: 'array',
            minItems: 1,
            maxItems: 20,
            uniqueItems: true,
            items: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          },
        },
      },
    ],
  },
} as const;
