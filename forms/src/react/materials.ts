import type { FileReference } from '../index.js';

/** One material an item asks for (申请材料), as the catalog publishes it. */
export interface MaterialSpec {
  readonly id: string;
  readonly name: string;
  /** Required in general; whether it applies to this application is decided by `requiredFor(formData)`. */
  readonly required: boolean;
  /** Originals to present (原件份数). */
  readonly originals: number;
  /** Copies to hand in (复印件份数). */
  readonly copies: number;
  /** Paper only, electronic only, or either. */
  readonly form: 'paper' | 'electronic' | 'either';
  readonly note?: string;
}

/** What the clerk received of one material. */
export interface ReceivedMaterial {
  readonly originals: number;
  readonly copies: number;
  /** The uploaded electronic version, when there is one. */
  readonly file?: FileReference;
}

/** The materials received so far, by material id (a ticked material has an entry). */
export type ReceivedMaterials = Readonly<Record<string, ReceivedMaterial>>;

/** A material that is required for this application but missing or short. */
export interface MissingMaterial {
  readonly id: string;
  readonly name: string;
  readonly reason: 'absent' | 'originals' | 'copies';
  /** The material as it appears in the list of what is missing, e.g. 「营业执照（原件需 1 份，已收 0 份）」. */
  readonly text: string;
}

/** Whether the materials are complete for the current form data. */
export interface MaterialsStatus {
  readonly complete: boolean;
  /** Ids required for the current form data, in the item's order. */
  readonly required: readonly string[];
  readonly missing: readonly MissingMaterial[];
}

/**
 * Checks the received materials against what is required for this application: paper materials need their
 * original and copy counts, electronic ones an entry (ticked or uploaded), `either` one of the two.
 */
export function assessMaterials(
  materials: readonly MaterialSpec[],
  required: ReadonlySet<string>,
  received: ReceivedMaterials,
): MaterialsStatus {
  const missing: MissingMaterial[] = [];
  const requiredIds: string[] = [];
  for (const material of materials) {
    if (!required.has(material.id)) continue;
    requiredIds.push(material.id);
    const problem = shortfall(material, received[material.id]);
    if (problem) missing.push(problem);
  }
  return { complete: missing.length === 0, required: requiredIds, missing };
}

/** The ids required when no condition applies: the materials marked required. */
export function requiredByFlag(materials: readonly MaterialSpec[]): ReadonlySet<string> {
  return new Set(materials.filter((m) => m.required).map((m) => m.id));
}

/** The Chinese sentence that blocks submission, e.g. 「材料不齐全，不能提交。还缺：身份证、营业执照」. */
export function missingMaterialsMessage(missing: readonly MissingMaterial[], action = '提交'): string {
  return `材料不齐全，不能${action}。还缺：${missing.map((m) => m.text).join('、')}`;
}

function shortfall(material: MaterialSpec, got: ReceivedMaterial | undefined): MissingMaterial | undefined {
  const base = { id: material.id, name: material.name };
  if (!got) return { ...base, reason: 'absent', text: material.name };
  if (material.form === 'electronic' || (material.form === 'either' && got.file)) return undefined;
  if (got.originals < material.originals) {
    return {
      ...base,
      reason: 'originals',
      text: `${material.name}（原件需 ${material.originals} 份，已收 ${got.originals} 份）`,
    };
  }
  if (got.copies < material.copies) {
    return {
      ...base,
      reason: 'copies',
      text: `${material.name}（复印件需 ${material.copies} 份，已收 ${got.copies} 份）`,
    };
  }
  return undefined;
}
