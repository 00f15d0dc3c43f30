import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  exportCatalogJson,
  exportCatalogXlsx,
  IMPORT_LIMITS,
  importCatalogJson,
  importCatalogXlsx,
  type ApprovalItem,
  type ImportResult,
} from '@govflow/catalog';

/** The catalog file formats, by extension. */
export type CatalogFormat = 'json' | 'xlsx';

/** The format of a file by its extension (.json / .xlsx), or undefined. */
export function catalogFormatOf(file: string): CatalogFormat | undefined {
  const ext = extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.xlsx' ? 'xlsx' : undefined;
}

/**
 * Reads and imports (validates) a catalog file. A file larger than the limit is refused from its
 * size on disk, before it is read.
 */
export async function readCatalogFile(file: string, format: CatalogFormat, maxBytes?: number): Promise<ImportResult> {
  const limit = maxBytes ?? (format === 'json' ? IMPORT_LIMITS.jsonMaxBytes : IMPORT_LIMITS.xlsxMaxBytes);
  const { size } = await stat(file);
  if (size > limit) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      ok: false,
      errors: [{ code: 'FILE_TOO_LARGE', message: `文件大小 ${mb(size)} 超过上限 ${mb(limit)}` }],
      warnings: [],
    };
  }
  const bytes = await readFile(file);
  return format === 'json'
    ? importCatalogJson(bytes, { maxBytes: limit })
    : importCatalogXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { maxBytes: limit });
}

/** Writes items as a catalog file, atomically (a temporary file renamed into place). */
export async function writeCatalogFile(
  file: string,
  format: CatalogFormat,
  items: readonly ApprovalItem[],
): Promise<number> {
  const data = format === 'json' ? Buffer.from(exportCatalogJson(items), 'utf8') : await exportCatalogXlsx(items);
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return data.byteLength;
}
