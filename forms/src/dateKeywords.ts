import { parseIsoDate, resolveDateLimit } from './chinaTime.js';
import { birthDateOfIdNumber } from './formats/idNumber.js';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a validation takes "today" from: a context `{ now }` passed to the validate call, or the fallback clock. */
export type NowSource = () => Date;

interface DateKeywordError {
  keyword: string;
  message: string;
  params: { limit: string; resolved: string; subject: 'date' | 'birthDate' };
}

/** An ajv keyword definition, typed loosely so it fits every copy of ajv 8 in the tree (forms' and rjsf's). */
export interface LooseKeywordDefinition {
  keyword: string;
  type: 'string';
  schemaType: 'string';
  compile(limit: string, parentSchema: Record<string, unknown>): (this: unknown, data: string) => boolean;
}

/**
 * The `minDate` / `maxDate` keywords: the date a string carries (a `YYYY-MM-DD` date, or the date of birth in a
 * `cn-id-number`) must not be before / after the limit. The limit is `today`, `today-18y`, `today+30d`, `today-6m`
 * or a fixed `YYYY-MM-DD`; "today" is the China date of the `now` passed to the validation (or `fallbackNow()`).
 */
export function dateKeywords(fallbackNow: NowSource): LooseKeywordDefinition[] {
  return [
    dateKeyword('minDate', (date, bound) => date >= bound),
    dateKeyword('maxDate', (date, bound) => date <= bound),
  ];

  function dateKeyword(keyword: string, within: (date: string, bound: string) => boolean): LooseKeywordDefinition {
    return {
      keyword,
      type: 'string',
      schemaType: 'string',
      compile(limit, parentSchema) {
        if (resolveDateLimit(limit, new Date(0)) === undefined) {
          throw new Error(`${keyword} 的值 "${limit}" 无效：应为 today、today-18y、today+30d 或 YYYY-MM-DD`);
        }
        const subject = parentSchema['format'] === 'cn-id-number' ? 'birthDate' : 'date';
        let memo = { day: Number.NaN, bound: '' }; // the bound only changes when the China date does
        const boundFor = (now: Date): string => {
          const day = Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS);
          if (day !== memo.day) memo = { day, bound: resolveDateLimit(limit, now) as string };
          return memo.bound;
        };
        const validate = function (this: unknown, data: string): boolean {
          const date = subject === 'birthDate' ? birthDateOfIdNumber(data) : parseIsoDate(data) ? data : undefined;
          if (date === undefined) return true; // the format keyword reports malformed values
          const bound = boundFor(nowFrom(this) ?? fallbackNow());
          if (within(date, bound)) return true;
          const error: DateKeywordError = { keyword, message: '', params: { limit, resolved: bound, subject } };
          validate.errors = [error];
          return false;
        } as ((this: unknown, data: string) => boolean) & { errors?: DateKeywordError[] };
        return validate;
      },
    };
  }
}

/** The `now` of a validation context `{ now: Date }`, if the caller passed one. */
function nowFrom(context: unknown): Date | undefined {
  if (typeof context !== 'object' || context === null || !('now' in context)) return undefined;
  const now = (context as { now: unknown }).now;
  return now instanceof Date ? now : undefined;
}
