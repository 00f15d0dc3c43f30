import { checkFeelSyntax, type ProcessModel } from '@govflow/engine';
import { createFormValidator, FormSchemaError } from '@govflow/forms';
import type { ApprovalItem } from '../item.js';
import { itemError, itemWarning, type ItemProblem } from './problem.js';

/** Every material a step names must exist in the item. */
export function checkStepMaterials(item: ApprovalItem, model: ProcessModel): ItemProblem[] {
  const known = new Set(item.materials.map((m) => m.id));
  return model.userSteps.flatMap((step) =>
    step.materials
      .filter((id) => !known.has(id))
      .map((id) =>
        itemError(
          'STEP_MATERIAL_UNKNOWN',
          `/processXml#${step.id}`,
          `环节「${step.name}」要求的材料 ${id} 不在事项的材料清单中`,
          {
            elementId: step.id,
            materialId: id,
          },
        ),
      ),
  );
}

/** Material ids are unique and their FEEL conditions parse. */
export function checkMaterials(item: ApprovalItem): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const seen = new Set<string>();
  item.materials.forEach((material, index) => {
    if (seen.has(material.id)) {
      problems.push(itemError('DUPLICATE_MATERIAL_ID', `/materials/${index}/id`, `材料编号 ${material.id} 重复`));
    }
    seen.add(material.id);
    if (material.requiredWhen !== undefined) {
      const problem = checkFeelSyntax(material.requiredWhen);
      if (problem) {
        problems.push(
          itemError(
            'MATERIAL_CONDITION_INVALID',
            `/materials/${index}/requiredWhen`,
            `材料「${material.name}」的必要条件有误：${problem.zh}`,
          ),
        );
      }
      if (!material.required) {
        problems.push(
          itemWarning(
            'MATERIAL_CONDITION_UNUSED',
            `/materials/${index}/requiredWhen`,
            `材料「${material.name}」不是必要材料，其必要条件不会生效`,
          ),
        );
      }
    }
  });
  return problems;
}

/** A charged item states its standard and basis; a free one says so explicitly (the schema requires `fee`). */
export function checkFee(item: ApprovalItem): ItemProblem[] {
  if (!item.fee.charged) return [];
  const problems: ItemProblem[] = [];
  if (!item.fee.standard.trim())
    problems.push(itemError('FEE_STANDARD_MISSING', '/fee/standard', '收费事项必须写明收费标准'));
  if (!item.fee.basis.trim()) problems.push(itemError('FEE_BASIS_MISSING', '/fee/basis', '收费事项必须写明收费依据'));
  return problems;
}

/** The application form's schema compiles. */
export function checkFormSchema(item: ApprovalItem): ItemProblem[] {
  try {
    createFormValidator(item.form.schema);
    return [];
  } catch (error) {
    const message = error instanceof FormSchemaError ? error.message : String(error);
    return [itemError('FORM_SCHEMA_INVALID', '/form/schema', message)];
  }
}

/** Limits written on the process (gov:promisedDays) should agree with the item's. */
export function checkProcessLimits(item: ApprovalItem, model: ProcessModel): ItemProblem[] {
  const written = model.limits.promisedDays;
  if (written === undefined || written === item.promisedDays) return [];
  return [
    itemWarning(
      'PROCESS_LIMITS_MISMATCH',
      '/processXml',
      `流程图上的承诺时限 ${written} 天与事项的 ${item.promisedDays} 天不一致，以事项为准`,
    ),
  ];
}
