/**
 * `@govflow/catalog` — approval items (事项), their materials and completeness rules, and the demo catalog.
 *
 * @example
 * ```ts
 * import { demoCatalog, checkCompleteness } from '@govflow/catalog';
 * const [item] = demoCatalog();
 * const { complete, missing } = checkCompleteness(item, ['id-card']);
 * ```
 */
export { checkCompleteness, type Completeness } from './checkCompleteness.js';
export { demoCatalog } from './demo/demoCatalog.js';
export * from './item.js';
