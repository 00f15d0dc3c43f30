import type { ProvidedMaterial } from '@govflow/catalog';
import { ApiError } from '../http/apiError.js';
import type { FileStore } from '../store/fileStore.js';

/** A material received at intake, with the uploaded files (SHA-256) that hold it, e.g. both sides of an ID card. */
export type MaterialWithFiles = ProvidedMaterial & { readonly files?: readonly string[] };

/**
 * The files the materials reference, each once; 422 FILE_UNKNOWN naming every hash that was never
 * uploaded (nothing is stored then). A hash is only ever learnt by uploading the content or by reading
 * a case that references it, so knowing it is what makes a reference acceptable.
 */
export async function requireKnownFiles(
  store: FileStore,
  materials: readonly (string | ProvidedMaterial)[],
): Promise<readonly string[]> {
  const hashes = [...new Set(materials.flatMap((m) => (typeof m === 'string' ? [] : filesOf(m))))];
  const unknown: string[] = [];
  for (const sha256 of hashes) {
    if ((await store.listFileUploads(sha256)).length === 0) unknown.push(sha256);
  }
  if (unknown.length > 0) {
    throw new ApiError(422, 'FILE_UNKNOWN', `材料引用了未上传的文件（${unknown.length} 个），请先上传`, { unknown });
  }
  return hashes;
}

function filesOf(material: ProvidedMaterial): readonly string[] {
  const files = (material as MaterialWithFiles).files;
  return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
}
