import { compileProcess, ModelInvalidError, type ProcessModel } from '@govflow/engine';
import { createFormValidator } from '@govflow/forms';
import type { ApprovalItem } from './item.js';
import { ITEM_SCHEMA } from './itemSchema.js';
import {
  checkFee,
  checkFormSchema,
  checkMaterials,
  checkProcessLimits,
  checkStepMaterials,
} from './rules/contentRules.js';
import {
  checkCriticalPath,
  checkJointCap,
  checkPromisedWithinStatutory,
  checkStepCount,
  checkThresholds,
} from './rules/limitRules.js';
import { itemError, itemWarning, type ItemProblem } from './rules/problem.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from './settings.js';

/** The verdict on one item: publishable when there are no errors. */
export interface ItemValidation {
  readonly valid: boolean;
  readonly errors: readonly ItemProblem[];
  readonly warnings: readonly ItemProblem[];
  /** The compiled process, when it compiles. */
  readonly model?: ProcessModel;
}

/**
 * Checks an item: its shape against the item schema, then every consistency rule (limits, process,
 * materials, fees, form, joint-handling cap, step count), each with its own stable code and a
 * Chinese message. Collects every problem instead of stopping at the first.
 */
export async function validateItem(
  candidate: unknown,
  settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS,
): Promise<ItemValidation> {
  const shape = createFormValidator(ITEM_SCHEMA).validate(candidate);
  if (!shape.valid) {
    const errors = shape.errors.map((e) => itemError('ITEM_SCHEMA_INVALID', e.path, e.message, { keyword: e.keyword }));
    return { valid: false, errors, warnings: [] };
  }
  const item = candidate as ApprovalItem;
  const problems: ItemProblem[] = [
    ...checkPromisedWithinStatutory(item),
    ...checkJointCap(item, settings),
    ...checkThresholds(item),
    ...checkMaterials(item),
    ...checkFee(item),
    ...checkFormSchema(item),
  ];
  let model: ProcessModel | undefined;
  try {
    const compiled = await compileProcess(item.processXml);
    model = compiled.model;
    for (const w of compiled.warnings) {
      problems.push(itemWarning('PROCESS_WARNING', `/processXml#${w.elementId}`, w.message, { rule: w.rule }));
    }
  } catch (error) {
    if (!(error instanceof ModelInvalidError)) throw error;
    for (const p of error.problems) {
      problems.push(
        itemError('PROCESS_INVALID', `/processXml#${p.elementId}`, p.message, { rule: p.rule, elementId: p.elementId }),
      );
    }
  }
  if (model) {
    problems.push(
      ...checkStepMaterials(item, model),
      ...checkCriticalPath(item, model),
      ...checkStepCount(model, settings),
      ...checkProcessLimits(item, model),
    );
  }
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return model ? { valid: errors.length === 0, errors, warnings, model } : { valid: false, errors, warnings };
}
