import { feelIsTrue } from '@govflow/engine';
import type { ApprovalItem, Material } from './item.js';

/** A material as received at the window: how many originals and copies, in which form. Ids alone mean "as required". */
export interface ProvidedMaterial {
  readonly id: string;
  readonly originals?: number;
  readonly copies?: number;
  readonly form?: 'paper' | 'electronic';
}

/** A required material that is missing or insufficient, and why. */
export interface MissingMaterial {
  readonly id: string;
  readonly name: string;
  readonly reason: 'absent' | 'originals' | 'copies' | 'form';
  /** What the applicant still has to bring, in Chinese, e.g. 「原件 1 份，复印件 1 份」. */
  readonly need: string;
}

/** The result of a completeness check (材料齐全性审查). */
export interface Completeness {
  readonly complete: boolean;
  /** Ids of the materials required for this application's form data. */
  readonly required: readonly string[];
  /** Every missing or insufficient material, all at once (一次性告知). */
  readonly missing: readonly MissingMaterial[];
  /** The text of the one-time notice (一次性告知书); empty when complete. */
  readonly notice: string;
}

/** The materials required for this form data: required ones whose FEEL condition (if any) holds. */
export function requiredMaterials(item: ApprovalItem, formData: Readonly<Record<string, unknown>>): Material[] {
  return item.materials.filter(
    (m) => m.required && (m.requiredWhen === undefined || conditionHolds(m.requiredWhen, formData)),
  );
}

/**
 * Checks every required material against what was received — presence, original and copy counts,
 * paper or electronic — and lists all shortfalls at once with the one-time notice text.
 * Acceptance is blocked while anything is missing (seed 000: "少一样材料，软件就不予办理").
 */
export function checkCompleteness(
  item: ApprovalItem,
  formData: Readonly<Record<string, unknown>>,
  provided: readonly (string | ProvidedMaterial)[],
): Completeness {
  const received = new Map<string, ProvidedMaterial>();
  for (const entry of provided) {
    const material = typeof entry === 'string' ? { id: entry } : entry;
    received.set(material.id, material);
  }
  const required = requiredMaterials(item, formData);
  const missing = required.flatMap((m) => shortfall(m, received.get(m.id)));
  return {
    complete: missing.length === 0,
    required: required.map((m) => m.id),
    missing,
    notice: missing.length === 0 ? '' : oneTimeNotice(item, missing),
  };
}

function shortfall(material: Material, got: ProvidedMaterial | undefined): MissingMaterial[] {
  const entry = (reason: MissingMaterial['reason'], need: string): MissingMaterial[] => [
    { id: material.id, name: material.name, reason, need },
  ];
  if (!got) return entry('absent', describeNeed(material));
  if (material.form === 'paper' && got.form === 'electronic') return entry('form', '须提交纸质材料');
  if (material.form === 'electronic' && got.form === 'paper') return entry('form', '须提交电子材料');
  if (got.originals !== undefined && got.originals < material.originals) {
    return entry('originals', `原件 ${material.originals} 份（已收 ${got.originals} 份）`);
  }
  if (got.copies !== undefined && got.copies < material.copies) {
    return entry('copies', `复印件 ${material.copies} 份（已收 ${got.copies} 份）`);
  }
  return [];
}

function describeNeed(material: Material): string {
  const parts: string[] = [];
  if (material.originals > 0) parts.push(`原件 ${material.originals} 份`);
  if (material.copies > 0) parts.push(`复印件 ${material.copies} 份`);
  if (material.form === 'electronic') parts.push('电子材料');
  return parts.join('，') || '1 份';
}

function oneTimeNotice(item: ApprovalItem, missing: readonly MissingMaterial[]): string {
  const lines = missing.map((m, i) => `${i + 1}. ${m.name}：${m.need}`);
  return [`您申请的「${item.name}」所需材料尚不齐全，请一次性补齐以下材料：`, ...lines].join('\n');
}

function conditionHolds(condition: string, formData: Readonly<Record<string, unknown>>): boolean {
  try {
    return feelIsTrue(condition, formData);
  } catch {
    // A condition that cannot be evaluated is treated as holding: better to ask for a material than to skip it.
    return true;
  }
}
