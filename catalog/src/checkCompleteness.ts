import type { ApprovalItem, Material } from './item.js';

/** The result of a completeness check (材料齐全性审查). */
export interface Completeness {
  readonly complete: boolean;
  /** Every required material that is missing, all at once (一次性告知). */
  readonly missing: readonly Pick<Material, 'id' | 'name'>[];
}

/**
 * Checks that every required material has been provided, listing all that are missing at once.
 * Acceptance is blocked while anything is missing (seed 000: "少一样材料，软件就不予办理").
 */
export function checkCompleteness(item: ApprovalItem, provided: readonly string[]): Completeness {
  const given = new Set(provided);
  const missing = item.materials.filter((m) => m.required && !given.has(m.id)).map(({ id, name }) => ({ id, name }));
  return { complete: missing.length === 0, missing };
}
