/**
 * `@govflow/forms` — validation of application forms against each item's JSON Schema, with Chinese
 * messages and stable field paths. Node-safe (no React): the server and the browser validate with this same code.
 *
 * @example
 * ```ts
 * import { createFormValidator, formCacheKey } from '@govflow/forms';
 * const validator = createFormValidator(item.form.schema, { cacheKey: formCacheKey(item.code, item.version) });
 * const { valid, errors } = validator.validate(formData, { now: clock.now() });
 * // errors: [{ path: '/idNumber', keyword: 'format', message: '身份证号码校验位不正确' }]
 * ```
 */
export {
  clearFormValidatorCache,
  createFormValidator,
  formCacheKey,
  FormSchemaError,
  formValidatorCacheStats,
  setFormValidatorCacheSize,
  type FormSchema,
  type FormValidator,
  type FormValidatorCacheStats,
  type FormValidatorOptions,
  type ValidateOptions,
} from './createFormValidator.js';
export type { FieldError, FormValidation } from './formErrors.js';
export { checkDataLimits, DEFAULT_FORM_LIMITS, type FormDataLimits } from './dataLimits.js';
export { addGovVocabulary, createGovAjv, type ExtensibleAjv } from './govAjv.js';
export { localizeFormErrors } from './localize.js';
export { findSchemaProblems, MAX_SCHEMA_DEPTH } from './schemaGuard.js';
export { chinaToday, parseIsoDate, resolveDateLimit } from './chinaTime.js';
export { checkGovFormat, explainGovFormat, GOV_FORMATS, type GovFormat } from './formats/index.js';
export { birthDateOfIdNumber, explainIdNumber, idNumberCheckChar } from './formats/idNumber.js';
export { explainUscc, usccCheckChar } from './formats/uscc.js';
export { explainCnDate, explainMobile } from './formats/simpleFormats.js';
export { fileReferenceSchema, type FileReference } from './fileReference.js';
export type { LooseKeywordDefinition, NowSource } from './dateKeywords.js';
