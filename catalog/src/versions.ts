import { canonicalJson } from './canonicalJson.js';
import type { ApprovalItem } from './item.js';
import type { ItemProblem } from './rules/problem.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from './settings.js';
import { validateItem } from './validateItem.js';

/** A published, frozen item version: what cases pin. */
export interface PublishedItem {
  readonly item: ApprovalItem;
  /** SHA-256 of the item's canonical JSON without its version number. */
  readonly hash: string;
  readonly publishedBy: string;
  readonly publishedAt: string;
}

/** Thrown when a draft cannot be published; lists every error. */
export class ItemInvalidError extends Error {
  readonly code = 'ITEM_INVALID';
  constructor(
    readonly itemCode: string,
    readonly problems: readonly ItemProblem[],
  ) {
    super(`事项「${itemCode}」有 ${problems.length} 处错误，不能发布：${problems[0]?.message ?? ''}`);
    this.name = 'ItemInvalidError';
  }
}

/** The content hash of an item (its version number excluded, so an unchanged draft hashes the same). */
export async function contentHash(item: ApprovalItem): Promise<string> {
  const { version: _version, ...content } = item;
  const bytes = new TextEncoder().encode(canonicalJson(content));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Publishes a draft: validates it (errors block), numbers it after the previous version and freezes
 * it with its hash, who and when. A draft identical to the previous version publishes nothing.
 */
export async function publishItem(
  draft: ApprovalItem,
  options: { by: string; at: string; previous?: PublishedItem; settings?: CatalogSettings },
): Promise<{ published: PublishedItem; unchanged: boolean; warnings: readonly ItemProblem[] }> {
  const validation = await validateItem(draft, options.settings ?? DEFAULT_CATALOG_SETTINGS);
  if (!validation.valid) throw new ItemInvalidError(draft.code, validation.errors);
  const hash = await contentHash(draft);
  if (options.previous && options.previous.hash === hash) {
    return { published: options.previous, unchanged: true, warnings: validation.warnings };
  }
  const version = options.previous ? options.previous.item.version + 1 : 1;
  const item = deepFreeze({ ...structuredClone(draft), version });
  return {
    published: Object.freeze({ item, hash, publishedBy: options.by, publishedAt: options.at }),
    unchanged: false,
    warnings: validation.warnings,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
