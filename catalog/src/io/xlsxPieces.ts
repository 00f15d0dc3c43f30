import { parseBoundedJson } from './boundedJson.js';
import { importProblem, megabytes, type ImportError } from './problems.js';
import type { ImportLocation } from './validateCandidates.js';
import { joinChunks, type ChunkRow } from './xlsxChunks.js';
import { FieldReader } from './xlsxFields.js';
import { SHEETS } from './xlsxLayout.js';
import type { SheetRow } from './xlsxSheetReader.js';

/** Pieces of long text in the 流程 and 表单 sheets: reading, joining and parsing them. */

/** Reads one numbered piece (序号 + text column) of a row; undefined when a cell could not be read. */
export function readPiece(
  row: SheetRow,
  errors: ImportError[],
  itemCode: string,
  column: string,
): ChunkRow | undefined {
  const r = new FieldReader(row, errors, itemCode);
  const seq = r.number('序号');
  const text = r.text(column) ?? '';
  if (r.failed.size > 0) return undefined;
  if (seq === undefined) return r.fail('序号', 'CHUNK_SEQUENCE', '缺少序号');
  return { row, seq, text };
}

/** Joins an item's BPMN pieces; reports an item without any. */
export function joinProcess(pieces: readonly ChunkRow[], errors: ImportError[], itemCode: string): string | undefined {
  if (pieces.length === 0) {
    const at = { sheet: SHEETS.process, field: 'BPMN', itemCode };
    errors.push(importProblem('PROCESS_MISSING', `事项 ${itemCode} 在「${SHEETS.process}」表中没有流程`, at));
    return undefined;
  }
  return joinChunks(pieces, errors, itemCode);
}

/** Joins and parses a form definition, bounded in size and depth. */
export function parseFormJson(
  pieces: readonly ChunkRow[],
  itemCode: string,
  errors: ImportError[],
  maxBytes: number,
  maxDepth: number,
): unknown {
  const text = joinChunks(pieces, errors, itemCode);
  if (text === undefined) return undefined;
  const first = [...pieces].sort((a, b) => a.seq - b.seq)[0];
  const at = { sheet: SHEETS.form, row: first?.row.row, field: 'JSON', itemCode };
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    errors.push(importProblem('FORM_JSON_TOO_LARGE', `表单定义超过 ${megabytes(maxBytes)}`, clean(at)));
    return undefined;
  }
  const parsed = parseBoundedJson(text, maxDepth);
  if (!parsed.ok) {
    const code = parsed.refusal.code === 'JSON_TOO_DEEP' ? 'FORM_JSON_TOO_DEEP' : 'FORM_JSON_SYNTAX';
    errors.push(importProblem(code, `表单定义：${parsed.refusal.message}`, clean(at)));
    return undefined;
  }
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    errors.push(importProblem('FORM_JSON_NOT_OBJECT', '表单定义应为 JSON 对象', clean(at)));
    return undefined;
  }
  return parsed.value;
}

/** A location without its undefined parts. */
export function clean(location: { [K in keyof ImportLocation]?: ImportLocation[K] | undefined }): ImportLocation {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(location)) if (value !== undefined) result[key] = value;
  return result as ImportLocation;
}
