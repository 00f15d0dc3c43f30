/**
 * `@govflow/forms` — validation of application forms against each item's JSON Schema, with Chinese
 * messages and stable field paths. Node-safe: the server and the browser validate with this same code.
 *
 * @example
 * ```ts
 * import { createFormValidator } from '@govflow/forms';
 * const { valid, errors } = createFormValidator(item.form.schema).validate(formData);
 * ```
 */
export { createFormValidator, FormSchemaError, type FormSchema, type FormValidator } from './createFormValidator.js';
export type { FieldError, FormValidation } from './formErrors.js';
