import { ApiFailure } from '../api';
import { t } from '../i18n/i18n';

/**
 * The server's per-field messages of a failed request (`details.errors` of a 400, `details.problems`
 * of a rule check), by JSON pointer, so a form shows each next to its field or row.
 */
export function fieldErrors(error: unknown): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  if (!(error instanceof ApiFailure)) return found;
  for (const key of ['errors', 'problems']) {
    const list = error.details[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list as { path?: unknown; message?: unknown }[]) {
      const path = typeof entry.path === 'string' ? entry.path : '';
      const message = friendly(typeof entry.message === 'string' ? entry.message : '');
      found.set(path, found.has(path) ? `${found.get(path)}；${message}` : message);
    }
  }
  return found;
}

/** The messages for a row (`/units/3`) and its fields (`/units/3/name`), joined. */
export function rowErrors(errors: ReadonlyMap<string, string>, prefix: string): string[] {
  const out: string[] = [];
  for (const [path, message] of errors) if (path === prefix || path.startsWith(`${prefix}/`)) out.push(message);
  return out;
}

/** ajv's wording for a required text left empty or a pattern, in words an applicant understands. */
function friendly(message: string): string {
  const text = plain(message);
  return text === message ? message : t(text);
}

function plain(message: string): string {
  if (/不应少于 1 个字符|"\\S"/.test(message)) return '必填，不能为空';
  if (/应当匹配模式/.test(message)) return '格式不正确';
  if (/^请填写必填项/.test(message)) return '必填，不能为空';
  return message;
}
