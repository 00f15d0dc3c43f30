import type { ApprovalItem } from '../item.js';
import type { ItemProblem } from '../rules/problem.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../settings.js';
import { validateItem } from '../validateItem.js';
import { findScripts } from './hostileText.js';
import { importProblem, type ImportError } from './problems.js';

/** Where a problem is in the file, without its code and message. */
export type ImportLocation = Omit<ImportError, 'code' | 'message'>;

/** An item read from a file, not yet validated. */
export interface Candidate {
  readonly item: Record<string, unknown>;
  readonly code: string | undefined;
  /** How people find it in the file, for duplicate messages: 「事项」第 3 行, 第 2 个事项. */
  readonly label: string;
  /** Where a problem at a JSON Pointer inside the item is in the file. */
  locate(path: string): ImportLocation;
  /** Item paths already reported as unreadable: validation problems under them are not repeated. */
  readonly failedPaths: readonly string[];
}

/**
 * Validates every candidate with `validateItem` (schema and consistency rules), refuses scripts in
 * any text, and refuses a code used twice. Returns the valid items (equal form schemas shared).
 */
export async function validateCandidates(
  candidates: readonly Candidate[],
  errors: ImportError[],
  warnings: ImportError[],
  settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS,
): Promise<ApprovalItem[]> {
  const firstByCode = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (candidate.code === undefined) continue;
    const first = firstByCode.get(candidate.code);
    if (first) {
      errors.push(
        importProblem(
          'DUPLICATE_ITEM_CODE',
          `实施编码 ${candidate.code} 重复（与${first.label}相同）`,
          candidate.locate('/code'),
        ),
      );
    } else firstByCode.set(candidate.code, candidate);
  }
  const items: ApprovalItem[] = [];
  const schemas = new Map<string, unknown>();
  for (const candidate of candidates) {
    const item = shareFormSchema(candidate.item, schemas);
    for (const path of findScripts(item)) {
      errors.push(
        importProblem('SCRIPT_NOT_ALLOWED', '内容含有脚本（<script> 或 javascript:），已拒绝', candidate.locate(path)),
      );
    }
    const validation = await validateItem(item, settings);
    const keep = (p: ItemProblem): boolean =>
      !candidate.failedPaths.some((f) => p.path === f || p.path.startsWith(`${f}/`));
    for (const problem of dedupe(validation.errors).filter(keep)) errors.push(toImportError(problem, candidate));
    for (const problem of dedupe(validation.warnings).filter(keep)) warnings.push(toImportError(problem, candidate));
    if (validation.valid) items.push(item as unknown as ApprovalItem);
  }
  return items;
}

/**
 * Items whose form schemas are equal share one schema object, so the form validator compiled for
 * it (cached per schema object) serves them all: importing hundreds of items with the same form
 * compiles it once. Returned items are therefore to be treated as immutable, as items are anyway.
 */
function shareFormSchema(item: Record<string, unknown>, schemas: Map<string, unknown>): Record<string, unknown> {
  const form = item['form'];
  if (typeof form !== 'object' || form === null) return item;
  const schema = (form as Record<string, unknown>)['schema'];
  if (typeof schema !== 'object' || schema === null) return item;
  const key = JSON.stringify(schema);
  const shared = schemas.get(key);
  if (shared === undefined) {
    schemas.set(key, schema);
    return item;
  }
  return shared === schema ? item : { ...item, form: { ...form, schema: shared } };
}

function toImportError(problem: ItemProblem, candidate: Candidate): ImportError {
  return importProblem(problem.code, problem.message, candidate.locate(problem.path));
}

function dedupe(problems: readonly ItemProblem[]): ItemProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
