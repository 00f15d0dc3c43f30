/**
 * `@govflow/catalog` — approval items (事项): their schema and consistency rules, versions and
 * diffs, materials completeness, and the demo catalog.
 *
 * @example
 * ```ts
 * import { demoCatalog, validateItem, checkCompleteness } from '@govflow/catalog';
 * const [item] = demoCatalog();
 * const { valid, errors } = await validateItem(item);
 * const { complete, missing, notice } = checkCompleteness(item, formData, ['id-card']);
 * ```
 */
export { canonicalJson } from './canonicalJson.js';
export {
  checkCompleteness,
  requiredMaterials,
  type Completeness,
  type MissingMaterial,
  type ProvidedMaterial,
} from './checkCompleteness.js';
export { demoCatalog, HANDWRITTEN_ITEM_CODES } from './demo/demoCatalog.js';
export {
  DEPARTMENTS as DEMO_DEPARTMENTS,
  JOINT_WINDOW as DEMO_JOINT_WINDOW,
  type Department as DemoDepartment,
} from './demo/departments.js';
export { buildProcessXml, type ParallelSpec, type ProcessSpec, type StepSpec } from './demo/processBuilder.js';
export { diffItems, type FieldChange, type ItemDiff, type ProcessChange } from './diffItems.js';
export * from './item.js';
export { ITEM_SCHEMA } from './itemSchema.js';
export type { ItemProblem } from './rules/problem.js';
export { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from './settings.js';
export { validateItem, type ItemValidation } from './validateItem.js';
export { contentHash, ItemInvalidError, publishItem, type PublishedItem } from './versions.js';
export * from './io/index.js';
export * from './guide/index.js';
