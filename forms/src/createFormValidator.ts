import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import * as zhModule from 'ajv-i18n/localize/zh/index.js';
import type { FieldError, FormValidation } from './formErrors.js';

/** A JSON Schema for an item's application form (kept loose: ajv checks it). */
export type FormSchema = Record<string, unknown>;

/** Validates form data against one item version's schema; compiled once, reused for every case. */
export interface FormValidator {
  validate(data: unknown): FormValidation;
}

/** Thrown when the schema itself is not a valid JSON Schema. */
export class FormSchemaError extends Error {
  readonly code = 'FORM_SCHEMA_INVALID';
  constructor(message: string) {
    super(`申请表定义无效：${message}`);
    this.name = 'FormSchemaError';
  }
}

type Localize = (errors?: ErrorObject[] | null) => void;
// CommonJS interop differs between Node and bundlers: the function may sit on `default` or be the module.
const zh = zhModule as unknown as Localize & { default?: Localize & { default?: Localize } };
const localizeZh: Localize = zh.default?.default ?? zh.default ?? zh;

const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false, messages: true });
const addFormats = formatsPlugin as unknown as typeof formatsPlugin.default & {
  default?: typeof formatsPlugin.default;
};
(addFormats.default ?? addFormats)(ajv);

const cache = new WeakMap<FormSchema, FormValidator>();

/**
 * Compiles a validator for a form schema; the same schema object returns the cached validator.
 * Every error carries the field's JSON Pointer and a Chinese message. The server and the browser use this same code.
 */
export function createFormValidator(schema: FormSchema): FormValidator {
  const known = cache.get(schema);
  if (known) return known;
  let compiled: ValidateFunction;
  try {
    compiled = ajv.compile(schema);
  } catch (error) {
    throw new FormSchemaError(error instanceof Error ? error.message : String(error));
  }
  const validator: FormValidator = {
    validate(data: unknown): FormValidation {
      if (compiled(data)) return { valid: true, errors: [] };
      const errors = [...(compiled.errors ?? [])];
      localizeZh(errors);
      return { valid: false, errors: errors.map(toFieldError) };
    },
  };
  cache.set(schema, validator);
  return validator;
}

function toFieldError(error: ErrorObject): FieldError {
  const missing =
    error.keyword === 'required' ? (error.params as { missingProperty?: string }).missingProperty : undefined;
  const path = missing === undefined ? error.instancePath : `${error.instancePath}/${missing}`;
  return { path, keyword: error.keyword, message: error.message ?? '格式不正确' };
}
