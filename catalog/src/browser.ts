/**
 * `@govflow/catalog/browser` — the parts of the catalog a browser may load: item types, validation,
 * versions and diffs, completeness, the service guide. Import/export (Excel, files) stays in the main entry.
 *
 * @example
 * ```ts
 * import { requiredMaterials } from '@govflow/catalog/browser';
 * const ids = new Set(requiredMaterials(item, formData).map((m) => m.id));
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
export { diffItems, type FieldChange, type ItemDiff, type ProcessChange } from './diffItems.js';
export * from './guide/index.js';
export * from './item.js';
export { ITEM_SCHEMA } from './itemSchema.js';
export type { ItemProblem } from './rules/problem.js';
export { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from './settings.js';
export { validateItem, type ItemValidation } from './validateItem.js';
export { contentHash, ItemInvalidError, publishItem, type PublishedItem } from './versions.js';
