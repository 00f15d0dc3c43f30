import type { Worksheet } from 'exceljs';
import { importProblem, type ImportError } from './problems.js';
import { contentText, readCell, type CellContent } from './xlsxCells.js';
import { normalizeHeader, type ColumnDef } from './xlsxLayout.js';

/** One data row of a sheet: its Excel row number and its cells by column header. */
export interface SheetRow {
  readonly sheet: string;
  readonly row: number;
  readonly cells: ReadonlyMap<string, CellContent>;
  /** Headers whose cell was refused (formula, error value …); already reported. */
  readonly refused: ReadonlySet<string>;
}

/** The rows of a sheet, or undefined when the sheet is unusable (its problems are in `errors`). */
export interface SheetTable {
  readonly rows: readonly SheetRow[];
  /** Columns the file does not have (only optional ones; missing required ones are errors). */
  readonly absent: ReadonlySet<string>;
}

/**
 * Reads a sheet whose first row holds the headers: maps headers to the known columns (in any order),
 * reports missing required columns, and reads every non-empty row. A cell holding a formula, an error
 * value or text a spreadsheet would take for a formula is reported with sheet, row and column.
 */
export function readSheet(
  sheet: Worksheet,
  columns: readonly ColumnDef[],
  errors: ImportError[],
  warnings: ImportError[],
  maxRows: number,
): SheetTable | undefined {
  const name = sheet.name;
  if (sheet.actualRowCount > maxRows + 1) {
    errors.push(
      importProblem('SHEET_TOO_MANY_ROWS', `工作表行数 ${sheet.actualRowCount} 超过上限 ${maxRows} 行`, {
        sheet: name,
      }),
    );
    return undefined;
  }
  const byColumn = new Map<number, string>();
  const seen = new Set<string>();
  sheet.getRow(1).eachCell((cell, column) => {
    const content = readCell(cell.value);
    const text = contentText(content);
    const known =
      text === undefined ? undefined : columns.find((c) => normalizeHeader(c.header) === normalizeHeader(text));
    if (!known) {
      if (text !== undefined)
        warnings.push(
          importProblem('COLUMN_UNKNOWN', `未识别的列「${text}」，已忽略`, { sheet: name, row: 1, field: text }),
        );
      else if (content.kind !== 'empty')
        errors.push(
          importProblem('HEADER_INVALID', '表头单元格只能是文字', { sheet: name, row: 1, field: cell.address }),
        );
      return;
    }
    if (seen.has(known.header)) {
      errors.push(
        importProblem('COLUMN_DUPLICATE', `列「${known.header}」出现了两次`, {
          sheet: name,
          row: 1,
          field: known.header,
        }),
      );
      return;
    }
    seen.add(known.header);
    byColumn.set(column, known.header);
  });
  const missing = columns.filter((c) => c.required && !seen.has(c.header));
  for (const column of missing) {
    errors.push(
      importProblem('COLUMN_MISSING', `缺少必需的列「${column.header}」`, {
        sheet: name,
        row: 1,
        field: column.header,
      }),
    );
  }
  if (missing.length > 0) return undefined;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, CellContent>();
    const refused = new Set<string>();
    const problems: { code: string; message: string; field: string }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const content = readCell(cell.value);
      if (content.kind === 'empty') return;
      const header = byColumn.get(column);
      const problem = refusal(content);
      if (problem) {
        problems.push({ ...problem, field: header ?? cell.address });
        if (header) refused.add(header);
      } else if (header) cells.set(header, content);
    });
    const code = cells.get('实施编码');
    const itemCode = code?.kind === 'text' ? code.text.trim() : undefined;
    for (const p of problems) {
      errors.push(
        importProblem(p.code, p.message, {
          sheet: name,
          row: rowNumber,
          field: p.field,
          ...(itemCode ? { itemCode } : {}),
        }),
      );
    }
    if (cells.size > 0 || refused.size > 0) rows.push({ sheet: name, row: rowNumber, cells, refused });
  });
  return { rows, absent: new Set(columns.filter((c) => !seen.has(c.header)).map((c) => c.header)) };
}

function refusal(content: CellContent): { code: string; message: string } | undefined {
  switch (content.kind) {
    case 'formula':
      return { code: 'FORMULA_NOT_ALLOWED', message: '单元格不得包含公式' };
    case 'formulaText':
      return {
        code: 'FORMULA_LIKE_TEXT',
        message: `单元格文字以「${visible(content.text.charAt(0))}」开头，打开文件时可能被当作公式执行；如确需以该字符开头，请在前面加英文单引号「'」`,
      };
    case 'error':
      return { code: 'CELL_ERROR_VALUE', message: `单元格是错误值（${content.text}）` };
    default:
      return undefined;
  }
}

function visible(c: string): string {
  if (c === '\t') return '制表符';
  if (c === '\r') return '回车符';
  return c;
}
