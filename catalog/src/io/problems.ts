import type { ApprovalItem } from '../item.js';
import type { CatalogSettings } from '../settings.js';

/**
 * One problem found while importing a catalog file. Every problem names where it is: the sheet, row
 * and column (Excel) or the item's index and JSON Pointer (JSON), plus the item's code when known.
 */
export interface ImportError {
  /** Stable code for programs, e.g. `FORMULA_NOT_ALLOWED`, `ITEM_SCHEMA_INVALID`. */
  readonly code: string;
  /** What is wrong, in Chinese. */
  readonly message: string;
  /** Excel: the sheet (「事项」「材料」「流程」「表单」). */
  readonly sheet?: string;
  /** Excel: the 1-based row number as Excel shows it. */
  readonly row?: number;
  /** Excel: the column header (e.g. 法定时限); JSON: the JSON Pointer inside the item. */
  readonly field?: string;
  /** The item's implementation code (实施编码), when known. */
  readonly itemCode?: string;
  /** JSON: the 0-based index of the item in `items`. */
  readonly itemIndex?: number;
  /** JSON Pointer inside the item, when the problem is about one of its fields. */
  readonly path?: string;
}

/** A warning has the same shape as an error; warnings never block an import. */
export type ImportWarning = ImportError;

/** The outcome of an import: every item, or nothing and every error. */
export type ImportResult =
  | { readonly ok: true; readonly items: readonly ApprovalItem[]; readonly warnings: readonly ImportWarning[] }
  | { readonly ok: false; readonly errors: readonly ImportError[]; readonly warnings: readonly ImportWarning[] };

/** Limits and settings shared by the JSON and Excel importers. */
export interface ImportOptions {
  /** Largest accepted input in bytes (JSON: 50 MB, Excel: 20 MB by default). */
  readonly maxBytes?: number;
  /** Deepest accepted JSON nesting (default 64). */
  readonly maxDepth?: number;
  /** Most items in one file (default 5,000). */
  readonly maxItems?: number;
  /** The center's catalog settings for the consistency rules. */
  readonly settings?: CatalogSettings;
}

/** Default limits. */
export const IMPORT_LIMITS = {
  jsonMaxBytes: 50 * 1024 * 1024,
  xlsxMaxBytes: 20 * 1024 * 1024,
  /** exceljs needs about 11 MB of heap and 0.1 s per MB of sheet XML: 50 MB keeps a hostile file near 600 MB. */
  xlsxMaxUncompressedBytes: 50 * 1024 * 1024,
  xlsxMaxRows: 100_000,
  maxDepth: 64,
  maxItems: 5_000,
  /** Largest form JSON (schema or uiSchema) in the 表单 sheet. */
  formMaxBytes: 2 * 1024 * 1024,
} as const;

/**
 * One line of Chinese saying where the problem is and what it is, for logs and the CLI:
 * `「事项」第 3 行「法定时限」（JJ-RS-001）：应填写数字… [NUMBER_INVALID]` or
 * `第 2 个事项（JJ-RS-001）/promisedDays：承诺时限… [PROMISED_EXCEEDS_STATUTORY]`.
 */
export function describeImportError(problem: ImportError): string {
  let where = '';
  if (problem.sheet !== undefined) where += `「${problem.sheet}」`;
  if (problem.row !== undefined) where += `第 ${problem.row} 行`;
  if (problem.itemIndex !== undefined) where += `第 ${problem.itemIndex + 1} 个事项`;
  if (problem.sheet !== undefined && problem.field !== undefined) where += `「${problem.field}」`;
  if (problem.itemCode !== undefined) where += `（${problem.itemCode}）`;
  if (problem.sheet === undefined && problem.field) where += where ? ` ${problem.field}` : problem.field;
  return `${where ? `${where}：` : ''}${problem.message} [${problem.code}]`;
}

/** Builds a problem, leaving out the location parts that are unknown. */
export function importProblem(
  code: string,
  message: string,
  at: Omit<ImportError, 'code' | 'message'> = {},
): ImportError {
  const problem: { -readonly [K in keyof ImportError]: ImportError[K] } = { code, message };
  for (const key of ['sheet', 'row', 'field', 'itemCode', 'itemIndex', 'path'] as const) {
    const value = at[key];
    if (value !== undefined) (problem as Record<string, unknown>)[key] = value;
  }
  return problem;
}

/** Formats a byte count the way the messages show it (MB with one decimal). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
