import { randomUUID } from 'node:crypto';
import type { ApprovalItem, PublishedItem } from '@govflow/catalog';
import type { Model } from 'mongoose';
import type { ItemDoc } from './documents.js';
import { key, toPublished } from './mappers.js';

/** Published item versions in their own collection (unique index on code + version). */
export class MongoItems {
  constructor(private readonly items: Model<ItemDoc>) {}

  /**
   * All or none without a transaction: the batch is inserted in order under one batch id, and a
   * failure removes what the batch had inserted (the unique index refuses a rewrite of a version).
   */
  async save(published: readonly PublishedItem[]): Promise<void> {
    if (published.length === 0) return;
    const batch = randomUUID();
    const docs: ItemDoc[] = published.map(({ item, hash, publishedBy, publishedAt }) => ({
      code: item.code,
      version: item.version,
      name: item.name,
      data: JSON.stringify(item),
      hash,
      publishedBy,
      publishedAt,
      batch,
    }));
    try {
      await this.items.insertMany(docs, { ordered: true });
    } catch (error) {
      await this.items.deleteMany({ batch });
      throw error;
    }
  }

  /** The latest version of every item, by code. */
  async latest(): Promise<ApprovalItem[]> {
    const rows = await this.items.aggregate<{ data: string }>([
      { $sort: { code: 1, version: -1 } },
      { $group: { _id: '$code', data: { $first: '$data' } } },
      { $sort: { _id: 1 } },
    ]);
    return rows.map((r) => JSON.parse(r.data) as ApprovalItem);
  }

  /** One version, or the latest. */
  async get(code: string, version?: number): Promise<ApprovalItem | undefined> {
    const filter = { code: key(code, 'code'), ...(version === undefined ? {} : { version: Number(version) }) };
    const doc = await this.items.findOne(filter).sort({ version: -1 }).lean<ItemDoc>();
    return doc ? (JSON.parse(doc.data) as ApprovalItem) : undefined;
  }

  /** Every version, oldest first. */
  async versions(code: string): Promise<PublishedItem[]> {
    const docs = await this.items
      .find({ code: key(code, 'code') })
      .sort({ version: 1 })
      .lean<ItemDoc[]>();
    return docs.map(toPublished);
  }
}
