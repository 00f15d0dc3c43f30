import type { FieldError } from './formErrors.js';

/** Bounds on form data checked before ajv runs, so hostile data fails fast with a clear message. */
export interface FormDataLimits {
  /** Deepest nesting of objects and arrays (the form itself is level 0). */
  readonly maxDepth: number;
  /** Most values (object members and array items) in the whole form. */
  readonly maxNodes: number;
  /** Longest string anywhere, including property names; a field's own `maxLength` is usually far smaller. */
  readonly maxStringLength: number;
}

/** The limits every form validation applies unless the call passes its own. */
export const DEFAULT_FORM_LIMITS: FormDataLimits = { maxDepth: 64, maxNodes: 100_000, maxStringLength: 1_000_000 };

interface Violation {
  readonly keyword: 'maxDepth' | 'maxNodes' | 'maxStringLength';
  readonly reversedPath: string[];
  readonly length?: number;
}

/**
 * Checks the shape of form data against the limits in one pass that never recurses deeper than `maxDepth`
 * (so 10,000 levels cost 64 steps, and cyclic objects stop too); returns the first violation as a field error.
 */
export function checkDataLimits(data: unknown, limits: FormDataLimits = DEFAULT_FORM_LIMITS): FieldError | undefined {
  const counter = { nodes: 0 };
  const violation = walk(data, 0, limits, counter);
  if (!violation) return undefined;
  const path = violation.reversedPath
    .reverse()
    .map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
  switch (violation.keyword) {
    case 'maxDepth':
      return { path, keyword: 'maxDepth', message: `数据嵌套层级过深（超过 ${limits.maxDepth} 层），已拒绝校验` };
    case 'maxNodes':
      return { path, keyword: 'maxNodes', message: `数据项过多（超过 ${limits.maxNodes} 项），已拒绝校验` };
    default:
      return {
        path,
        keyword: 'maxStringLength',
        message: `文本过长（${violation.length ?? 0} 个字符，上限 ${limits.maxStringLength}），已拒绝校验`,
      };
  }
}

function walk(
  value: unknown,
  depth: number,
  limits: FormDataLimits,
  counter: { nodes: number },
): Violation | undefined {
  if (typeof value === 'string') {
    return value.length > limits.maxStringLength
      ? { keyword: 'maxStringLength', reversedPath: [], length: value.length }
      : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= limits.maxDepth) return { keyword: 'maxDepth', reversedPath: [] };
  const isArray = Array.isArray(value);
  const keys = isArray ? undefined : Object.keys(value);
  const length = isArray ? value.length : (keys as string[]).length;
  for (let i = 0; i < length; i += 1) {
    const key = keys ? (keys[i] as string) : undefined;
    if (key !== undefined && key.length > limits.maxStringLength) {
      return { keyword: 'maxStringLength', reversedPath: [key.slice(0, 32)], length: key.length };
    }
    counter.nodes += 1;
    if (counter.nodes > limits.maxNodes) return { keyword: 'maxNodes', reversedPath: [] };
    const child = key === undefined ? (value as unknown[])[i] : (value as Record<string, unknown>)[key];
    if (typeof child !== 'object' && typeof child !== 'string') continue; // numbers, booleans, null: nothing to walk
    const found = walk(child, depth + 1, limits, counter);
    if (found) {
      // a count belongs to the whole form; depth and length violations name where they happened
      if (found.keyword !== 'maxNodes') found.reversedPath.push(key ?? String(i));
      return found;
    }
  }
  return undefined;
}
