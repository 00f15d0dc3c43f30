import type { FieldError } from '@govflow/forms';
import { ApiError } from './apiError.js';

/** A field's own error for one failed JSON Schema keyword: a stable code and a Chinese message. */
export interface FieldErrorNote {
  readonly code: string;
  readonly message: string;
}

/** A field's own errors by the keyword that failed (`required`: the field is missing). */
export type FieldErrorNotes = Readonly<Record<string, FieldErrorNote>>;

/**
 * The request-schema annotation that carries a field's own errors, e.g.
 * `{ type: 'array', minItems: 1, 'x-errors': { required: NOTE, minItems: NOTE } }`. ajv (not strict) ignores it;
 * `/api/openapi.json` publishes it as an extension, so clients see the codes.
 */
export const FIELD_ERRORS_KEYWORD = 'x-errors';

/** The schema of a request field, annotated with its own errors (see `FIELD_ERRORS_KEYWORD`). */
export function withFieldErrors<S extends object>(
  schema: S,
  notes: FieldErrorNotes,
): S & { 'x-errors': FieldErrorNotes } {
  return { ...schema, [FIELD_ERRORS_KEYWORD]: notes } as S & { 'x-errors': FieldErrorNotes };
}

/**
 * The 400 for a request body that failed its schema, listing every invalid field. An error of an annotated
 * field carries that field's own message; when every error does, under one code, the 400 has that code and
 * message and names the field (`details.field`, e.g. `reasons`); otherwise it is `VALIDATION_FAILED`.
 */
export function requestValidationError(schema: object, errors: readonly FieldError[]): ApiError {
  const seen = new Set<string>();
  const listed: { error: FieldError; note: FieldErrorNote | undefined }[] = [];
  for (const error of errors) {
    const note = noteFor(schema, error);
    const message = note?.message ?? error.message;
    const identity = `${error.path}\u0000${message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    listed.push({ error: note ? { ...error, message } : error, note });
  }
  const details = { errors: listed.map((entry) => entry.error) };
  const [first] = listed;
  if (first?.note && listed.every((entry) => entry.note?.code === first.note?.code)) {
    return new ApiError(400, first.note.code, first.note.message, { field: first.error.path.slice(1), ...details });
  }
  return new ApiError(400, 'VALIDATION_FAILED', '请求内容有误', details);
}

function noteFor(schema: object, error: FieldError): FieldErrorNote | undefined {
  const field = schemaAt(schema, error.path);
  if (typeof field !== 'object' || field === null) return undefined;
  const notes = (field as Record<string, unknown>)[FIELD_ERRORS_KEYWORD];
  if (typeof notes !== 'object' || notes === null || !Object.hasOwn(notes, error.keyword)) return undefined;
  return (notes as FieldErrorNotes)[error.keyword];
}

/** The schema describing the data at a JSON Pointer, following `properties` and `items` only. */
function schemaAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    if (typeof node !== 'object' || node === null) return undefined;
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const { properties, items } = node as { properties?: Record<string, unknown>; items?: unknown };
    if (properties && Object.hasOwn(properties, segment)) node = properties[segment];
    else if (/^\d+$/.test(segment) && items !== undefined && !Array.isArray(items)) node = items;
    else return undefined;
  }
  return node;
}
