import type { ErrorObject, ValidateFunction } from 'ajv';
import { checkDataLimits, DEFAULT_FORM_LIMITS, type FormDataLimits } from './dataLimits.js';
import type { FieldError, FormValidation } from './formErrors.js';
import { createGovAjv } from './govAjv.js';
import { localizeFormErrors } from './localize.js';
import { findSchemaProblems } from './schemaGuard.js';
import { LruCache } from './validatorCache.js';

/** A JSON Schema for an item's application form (kept loose: ajv checks it). */
export type FormSchema = Record<string, unknown>;

/** How to find or compile a validator. */
export interface FormValidatorOptions {
  /**
   * Explicit cache key, by convention `itemCode@version` (see {@link formCacheKey}). A published item version is
   * frozen, so the key alone finds the compiled validator even when the schema arrives as a new object.
   */
  readonly cacheKey?: string;
}

/** Per-call settings of a validation. */
export interface ValidateOptions {
  /** The instant "today" is taken from for `minDate` / `maxDate` (as a China date); default: the system clock. */
  readonly now?: Date;
  /** Bounds on the data checked before ajv runs; default {@link DEFAULT_FORM_LIMITS}. */
  readonly limits?: Partial<FormDataLimits>;
}

/** Validates form data against one item version's schema; compiled once, reused for every case. */
export interface FormValidator {
  /** The schema this validator was compiled from. */
  readonly schema: FormSchema;
  /** Validates form data; every error has a JSON Pointer and a Chinese message. Never throws for bad data. */
  validate(data: unknown, options?: ValidateOptions): FormValidation;
}

/** Thrown when the schema itself is not a valid (or not a safe) JSON Schema. */
export class FormSchemaError extends Error {
  /** Stable code for programs. */
  readonly code = 'FORM_SCHEMA_INVALID';
  /** Each problem found, in Chinese. */
  readonly problems: readonly string[];
  constructor(message: string, problems: readonly string[] = [message]) {
    super(`申请表定义无效：${message}`);
    this.name = 'FormSchemaError';
    this.problems = problems;
  }
}

/** Counters of the validator cache (for tests, health pages and benchmarks). */
export interface FormValidatorCacheStats {
  /** Validators held. */
  readonly size: number;
  /** Most validators held before the least recently used is dropped. */
  readonly maxEntries: number;
  /** Schemas compiled since start (or the last {@link clearFormValidatorCache}). */
  readonly compiles: number;
  /** Lookups answered from the cache. */
  readonly hits: number;
}

const ajv = createGovAjv();
const byKey = new LruCache<string | object, FormValidator>(1000, (_key, validator) => {
  ajv.removeSchema(validator.schema);
});
let bySchema = new WeakMap<object, FormValidator>();
const counters = { compiles: 0, hits: 0 };
const SYSTEM_CLOCK = Object.freeze({
  get now(): Date {
    return new Date();
  },
});

/** The conventional cache key of an item version's form: `itemCode@version`. */
export function formCacheKey(itemCode: string, version: number | string): string {
  return `${itemCode}@${version}`;
}

/**
 * Compiles a validator for a form schema, or returns the cached one: by `options.cacheKey` when given, else by
 * schema identity. The cache is bounded (least recently used out; see {@link setFormValidatorCacheSize}).
 * Throws {@link FormSchemaError} for an invalid schema, an unknown format, or a `$ref` cycle that never ends.
 * Every error carries the field's JSON Pointer and a Chinese message. The server and the browser use this same code.
 */
export function createFormValidator(schema: FormSchema, options: FormValidatorOptions = {}): FormValidator {
  const key: string | object = options.cacheKey ?? schema;
  const known = byKey.get(key) ?? (options.cacheKey === undefined ? bySchema.get(schema) : undefined);
  if (known) {
    counters.hits += 1;
    return known;
  }
  const validator = compileValidator(schema);
  counters.compiles += 1;
  byKey.set(key, validator);
  bySchema.set(schema, validator);
  return validator;
}

/** Current counters of the validator cache. */
export function formValidatorCacheStats(): FormValidatorCacheStats {
  return { size: byKey.size, maxEntries: byKey.maxEntries, compiles: counters.compiles, hits: counters.hits };
}

/** Sets how many compiled validators are kept (default 1000); the least recently used beyond it are dropped. */
export function setFormValidatorCacheSize(maxEntries: number): void {
  byKey.maxEntries = maxEntries;
}

/** Drops every cached validator and resets the counters. */
export function clearFormValidatorCache(): void {
  byKey.clear();
  bySchema = new WeakMap();
  counters.compiles = 0;
  counters.hits = 0;
}

function compileValidator(schema: FormSchema): FormValidator {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new FormSchemaError('申请表定义应为 JSON 对象');
  }
  const problems = findSchemaProblems(schema, (name) => name in ajv.formats);
  if (problems.length > 0) throw new FormSchemaError(problems.join('；'), problems);
  let compiled: ValidateFunction;
  const id = schema['$id'];
  // Another version of the same form may carry the same $id: the newest compile owns the id (old validators keep working).
  if (typeof id === 'string' && ajv.getSchema(id)?.schema !== schema) ajv.removeSchema(id);
  try {
    compiled = ajv.compile(schema);
  } catch (error) {
    ajv.removeSchema(schema);
    throw new FormSchemaError(schemaErrorMessage(error));
  }
  return {
    schema,
    validate(data: unknown, options: ValidateOptions = {}): FormValidation {
      const limits = options.limits ? { ...DEFAULT_FORM_LIMITS, ...options.limits } : DEFAULT_FORM_LIMITS;
      const tooBig = checkDataLimits(data, limits);
      if (tooBig) return { valid: false, errors: [tooBig] };
      let valid: boolean;
      try {
        valid = compiled.call(options.now ? { now: options.now } : SYSTEM_CLOCK, data) as boolean;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return { valid: false, errors: [{ path: '', keyword: 'complexity', message: '数据结构过于复杂，无法校验' }] };
      }
      if (valid) return VALID;
      const errors = [...(compiled.errors ?? [])];
      localizeFormErrors(errors, schema);
      return { valid: false, errors: toFieldErrors(errors) };
    },
  };
}

const VALID: FormValidation = Object.freeze({ valid: true, errors: Object.freeze([]) as readonly FieldError[] });

function toFieldErrors(errors: readonly ErrorObject[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue; // the failing then/else branch is reported on its own
    const field = toFieldError(error);
    const identity = `${field.path}\u0000${field.keyword}\u0000${field.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    out.push(field);
  }
  return out;
}

function toFieldError(error: ErrorObject): FieldError {
  const params = error.params as Record<string, unknown>;
  const child = params['missingProperty'] ?? params['additionalProperty'];
  const path = typeof child === 'string' ? `${error.instancePath}/${escapePointer(child)}` : error.instancePath;
  return { path, keyword: error.keyword, message: error.message ?? '格式不正确' };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function schemaErrorMessage(error: unknown): string {
  if (error instanceof RangeError) return '申请表定义过于复杂（引用或嵌套层级过深）';
  return error instanceof Error ? error.message : String(error);
}
