/** JSON Schema parts shared by the request schemas of the case routes. */

/** An identifier: item codes, material ids, user ids, element ids. */
export const ID_SCHEMA = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[\\w.\\-]+$' } as const;

/** A required free text (reason, opinion): not blank, at most 5,000 characters. */
export const TEXT_SCHEMA = { type: 'string', minLength: 1, maxLength: 5000, pattern: '\\S' } as const;

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
