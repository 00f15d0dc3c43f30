import { importProblem, type ImportError } from './problems.js';
import { contentText } from './xlsxCells.js';
import { parseYesNo, type Labels } from './xlsxLabels.js';
import type { SheetRow } from './xlsxSheetReader.js';

/**
 * Typed reading of one row's cells. Each getter returns undefined for an empty cell; a cell that
 * cannot be read reports an error naming sheet, row and column and also returns undefined.
 */
export class FieldReader {
  /** Headers whose cell was refused or could not be read. */
  readonly failed = new Set<string>();

  constructor(
    private readonly row: SheetRow,
    private readonly errors: ImportError[],
    private readonly itemCode?: string,
  ) {
    for (const header of row.refused) this.failed.add(header);
  }

  /** Free text, exactly as written (numbers and dates as text). */
  text(header: string): string | undefined {
    const content = this.row.cells.get(header);
    return content === undefined ? undefined : contentText(content);
  }

  /** Trimmed text, for codes and labels; blank is empty. */
  token(header: string): string | undefined {
    const text = this.text(header)?.trim();
    return text === '' ? undefined : text;
  }

  /** A number written as a number or as digits. */
  number(header: string): number | undefined {
    const content = this.row.cells.get(header);
    if (content === undefined) return undefined;
    if (content.kind === 'number') return content.value;
    const text = content.kind === 'text' ? content.text.trim() : undefined;
    if (text === '') return undefined;
    if (text !== undefined && /^\d+(?:\.\d+)?$/.test(text)) return Number(text);
    return this.fail(header, 'NUMBER_INVALID', `应填写数字，不能是「${contentText(content) ?? content.kind}」`);
  }

  /** A label of an enum (行使层级 …). */
  label<T extends string | number>(header: string, labels: Labels<T>): T | undefined {
    const content = this.row.cells.get(header);
    if (content?.kind === 'number') {
      const value = labels.parse(String(content.value));
      return value ?? this.fail(header, 'LABEL_UNKNOWN', `「${content.value}」不是可选值，可选：${labels.list}`);
    }
    const text = this.token(header);
    if (text === undefined) return undefined;
    return labels.parse(text) ?? this.fail(header, 'LABEL_UNKNOWN', `「${text}」不是可选值，可选：${labels.list}`);
  }

  /** 是 / 否 (TRUE / FALSE cells too). */
  yesNo(header: string, yes: string, no: string): boolean | undefined {
    const content = this.row.cells.get(header);
    if (content?.kind === 'boolean') return content.value;
    const text = this.token(header);
    if (text === undefined) return undefined;
    return parseYesNo(text) ?? this.fail(header, 'LABEL_UNKNOWN', `「${text}」不是可选值，可选：「${yes}」「${no}」`);
  }

  /** Reports a problem with this row's cell and marks it failed. */
  fail(header: string, code: string, message: string): undefined {
    this.failed.add(header);
    const at = {
      sheet: this.row.sheet,
      row: this.row.row,
      field: header,
      ...(this.itemCode ? { itemCode: this.itemCode } : {}),
    };
    this.errors.push(importProblem(code, message, at));
    return undefined;
  }
}
