import { importCatalogXlsx, publishItem, type ImportError, type PublishedItem } from '@govflow/catalog';
import { formatInstant } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type { Clock } from '../../clock.js';
import type { Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';
import { requireAdministrator } from './requireAdministrator.js';

/** What an Excel catalog import found and did. */
export interface ImportReport {
  /** True when the workbook has no error (and, when publishing, everything was published). */
  readonly ok: boolean;
  readonly published: boolean;
  /** Every error with its sheet, row and column (empty when ok). */
  readonly errors: readonly ImportError[];
  readonly warnings: readonly ImportError[];
  /** The items the workbook holds (when it is valid), with the version each got when published. */
  readonly items: readonly { code: string; name: string; version: number | null; unchanged: boolean }[];
}

/**
 * Excel catalog import (the catalog's node-only reader): checks a workbook and returns every row
 * error, or publishes all its items — all or nothing — as their next versions.
 */
export class ItemImporter {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Checks the workbook; with `publish`, publishes every item in one write or none (422 when any error). */
  async importXlsx(user: SessionUser, bytes: Uint8Array, publish: boolean): Promise<ImportReport> {
    requireAdministrator(user);
    const result = await importCatalogXlsx(bytes);
    if (!result.ok) {
      if (!publish) return { ok: false, published: false, errors: result.errors, warnings: result.warnings, items: [] };
      throw new ApiError(422, 'CATALOG_IMPORT_INVALID', `导入文件有 ${result.errors.length} 处错误，未导入任何事项`, {
        errors: result.errors,
        warnings: result.warnings,
      });
    }
    const listed = result.items.map((i) => ({ code: i.code, name: i.name, version: null, unchanged: false }));
    if (!publish) return { ok: true, published: false, errors: [], warnings: result.warnings, items: listed };
    const at = formatInstant(this.clock.now());
    const toWrite: PublishedItem[] = [];
    const items: ImportReport['items'][number][] = [];
    for (const item of result.items) {
      const versions = await this.store.listItemVersions(item.code);
      const previous = versions[versions.length - 1];
      const outcome = await publishItem(item, { by: user.username, at, ...(previous ? { previous } : {}) });
      if (!outcome.unchanged) toWrite.push(outcome.published);
      items.push({
        code: item.code,
        name: item.name,
        version: outcome.published.item.version,
        unchanged: outcome.unchanged,
      });
    }
    try {
      await this.store.savePublishedItems(toWrite);
    } catch {
      throw new ApiError(409, 'ITEM_VERSION_CONFLICT', '导入期间有事项被他人发布了新版本，未导入任何事项，请重试');
    }
    return { ok: true, published: true, errors: [], warnings: result.warnings, items };
  }
}
