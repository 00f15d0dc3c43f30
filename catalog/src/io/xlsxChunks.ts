import { escapeCellXml, protectCellText } from './hostileText.js';
import { importProblem, type ImportError } from './problems.js';
import { CELL_TEXT_LIMIT } from './xlsxLayout.js';
import type { SheetRow } from './xlsxSheetReader.js';

/**
 * Splits long text (BPMN XML, form JSON) into pieces that each fit one Excel cell once protected and
 * escaped, never cutting a surrogate pair. Joining the pieces gives the text back exactly.
 */
export function chunkText(text: string, limit = CELL_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + limit);
    for (;;) {
      if (end < text.length && end - start > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      const size = escapeCellXml(protectCellText(text.slice(start, end))).length;
      if (size <= limit) break;
      end = start + Math.max(1, Math.floor(((end - start) * limit) / size) - 8);
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks.length === 0 ? [''] : chunks;
}

/** One numbered piece read from the 流程 or 表单 sheet. */
export interface ChunkRow {
  readonly row: SheetRow;
  readonly seq: number;
  readonly text: string;
}

/**
 * Joins numbered pieces (序号 1, 2, 3 …) back into the text. Gaps, repeats and non-numbers are
 * reported with sheet, row and column; the text is undefined then.
 */
export function joinChunks(pieces: readonly ChunkRow[], errors: ImportError[], itemCode: string): string | undefined {
  const sorted = [...pieces].sort((a, b) => a.seq - b.seq || a.row.row - b.row.row);
  let ok = true;
  sorted.forEach((piece, index) => {
    if (piece.seq !== index + 1) {
      ok = false;
      const expected = index + 1;
      const message =
        sorted[index - 1]?.seq === piece.seq
          ? `序号 ${piece.seq} 重复`
          : `序号应为 ${expected}，实为 ${piece.seq}（序号须从 1 起连续编号）`;
      errors.push(
        importProblem('CHUNK_SEQUENCE', message, {
          sheet: piece.row.sheet,
          row: piece.row.row,
          field: '序号',
          itemCode,
        }),
      );
    }
  });
  return ok ? sorted.map((p) => p.text).join('') : undefined;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
