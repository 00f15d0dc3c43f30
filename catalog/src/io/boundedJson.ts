/** JSON parsing with bounds: depth is checked by a linear scan before `JSON.parse` allocates anything. */

/** Why a JSON text was refused. */
export type JsonRefusal =
  | { readonly code: 'JSON_TOO_DEEP'; readonly message: string; readonly line: number }
  | { readonly code: 'JSON_SYNTAX'; readonly message: string; readonly line?: number; readonly column?: number };

/** Parsed value, or why not. */
export type BoundedJson =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly refusal: JsonRefusal };

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** The 1-based line where nesting first goes deeper than `maxDepth`, or undefined when it never does. */
export function findTooDeep(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line++;
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return line;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return undefined;
}

/** Parses JSON text after checking its nesting depth; syntax errors carry line and column. */
export function parseBoundedJson(text: string, maxDepth: number): BoundedJson {
  const deepLine = findTooDeep(text, maxDepth);
  if (deepLine !== undefined) {
    return {
      ok: false,
      refusal: { code: 'JSON_TOO_DEEP', message: `JSON 嵌套超过 ${maxDepth} 层（第 ${deepLine} 行）`, line: deepLine },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail)?.[1];
    if (position === undefined)
      return { ok: false, refusal: { code: 'JSON_SYNTAX', message: `JSON 格式错误：${detail}` } };
    const { line, column } = lineAndColumn(text, Number(position));
    return {
      ok: false,
      refusal: {
        code: 'JSON_SYNTAX',
        message: `JSON 格式错误（第 ${line} 行第 ${column} 列）：${detail}`,
        line,
        column,
      },
    };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === NEWLINE) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
