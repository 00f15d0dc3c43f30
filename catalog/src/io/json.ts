import type { ApprovalItem } from '../item.js';
import { parseBoundedJson } from './boundedJson.js';
import {
  IMPORT_LIMITS,
  importProblem,
  megabytes,
  type ImportError,
  type ImportOptions,
  type ImportResult,
} from './problems.js';
import { validateCandidates, type Candidate } from './validateCandidates.js';

/** The format tag of a catalog file. */
export const CATALOG_FORMAT = 'govflow-catalog';
/** The version of the catalog file format this code writes and reads. */
export const CATALOG_FORMAT_VERSION = 1;

/** A catalog file as JSON: the format wrapper around the items. */
export interface CatalogFile {
  readonly format: typeof CATALOG_FORMAT;
  readonly formatVersion: typeof CATALOG_FORMAT_VERSION;
  readonly exportedAt?: string;
  readonly items: readonly ApprovalItem[];
}

/** Options of the JSON export. */
export interface JsonExportOptions {
  /** Written as `exportedAt` (ISO 8601) when given; left out otherwise so exports are reproducible. */
  readonly exportedAt?: string | Date;
  /** Indentation (default 2; 0 for one line). */
  readonly indent?: number;
}

/** Exports items with full fidelity as a catalog file (`{ format: 'govflow-catalog', formatVersion: 1, items }`). */
export function exportCatalogJson(items: readonly ApprovalItem[], options: JsonExportOptions = {}): string {
  const exportedAt = options.exportedAt instanceof Date ? options.exportedAt.toISOString() : options.exportedAt;
  const file: CatalogFile = {
    format: CATALOG_FORMAT,
    formatVersion: CATALOG_FORMAT_VERSION,
    ...(exportedAt === undefined ? {} : { exportedAt }),
    items,
  };
  return `${JSON.stringify(file, null, options.indent ?? 2)}\n`;
}

/**
 * Imports a JSON catalog file. Every item is validated (`validateItem`); a file with any error imports
 * nothing and reports every error with the item's index, code and JSON Pointer. Refuses input over
 * `maxBytes` (50 MB), nesting deeper than `maxDepth` (64), a wrong format tag and duplicate codes.
 */
export async function importCatalogJson(
  input: string | Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? IMPORT_LIMITS.jsonMaxBytes;
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    return refuse('FILE_TOO_LARGE', `文件大小 ${megabytes(size)} 超过上限 ${megabytes(maxBytes)}`);
  }
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  if (text === undefined) return refuse('FILE_NOT_UTF8', '文件不是 UTF-8 编码的文本');
  const parsed = parseBoundedJson(text.replace(/^\uFEFF/, ''), options.maxDepth ?? IMPORT_LIMITS.maxDepth);
  if (!parsed.ok) return refuse(parsed.refusal.code, parsed.refusal.message);
  const file = parsed.value;
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return refuse('FORMAT_UNKNOWN', `不是 govflow 事项目录文件：顶层应为对象，且 format 为 "${CATALOG_FORMAT}"`);
  }
  const wrapper = file as Record<string, unknown>;
  if (wrapper['format'] !== CATALOG_FORMAT) {
    return refuse('FORMAT_UNKNOWN', `不是 govflow 事项目录文件：format 应为 "${CATALOG_FORMAT}"`, '/format');
  }
  if (wrapper['formatVersion'] !== CATALOG_FORMAT_VERSION) {
    return refuse(
      'FORMAT_VERSION_UNSUPPORTED',
      `不支持的文件格式版本 ${JSON.stringify(wrapper['formatVersion'])}，本系统读取第 ${CATALOG_FORMAT_VERSION} 版`,
      '/formatVersion',
    );
  }
  const items = wrapper['items'];
  if (!Array.isArray(items)) return refuse('ITEMS_MISSING', '文件缺少事项列表 items（应为数组）', '/items');
  const maxItems = options.maxItems ?? IMPORT_LIMITS.maxItems;
  if (items.length > maxItems) return refuse('TOO_MANY_ITEMS', `事项数 ${items.length} 超过上限 ${maxItems}`, '/items');

  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  const candidates: Candidate[] = [];
  items.forEach((item: unknown, itemIndex) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(importProblem('ITEM_NOT_OBJECT', '事项应为 JSON 对象', { itemIndex, field: '', path: '' }));
      return;
    }
    const fields = item as Record<string, unknown>;
    const code = typeof fields['code'] === 'string' ? fields['code'] : undefined;
    candidates.push({
      item: fields,
      code,
      label: `第 ${itemIndex + 1} 个事项`,
      failedPaths: [],
      locate: (path) => ({ itemIndex, ...(code === undefined ? {} : { itemCode: code }), field: path, path }),
    });
  });
  const valid = await validateCandidates(candidates, errors, warnings, options.settings);
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, items: valid, warnings };
}

function refuse(code: string, message: string, field?: string): ImportResult {
  return { ok: false, errors: [importProblem(code, message, field === undefined ? {} : { field })], warnings: [] };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
