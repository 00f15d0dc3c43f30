/**
 * Catalog import and export: JSON with full fidelity, and Excel workbooks the way service centers
 * keep their lists. Every import validates every item and imports nothing when anything is wrong.
 *
 * @example
 * ```ts
 * const bytes = await exportCatalogXlsx(demoCatalog());
 * const result = await importCatalogXlsx(bytes);
 * if (!result.ok) for (const e of result.errors) console.log(describeImportError(e));
 * ```
 */
export {
  CATALOG_FORMAT,
  CATALOG_FORMAT_VERSION,
  exportCatalogJson,
  importCatalogJson,
  type CatalogFile,
  type JsonExportOptions,
} from './json.js';
export {
  describeImportError,
  IMPORT_LIMITS,
  type ImportError,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from './problems.js';
export { exportCatalogXlsx } from './xlsxExport.js';
export { importCatalogXlsx, type XlsxImportOptions } from './xlsxImport.js';
export { SHEETS as CATALOG_SHEETS } from './xlsxLayout.js';
