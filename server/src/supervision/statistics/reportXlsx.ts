import ExcelJS from 'exceljs';
import type { ColumnKind, ReportTable } from './reportTable.js';
import { chinaTime } from './reportHtml.js';

const FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: undefined,
  count: '#,##0',
  rate: '0.00%',
  days: '0.00',
  score: '0.##',
};

/**
 * A report table as an Excel workbook (one sheet 「报表」): the title and period on top, a bold header, one row
 * per group, the 合计 row, the notes. Numbers stay numbers (rates formatted as %); no cell holds a formula.
 */
export async function renderReportXlsx(table: ReportTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'govflow';
  const sheet = workbook.addWorksheet('报表', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  sheet.addRow([table.subtitle]);
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const cells of table.rows) sheet.addRow(cells.map((c) => c ?? '—'));
  if (table.total) sheet.addRow(table.total.map((c) => c ?? '—')).font = { bold: true };
  table.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.kind === 'text' ? 28 : 12;
    const format = FORMATS[column.kind];
    if (format) col.numFmt = format;
  });
  sheet.addRow([]);
  for (const note of table.notes) sheet.addRow([note]);
  sheet.addRow([`生成时间：${chinaTime(table.generatedAt)}`]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
