import type { ApprovalItem } from '../item.js';
import { generatedItems } from './generated/generatedItems.js';
import { HANDWRITTEN_ITEMS } from './handwrittenItems.js';

/** Codes of the hand-written items; every other item is generated from the departments' tables. */
export { HANDWRITTEN_ITEM_CODES } from './handwrittenItems.js';

let cached: readonly ApprovalItem[] | undefined;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The demo catalog loaded on a fresh start: some 350 items of 32 departments on city, district, street
 * (town) and village levels — the hand-written ones (seed 000's 失业人员再就业证补办 first) and the
 * ones generated from the departments' tables. Built once, frozen, and the same on every call.
 */
export function demoCatalog(): readonly ApprovalItem[] {
  cached ??= deepFreeze([...HANDWRITTEN_ITEMS, ...generatedItems()]);
  return cached;
}
