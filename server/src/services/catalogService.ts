import type { ApprovalItem } from '@govflow/catalog';
import { compileProcess, type ProcessModel } from '@govflow/engine';
import { notFound } from '../http/apiError.js';
import type { Store } from '../store/port.js';

/** Published items and their compiled process models (compiled once per item version). */
export class CatalogService {
  private readonly models = new Map<string, Promise<ProcessModel>>();

  constructor(private readonly store: Store) {}

  /** Every published item, latest version each. */
  listItems(): Promise<readonly ApprovalItem[]> {
    return this.store.listItems();
  }

  /** One item by code, or a 404. */
  async getItem(code: string): Promise<ApprovalItem> {
    const item = await this.store.getItem(code);
    if (!item) throw notFound('事项', code);
    return item;
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
