import { createFormValidator, type FormSchema } from '@govflow/forms';
import { ApiError } from './apiError.js';

/**
 * Validates a request body against its JSON Schema (the same ajv code that validates forms) and
 * returns it typed; a 400 lists every invalid field.
 */
export function validateBody<T>(schema: FormSchema, body: unknown): T {
  const { valid, errors } = createFormValidator(schema).validate(body);
  if (!valid) throw new ApiError(400, 'VALIDATION_FAILED', '请求内容有误', { errors });
  return body as T;
}
