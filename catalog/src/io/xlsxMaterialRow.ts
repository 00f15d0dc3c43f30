import type { Material } from '../item.js';
import type { ImportError } from './problems.js';
import { FieldReader } from './xlsxFields.js';
import { MATERIAL_FORM_LABELS, SOURCE_LABELS, YES_NO } from './xlsxLabels.js';
import type { CellOut, ItemDraft } from './xlsxItemRow.js';
import type { SheetRow } from './xlsxSheetReader.js';

/** The 材料 row of a material, by column header. */
export function materialRow(itemCode: string, material: Material): Record<string, CellOut> {
  return {
    实施编码: itemCode,
    材料编号: material.id,
    材料名称: material.name,
    必要性: material.required ? YES_NO.required : YES_NO.optional,
    必要条件: material.requiredWhen,
    原件份数: material.originals,
    复印件份数: material.copies,
    材料形式: MATERIAL_FORM_LABELS.label(material.form),
    来源渠道: SOURCE_LABELS.label(material.source),
    受理标准: material.standard,
    空白表格: material.blankForm,
    示例样表: material.sample,
    备注: material.note,
  };
}

/** Reads a 材料 row into a material's fields; unreadable cells are reported with sheet, row and column. */
export function readMaterialRow(row: SheetRow, errors: ImportError[], itemCode: string): ItemDraft {
  const r = new FieldReader(row, errors, itemCode);
  const material: Record<string, unknown> = {};
  const put = (key: string, value: unknown): void => {
    if (value !== undefined) material[key] = value;
  };
  put('id', r.token('材料编号'));
  put('name', r.text('材料名称'));
  put('required', r.yesNo('必要性', YES_NO.required, YES_NO.optional));
  put('requiredWhen', r.text('必要条件'));
  put('originals', r.number('原件份数'));
  put('copies', r.number('复印件份数'));
  put('form', r.label('材料形式', MATERIAL_FORM_LABELS));
  put('source', r.label('来源渠道', SOURCE_LABELS));
  put('standard', r.text('受理标准'));
  put('blankForm', r.text('空白表格'));
  put('sample', r.text('示例样表'));
  put('note', r.text('备注'));
  return { fields: material, failed: r.failed };
}
