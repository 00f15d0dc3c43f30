import ExcelJS from 'exceljs';
import {
  IMPORT_LIMITS,
  importProblem,
  megabytes,
  type ImportError,
  type ImportOptions,
  type ImportResult,
} from './problems.js';
import { validateCandidates } from './validateCandidates.js';
import { FORM_COLUMNS, ITEM_COLUMNS, MATERIAL_COLUMNS, PROCESS_COLUMNS, SHEETS, type ColumnDef } from './xlsxLayout.js';
import { assembleCandidates } from './xlsxAssemble.js';
import { readSheet, type SheetTable } from './xlsxSheetReader.js';
import { checkXlsxPackage } from './xlsxZipGuard.js';

/** Limits of the Excel import, on top of the shared ones. */
export interface XlsxImportOptions extends ImportOptions {
  /** Largest total size of the package's contents once inflated (default 50 MB). */
  readonly maxUncompressedBytes?: number;
  /** Most data rows in one sheet (default 100,000). */
  readonly maxRows?: number;
}

/**
 * Worksheet parts the import does not need and exceljs must not read: besides being useless here,
 * data validations and merged cells over huge ranges make exceljs visit every cell of the range.
 * Only the cells (`sheetData`) are read; a hyperlink is read as its cell's text.
 */
const IGNORED_SHEET_PARTS = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];
/** Most cells in one row (the widest sheet has 34 columns). */
const MAX_COLUMNS = 1000;

const TABLES: readonly (readonly [string, readonly ColumnDef[]])[] = [
  [SHEETS.items, ITEM_COLUMNS],
  [SHEETS.materials, MATERIAL_COLUMNS],
  [SHEETS.process, PROCESS_COLUMNS],
  [SHEETS.form, FORM_COLUMNS],
];

/**
 * Imports an Excel catalog (.xlsx). The size is checked before anything is parsed (default 20 MB),
 * then the package's inflated size; formulas are never evaluated. Every error names the sheet, row
 * and column; a file with any error imports nothing.
 */
export async function importCatalogXlsx(bytes: Uint8Array, options: XlsxImportOptions = {}): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? IMPORT_LIMITS.xlsxMaxBytes;
  if (bytes.byteLength > maxBytes) {
    return refuse('FILE_TOO_LARGE', `文件大小 ${megabytes(bytes.byteLength)} 超过上限 ${megabytes(maxBytes)}`);
  }
  const refusal = checkXlsxPackage(bytes, options.maxUncompressedBytes ?? IMPORT_LIMITS.xlsxMaxUncompressedBytes);
  if (refusal) return refuse(refusal.code, refusal.message);
  const maxRows = options.maxRows ?? IMPORT_LIMITS.xlsxMaxRows;
  const workbook = new ExcelJS.Workbook();
  try {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer;
    // exceljs stops at twice the row limit (at least 10,000; a backstop for memory); below it the importer names the sheet.
    // maxRows / maxCols are read by exceljs's worksheet parser but missing from its typings.
    const readOptions = {
      ignoreNodes: IGNORED_SHEET_PARTS,
      maxRows: Math.max(2 * (maxRows + 1), 10_000),
      maxCols: MAX_COLUMNS,
    };
    await workbook.xlsx.load(data, readOptions);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/^Max \w+ count/.test(message)) {
      return refuse('SHEET_TOO_LARGE', `工作表远超 ${maxRows} 行，或一行超过 ${MAX_COLUMNS} 个单元格`);
    }
    return refuse('XLSX_UNREADABLE', `无法读取 Excel 文件：${message}`);
  }
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  const known = new Set<string>([SHEETS.readme, ...TABLES.map(([name]) => name)]);
  for (const sheet of workbook.worksheets) {
    if (!known.has(sheet.name)) {
      warnings.push(importProblem('SHEET_UNKNOWN', `未识别的工作表「${sheet.name}」，已忽略`, { sheet: sheet.name }));
    }
  }
  const tables = new Map<string, SheetTable>();
  for (const [name, columns] of TABLES) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      errors.push(importProblem('SHEET_MISSING', `缺少工作表「${name}」`, { sheet: name }));
      continue;
    }
    const table = readSheet(sheet, columns, errors, warnings, maxRows);
    if (table) tables.set(name, table);
  }
  const [items, materials, process, form] = TABLES.map(([name]) => tables.get(name));
  if (!items || !materials || !process || !form) return { ok: false, errors, warnings };
  const candidates = assembleCandidates({ items, materials, process, form }, errors, options);
  const maxItems = options.maxItems ?? IMPORT_LIMITS.maxItems;
  if (candidates.length > maxItems) {
    errors.push(
      importProblem('TOO_MANY_ITEMS', `事项数 ${candidates.length} 超过上限 ${maxItems}`, { sheet: SHEETS.items }),
    );
    return { ok: false, errors, warnings };
  }
  const valid = await validateCandidates(candidates, errors, warnings, options.settings);
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, items: valid, warnings };
}

function refuse(code: string, message: string): ImportResult {
  return { ok: false, errors: [importProblem(code, message)], warnings: [] };
}
