import type { ReceivedMaterial, ReceivedMaterials } from '@govflow/forms/react';
import type { ApplicationMaterial } from './applicationTypes.js';

/** A material of the item as the checklist knows it (its form decides whether an upload makes it electronic). */
interface MaterialForm {
  readonly id: string;
  readonly form: 'paper' | 'electronic' | 'either';
}

/** Files already attached to an application's materials, by material id (kept on correction unless replaced). */
export type AttachedFiles = Readonly<Record<string, readonly string[]>>;

/** `/api/applications/<id>` or `/api/applications/<id>/<action>`. */
export function applicationUrl(id: string, action?: string): string {
  return `/api/applications/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
}

/** Where a material's uploaded file opens (the application's own file route checks the reader's right to it). */
export function applicationFileUrl(id: string, sha256: string): string {
  return `${applicationUrl(id, 'files')}/${encodeURIComponent(sha256)}`;
}

/**
 * The received materials as the register and correct requests take them: counts, the uploaded scan's
 * SHA-256 (else the files already attached) and, for a material that may be electronic, the electronic
 * form when a file holds it.
 */
export function materialsForRequest(
  received: ReceivedMaterials,
  specs: readonly MaterialForm[],
  attached: AttachedFiles = {},
): object[] {
  const formOf = new Map(specs.map((m) => [m.id, m.form]));
  return Object.entries(received).map(([id, got]) => {
    const files = got.file?.sha256 ? [got.file.sha256] : [...(attached[id] ?? [])];
    const form = formOf.get(id);
    const electronic = form === 'electronic' || (form === 'either' && files.length > 0);
    return {
      id,
      originals: got.originals,
      copies: got.copies,
      ...(electronic ? { form: 'electronic' } : {}),
      ...(files.length > 0 ? { files } : {}),
    };
  });
}

/** The materials an application holds, as the checklist shows them received (counts only). */
export function receivedFromApplication(materials: readonly ApplicationMaterial[]): ReceivedMaterials {
  const received: Record<string, ReceivedMaterial> = {};
  for (const m of materials) received[m.id] = { originals: m.originals ?? 0, copies: m.copies ?? 0 };
  return received;
}

/** The files attached to each of an application's materials. */
export function attachedFiles(materials: readonly ApplicationMaterial[]): AttachedFiles {
  return Object.fromEntries(materials.filter((m) => m.files?.length).map((m) => [m.id, m.files ?? []]));
}

/** The applicant's name as the item's form holds it (a person's or a company's), for the register request. */
export function applicantNameOf(formData: Readonly<Record<string, unknown>>): string {
  const name = formData['applicantName'] ?? formData['companyName'] ?? formData['name'];
  return typeof name === 'string' && name.trim() ? name.trim() : '申请人';
}
