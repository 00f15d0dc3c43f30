import { escapeHtml } from '../../documents/documentHtml.js';
import type { Cell, ColumnKind, ReportTable } from './reportTable.js';

/** Print CSS of reports: A4 landscape, a compact grid that repeats its header on every page. */
const REPORT_CSS = `
@page { size: A4 landscape; margin: 15mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #000; font: 10.5pt/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
.report { margin: 0 auto; padding: 8mm; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 2mm; letter-spacing: 0.1em; }
.subtitle { text-align: center; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; }
th { background: #eee; font-weight: bold; text-align: center; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
.notes { margin-top: 3mm; font-size: 9pt; }
.generated { text-align: right; font-size: 9pt; margin-top: 2mm; }
@media print { .report { padding: 0; } th { background: none; } }
`;

/** A cell as text: counts with thousands separators, rates as %, days and scores with two decimals, — for nothing. */
export function cellText(value: Cell, kind: ColumnKind): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'rate':
      return `${(value * 100).toFixed(2)}%`;
    case 'days':
    case 'score':
      return Number.isInteger(value) ? String(value) : value.toFixed(2);
    default:
      return value.toLocaleString('en-US');
  }
}

/** A complete printable HTML page (Chinese, A4 landscape print CSS) of a report table; every value escaped. */
export function renderReportHtml(table: ReportTable): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const row = (cells: readonly Cell[], cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}>${cells
      .map((cell, i) => {
        const kind = table.columns[i]?.kind ?? 'text';
        return `<td${kind === 'text' ? '' : ' class="num"'}>${escapeHtml(cellText(cell, kind))}</td>`;
      })
      .join('')}</tr>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(table.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    `<h1>${escapeHtml(table.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(table.subtitle)}</p>`,
    `<table><thead><tr>${head}</tr></thead><tbody>`,
    ...table.rows.map((cells) => row(cells)),
    ...(table.total ? [row(table.total, 'total')] : []),
    '</tbody></table>',
    ...table.notes.map((n) => `<p class="notes">${escapeHtml(n)}</p>`),
    `<p class="generated">生成时间：${escapeHtml(chinaTime(table.generatedAt))}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** An instant as China time `YYYY-MM-DD HH:mm`. */
export function chinaTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}
