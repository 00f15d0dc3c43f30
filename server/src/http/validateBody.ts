import { createFormValidator, type FormSchema } from '@govflow/forms';
import { requestValidationError } from './requestFieldErrors.js';

/**
 * Validates a request body against its JSON Schema (the same ajv code that validates forms) and
 * returns it typed; a 400 lists every invalid field, with a field's own code and message where its
 * schema gives them (see `requestValidationError`).
 */
export function validateBody<T>(schema: FormSchema, body: unknown): T {
  const { valid, errors } = createFormValidator(schema).validate(body);
  if (!valid) throw requestValidationError(schema, errors);
  return body as T;
}
