import ExcelJS from 'exceljs';
import type { ApprovalItem } from '../item.js';
import { escapeCellXml, protectCellText } from './hostileText.js';
import { chunkText } from './xlsxChunks.js';
import { itemRow, type CellOut } from './xlsxItemRow.js';
import {
  FORM_COLUMNS,
  FORM_PARTS,
  ITEM_COLUMNS,
  MATERIAL_COLUMNS,
  PROCESS_COLUMNS,
  SHEETS,
  type ColumnDef,
} from './xlsxLayout.js';
import { materialRow } from './xlsxMaterialRow.js';
import { README_LINES } from './xlsxReadme.js';

/**
 * Exports items as an Excel workbook the way service centers keep their lists: 「事项」 (one row per
 * item), 「材料」 (one row per material), 「流程」 (BPMN XML, split over rows) and 「表单」 (form JSON),
 * with Chinese headers and labels and a 「说明」 sheet. No cell ever holds a formula: text that a
 * spreadsheet could read as one is prefixed with an apostrophe, which the importer removes again.
 */
export async function exportCatalogXlsx(items: readonly ApprovalItem[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'govflow';
  const readme = workbook.addWorksheet(SHEETS.readme);
  readme.getColumn(1).width = 110;
  for (const line of README_LINES) readme.addRow([cellValue(line)]);

  const itemSheet = addTable(workbook, SHEETS.items, ITEM_COLUMNS);
  const materialSheet = addTable(workbook, SHEETS.materials, MATERIAL_COLUMNS);
  const processSheet = addTable(workbook, SHEETS.process, PROCESS_COLUMNS);
  const formSheet = addTable(workbook, SHEETS.form, FORM_COLUMNS);
  for (const item of items) {
    addRow(itemSheet, ITEM_COLUMNS, itemRow(item));
    for (const material of item.materials) addRow(materialSheet, MATERIAL_COLUMNS, materialRow(item.code, material));
    chunkText(item.processXml).forEach((text, i) =>
      processSheet.addRow([cellValue(item.code), i + 1, cellValue(text)]),
    );
    const parts: [string, unknown][] = [[FORM_PARTS.schema, item.form.schema]];
    if (item.form.uiSchema !== undefined) parts.push([FORM_PARTS.uiSchema, item.form.uiSchema]);
    for (const [part, value] of parts) {
      chunkText(JSON.stringify(value)).forEach((text, i) =>
        formSheet.addRow([cellValue(item.code), part, i + 1, cellValue(text)]),
      );
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addTable(workbook: ExcelJS.Workbook, name: string, columns: readonly ColumnDef[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: '@' } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  return sheet;
}

function addRow(sheet: ExcelJS.Worksheet, columns: readonly ColumnDef[], values: Record<string, CellOut>): void {
  sheet.addRow(columns.map((c) => cellValue(values[c.header])));
}

/** Text is protected against formula injection and escaped for the xlsx XML; numbers stay numbers. */
function cellValue(value: CellOut): string | number | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return value;
  return escapeCellXml(protectCellText(value));
}
