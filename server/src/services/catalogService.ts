import { diffItems, type ApprovalItem, type ItemDiff, type PublishedItem } from '@govflow/catalog';
import { compileProcess, type ProcessModel } from '@govflow/engine';
import { notFound } from '../http/apiError.js';
import type { Store } from '../store/port.js';

/** Published items and their compiled process models (compiled once per item version). */
export class CatalogService {
  private readonly models = new Map<string, Promise<ProcessModel>>();
  /** Published versions already read, by `code@version` (shared: callers never change an item). */
  private readonly pinned = new Map<string, Promise<ApprovalItem>>();

  constructor(private readonly store: Store) {}

  /** Every published item, latest version each. */
  listItems(): Promise<readonly ApprovalItem[]> {
    return this.store.listItems();
  }

  /**
   * One item by code — the given version (a case's pinned one) or the latest — or a 404. A published
   * version never changes, so a pinned one is read and parsed once (every command on a case needs it).
   */
  getItem(code: string, version?: number): Promise<ApprovalItem> {
    if (version === undefined) return this.readItem(code);
    const key = `${code}@${version}`;
    let item = this.pinned.get(key);
    if (!item) {
      item = this.readItem(code, version);
      item.catch(() => this.pinned.delete(key));
      this.pinned.set(key, item);
    }
    return item;
  }

  private async readItem(code: string, version?: number): Promise<ApprovalItem> {
    const item = await this.store.getItem(code, version);
    if (!item) throw notFound('事项', version === undefined ? code : `${code} 第 ${version} 版`);
    return item;
  }

  /** Every published version of an item, or a 404. */
  async versions(code: string): Promise<readonly PublishedItem[]> {
    const versions = await this.store.listItemVersions(code);
    if (versions.length === 0) throw notFound('事项', code);
    return versions;
  }

  /** The difference between two published versions: changed elements and the compression report. */
  async diff(code: string, from: number, to: number): Promise<ItemDiff> {
    return diffItems(await this.getItem(code, from), await this.getItem(code, to));
  }

  /** The compiled model of an item version, cached. */
  model(item: ApprovalItem): Promise<ProcessModel> {
    const key = `${item.code}@${item.version}`;
    let model = this.models.get(key);
    if (!model) {
      model = compileProcess(item.processXml).then((r) => r.model);
      model.catch(() => this.models.delete(key));
      this.models.set(key, model);
    }
    return model;
  }
}
