import type { LegalBasis } from '../item.js';
import { parseBoundedJson } from './boundedJson.js';

/**
 * Lists in one cell, the way people write them: one entry per line. When an entry cannot be written
 * that way without loss (it holds a line break, has spaces at its ends, is empty, or the cell would
 * start with `[`), the whole list is written as a JSON array instead, which reads back exactly.
 */

/** Separator between a law and its articles in the 设定依据 cell. */
export const ARTICLE_SEPARATOR = '｜';

/** Writes a list of texts as lines (or JSON when lines would lose something). */
export function encodeLines(entries: readonly string[]): string {
  const plain = entries.every(isPlainLine);
  const text = entries.join('\n');
  return plain && !text.startsWith('[') ? text : JSON.stringify(entries);
}

/** Reads a list written by `encodeLines` or by hand (one entry per line, blank lines ignored). */
export function decodeLines(text: string): string[] | { readonly error: string } {
  const json = decodeJsonList(text);
  if (json !== undefined) {
    if (json.every((e) => typeof e === 'string')) return json as string[];
    return { error: 'JSON 列表中的每一项都必须是文字' };
  }
  return splitLines(text);
}

/** Writes legal bases as lines `law｜articles` (or JSON when lines would lose something). */
export function encodeBasis(basis: readonly LegalBasis[]): string {
  const plain = basis.every(
    (b) =>
      isPlainLine(b.law) &&
      !/[|｜]/.test(b.law) &&
      (b.articles === undefined || (isPlainLine(b.articles) && !/[|｜]/.test(b.articles))),
  );
  const text = basis
    .map((b) => (b.articles === undefined ? b.law : `${b.law}${ARTICLE_SEPARATOR}${b.articles}`))
    .join('\n');
  return plain && !text.startsWith('[') ? text : JSON.stringify(basis);
}

/** Reads legal bases: one per line, law and articles separated by 「｜」 (or `|`). */
export function decodeBasis(text: string): LegalBasis[] | { readonly error: string } {
  const json = decodeJsonList(text);
  if (json !== undefined) {
    const valid = json.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as Record<string, unknown>)['law'] === 'string' &&
        Object.keys(e).every(
          (k) => k === 'law' || (k === 'articles' && typeof (e as Record<string, unknown>)[k] === 'string'),
        ),
    );
    return valid ? (json as LegalBasis[]) : { error: 'JSON 列表中的每一项都必须是 {"law": …, "articles": …}' };
  }
  return splitLines(text).map((line) => {
    const at = line.search(/[|｜]/);
    if (at < 0) return { law: line };
    const law = line.slice(0, at).trim();
    const articles = line.slice(at + 1).trim();
    return articles === '' ? { law } : { law, articles };
  });
}

function isPlainLine(entry: string): boolean {
  return entry !== '' && entry === entry.trim() && !/[\r\n]/.test(entry);
}

function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A JSON array when the cell holds one (starts with `[` and parses), else undefined. */
function decodeJsonList(text: string): unknown[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || trimmed.length > 200_000) return undefined;
  const parsed = parseBoundedJson(trimmed, 3);
  return parsed.ok && Array.isArray(parsed.value) ? parsed.value : undefined;
}
