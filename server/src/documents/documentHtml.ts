import { chinaDayNumber, formatChinaDate, toEpochMs, type InstantLike } from '@govflow/engine';
import { DOCUMENT_CSS } from './documentCss.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Escaped text with line breaks kept. */
export function multiline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

/** A China date in words, e.g. `2026年9月21日`. */
export function chinaDateText(instant: InstantLike): string {
  const [year, month, day] = formatChinaDate(chinaDayNumber(instant)).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The last day of a period that ends at `dueAt` (a deadline at 24:00 belongs to the day before 00:00). */
export function lastDayText(dueAt: InstantLike): string {
  return chinaDateText(toEpochMs(dueAt) - 1);
}

/** A paragraph, escaped and indented. */
export function para(text: string): string {
  return `<p class="para">${multiline(text)}</p>`;
}

/** A two-column table of facts, every value escaped. */
export function factsTable(rows: readonly (readonly [string, string])[]): string {
  const body = rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${multiline(v)}</td></tr>`);
  return `<table class="facts"><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

/** A table with a header row, every cell escaped. */
export function gridTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${multiline(c)}</td>`).join('')}</tr>`);
  return `<table class="grid"><thead><tr>${th}</tr></thead><tbody>\n${tr.join('\n')}\n</tbody></table>`;
}

/** A numbered list, every entry escaped. */
export function numberedList(entries: readonly string[]): string {
  return `<ol>\n${entries.map((e) => `<li>${multiline(e)}</li>`).join('\n')}\n</ol>`;
}

/** What every written document has: who issues it, its title, number, addressee and date. */
export interface DocumentFrame {
  readonly issuer: string;
  readonly title: string;
  readonly number: string;
  readonly addressee: string;
  /** The date under the seal. */
  readonly date: InstantLike;
  /** Printed in small type at the foot, e.g. where to ask. */
  readonly footnote?: string;
}

/** A complete printable HTML document (Chinese, A4 print CSS) around the already-escaped body parts. */
export function renderDocument(frame: DocumentFrame, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(frame.title)} ${escapeHtml(frame.number)}</title>`,
    `<style>${DOCUMENT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="doc">',
    `<p class="issuer">${escapeHtml(frame.issuer)}</p>`,
    `<h1>${escapeHtml(frame.title)}</h1>`,
    `<p class="number">${escapeHtml(frame.number)}</p>`,
    `<p class="addressee">${escapeHtml(frame.addressee)}：</p>`,
    ...body,
    `<div class="seal"><p>${escapeHtml(frame.issuer)}（盖章）</p><p>${escapeHtml(chinaDateText(frame.date))}</p></div>`,
    frame.footnote === undefined ? '' : `<p class="footnote">${multiline(frame.footnote)}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
