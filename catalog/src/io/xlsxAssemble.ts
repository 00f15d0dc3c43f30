import { IMPORT_LIMITS, importProblem, type ImportError, type ImportOptions } from './problems.js';
import { clean, joinProcess, parseFormJson, readPiece } from './xlsxPieces.js';
import type { Candidate, ImportLocation } from './validateCandidates.js';
import type { ChunkRow } from './xlsxChunks.js';
import { FieldReader } from './xlsxFields.js';
import { readItemRow, type ItemDraft } from './xlsxItemRow.js';
import { columnForPath, FORM_PARTS, ITEM_COLUMNS, MATERIAL_COLUMNS, SHEETS } from './xlsxLayout.js';
import { readMaterialRow } from './xlsxMaterialRow.js';
import type { SheetRow, SheetTable } from './xlsxSheetReader.js';

/** The four data sheets, read. */
export interface CatalogTables {
  readonly items: SheetTable;
  readonly materials: SheetTable;
  readonly process: SheetTable;
  readonly form: SheetTable;
}

type FormPart = keyof typeof FORM_PARTS;

interface Entry {
  readonly code: string;
  readonly row: SheetRow;
  readonly draft: ItemDraft;
  readonly materials: { row: SheetRow; draft: ItemDraft }[];
  readonly process: ChunkRow[];
  readonly form: Record<FormPart, ChunkRow[]>;
  processFailed: boolean;
  readonly formFailed: Set<FormPart>;
}

/** Fields whose sub-fields form one alternative (oneOf): a failed sub-field hides problems of the whole. */
const ONE_OF_PARENTS = ['/fee', '/overtimeDefault'];

/**
 * Joins the sheets into items: the 事项 row, the item's 材料 rows in order, its 流程 pieces and its
 * 表单 pieces. Rows naming an unknown item, missing pieces and unreadable form JSON are reported with
 * sheet, row and column.
 */
export function assembleCandidates(tables: CatalogTables, errors: ImportError[], options: ImportOptions): Candidate[] {
  const entries: Entry[] = [];
  const byCode = new Map<string, Entry>();
  for (const row of tables.items.rows) {
    const code = codeOf(row, errors, SHEETS.items);
    if (code === undefined) continue;
    const entry: Entry = {
      code,
      row,
      draft: readItemRow(row, errors, code),
      materials: [],
      process: [],
      form: { schema: [], uiSchema: [] },
      processFailed: false,
      formFailed: new Set(),
    };
    entries.push(entry);
    if (!byCode.has(code)) byCode.set(code, entry);
  }
  const owner = (row: SheetRow): Entry | undefined => {
    const code = codeOf(row, errors, row.sheet);
    if (code === undefined) return undefined;
    const entry = byCode.get(code);
    if (!entry) {
      const at = { sheet: row.sheet, row: row.row, field: '实施编码', itemCode: code };
      errors.push(importProblem('ITEM_UNKNOWN', `实施编码 ${code} 在「${SHEETS.items}」表中不存在`, at));
    }
    return entry;
  };
  for (const row of tables.materials.rows) {
    const entry = owner(row);
    if (entry) entry.materials.push({ row, draft: readMaterialRow(row, errors, entry.code) });
  }
  for (const row of tables.process.rows) {
    const entry = owner(row);
    if (!entry) continue;
    const piece = readPiece(row, errors, entry.code, 'BPMN');
    if (piece) entry.process.push(piece);
    else entry.processFailed = true;
  }
  for (const row of tables.form.rows) {
    const entry = owner(row);
    if (!entry) continue;
    const r = new FieldReader(row, errors, entry.code);
    const partText = r.token('部分');
    const part = (Object.keys(FORM_PARTS) as FormPart[]).find((p) => FORM_PARTS[p] === partText);
    if (part === undefined) {
      if (!r.failed.has('部分')) {
        r.fail(
          '部分',
          'LABEL_UNKNOWN',
          `「${partText ?? ''}」不是可选值，可选：「${FORM_PARTS.schema}」「${FORM_PARTS.uiSchema}」`,
        );
      }
      continue;
    }
    const piece = readPiece(row, errors, entry.code, 'JSON');
    if (piece) entry.form[part].push(piece);
    else entry.formFailed.add(part);
  }
  const maxFormBytes = IMPORT_LIMITS.formMaxBytes;
  const maxDepth = options.maxDepth ?? IMPORT_LIMITS.maxDepth;
  return entries.map((entry) => toCandidate(entry, errors, maxFormBytes, maxDepth));
}

function toCandidate(entry: Entry, errors: ImportError[], maxFormBytes: number, maxDepth: number): Candidate {
  const failedPaths: string[] = [];
  for (const header of entry.draft.failed) failedPaths.push(...failedItemPaths(header));
  const item: Record<string, unknown> = { ...entry.draft.fields };
  item['materials'] = entry.materials.map((m, i) => {
    for (const header of m.draft.failed) {
      failedPaths.push(`/materials/${i}${MATERIAL_COLUMNS.find((c) => c.header === header)?.path ?? ''}`);
    }
    return m.draft.fields;
  });
  const at = { itemCode: entry.code };
  const processXml = entry.processFailed ? undefined : joinProcess(entry.process, errors, entry.code);
  if (processXml === undefined) failedPaths.push('/processXml');
  else item['processXml'] = processXml;
  const form: Record<string, unknown> = {};
  for (const part of ['schema', 'uiSchema'] as const) {
    const pieces = entry.form[part];
    if (entry.formFailed.has(part) || (pieces.length === 0 && part === 'schema')) {
      if (!entry.formFailed.has(part)) {
        errors.push(
          importProblem('FORM_MISSING', `事项 ${entry.code} 在「${SHEETS.form}」表中没有「${FORM_PARTS.schema}」`, {
            sheet: SHEETS.form,
            field: 'JSON',
            ...at,
          }),
        );
      }
      failedPaths.push(`/form/${part}`);
      continue;
    }
    if (pieces.length === 0) continue;
    const value = parseFormJson(pieces, entry.code, errors, maxFormBytes, maxDepth);
    if (value === undefined) failedPaths.push(`/form/${part}`);
    else form[part] = value;
  }
  item['form'] = form;
  const firstRow = (pieces: readonly ChunkRow[]): number | undefined =>
    pieces.reduce<number | undefined>((m, p) => (m === undefined || p.row.row < m ? p.row.row : m), undefined);
  const locate = (path: string): ImportLocation => {
    const material = /^\/materials\/(\d+)(.*)$/.exec(path);
    if (material) {
      const row = entry.materials[Number(material[1])]?.row.row;
      const field = columnForPath(MATERIAL_COLUMNS, material[2] ?? '')?.header;
      return clean({ sheet: SHEETS.materials, row, field, itemCode: entry.code, path });
    }
    if (path === '/materials')
      return clean({ sheet: SHEETS.materials, row: entry.materials[0]?.row.row, itemCode: entry.code, path });
    if (path.startsWith('/processXml'))
      return clean({ sheet: SHEETS.process, row: firstRow(entry.process), field: 'BPMN', itemCode: entry.code, path });
    if (path.startsWith('/form')) {
      const pieces = path.startsWith('/form/uiSchema') ? entry.form.uiSchema : entry.form.schema;
      return clean({ sheet: SHEETS.form, row: firstRow(pieces), field: 'JSON', itemCode: entry.code, path });
    }
    const field = columnForPath(ITEM_COLUMNS, path)?.header;
    return clean({ sheet: SHEETS.items, row: entry.row.row, field, itemCode: entry.code, path });
  };
  return { item, code: entry.code, label: `「${SHEETS.items}」第 ${entry.row.row} 行`, locate, failedPaths };
}

function codeOf(row: SheetRow, errors: ImportError[], sheet: string): string | undefined {
  const r = new FieldReader(row, errors);
  const code = r.token('实施编码');
  if (code === undefined && !r.failed.has('实施编码')) {
    errors.push(importProblem('ITEM_CODE_MISSING', '缺少实施编码', { sheet, row: row.row, field: '实施编码' }));
  }
  return code;
}

function failedItemPaths(header: string): string[] {
  const path = ITEM_COLUMNS.find((c) => c.header === header)?.path;
  if (path === undefined) return [];
  const parent = ONE_OF_PARENTS.find((p) => path.startsWith(p));
  return parent === undefined ? [path] : [path, parent];
}
