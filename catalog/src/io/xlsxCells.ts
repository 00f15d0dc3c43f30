import type { CellValue } from 'exceljs';
import { looksLikeFormula, unprotectCellText } from './hostileText.js';

/** A cell's content as the importer sees it: formulas are never evaluated, everything else reads as plain data. */
export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly text: string }
  | { readonly kind: 'formula' }
  | { readonly kind: 'formulaText'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };

/**
 * Reads an exceljs cell value safely: rich text and hyperlinks become their plain text, dates become
 * `YYYY-MM-DD` (or `YYYY-MM-DD HH:mm`) text, formulas are reported without being evaluated, and
 * text that a spreadsheet would take for a formula is reported unless it was protected on export.
 */
export function readCell(value: CellValue): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return textContent(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', text: formatDate(value) };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
    if ('error' in value) return { kind: 'error', text: String(value.error) };
    const text = plainText(value);
    if (text !== undefined) return textContent(text);
  }
  return { kind: 'error', text: '无法识别的单元格内容' };
}

/** The text of a cell content for free-text fields (numbers and booleans as written). */
export function contentText(content: CellContent): string | undefined {
  switch (content.kind) {
    case 'text':
    case 'date':
      return content.text;
    case 'number':
      return String(content.value);
    case 'boolean':
      return content.value ? 'TRUE' : 'FALSE';
    default:
      return undefined;
  }
}

function textContent(raw: string): CellContent {
  if (raw === '') return { kind: 'empty' };
  if (looksLikeFormula(raw)) return { kind: 'formulaText', text: raw };
  return { kind: 'text', text: unprotectCellText(raw) };
}

/** Rich text, hyperlink (whose text may itself be rich) → plain text; anything else undefined. */
function plainText(value: object, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isObject(run) && typeof run['text'] === 'string' ? run['text'] : ''))
      .join('');
  }
  if ('text' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    if (typeof text === 'number') return String(text);
    if (isObject(text)) return plainText(text, depth + 1);
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return time === '00:00' ? day : `${day} ${time}`;
}
