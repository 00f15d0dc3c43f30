import { Schema, type Connection, type Model } from 'mongoose';
import { DraftConflictError, type ItemDraftRecord, type ItemDraftSummary } from '../itemDraftStore.js';
import { isDuplicateKey, key } from './mappers.js';

/** A draft: `_id` is the item code; the content is kept as JSON text (keys as the administrator wrote them). */
interface ItemDraftDoc {
  _id: string;
  name: string;
  data: string;
  baseVersion: number | null;
  revision: number;
  savedBy: string;
  savedAt: string;
}

const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;

const itemDraftSchema = new Schema<ItemDraftDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    data: { type: String, required: true },
    baseVersion: { type: Number, default: null },
    revision: { type: Number, required: true },
    savedBy: { type: String, required: true },
    savedAt: { type: String, required: true },
  },
  { ...TOP, collection: 'item_drafts' },
);
itemDraftSchema.index({ savedAt: -1 });

/** Item drafts on MongoDB: every save is one single-document write guarded by the draft's revision. */
export class MongoItemDrafts {
  private readonly drafts: Model<ItemDraftDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(connection: Connection) {
    this.drafts = connection.model<ItemDraftDoc>('GovflowItemDraft', itemDraftSchema);
    this.models = [this.drafts];
  }

  /** Inserts the first revision, or updates the expected one; anything else is a conflict. */
  async save(draft: Omit<ItemDraftRecord, 'revision'>, expectedRevision: number): Promise<ItemDraftRecord> {
    const fields = {
      name: draft.name,
      data: JSON.stringify(draft.item),
      baseVersion: draft.baseVersion,
      savedBy: draft.savedBy,
      savedAt: draft.savedAt,
    };
    const id = key(draft.code, 'code');
    if (expectedRevision === 0) {
      try {
        await this.drafts.create({ _id: id, ...fields, revision: 1 });
      } catch (error) {
        if (isDuplicateKey(error)) throw new DraftConflictError(draft.code, expectedRevision);
        throw error;
      }
    } else {
      const updated = await this.drafts.updateOne(
        { _id: id, revision: Number(expectedRevision) },
        { $set: fields, $inc: { revision: 1 } },
      );
      if (updated.modifiedCount !== 1) throw new DraftConflictError(draft.code, expectedRevision);
    }
    return { ...draft, revision: expectedRevision + 1 };
  }

  /** One draft with its content. */
  async get(code: string): Promise<ItemDraftRecord | undefined> {
    const doc = await this.drafts.findById(key(code, 'code')).lean<ItemDraftDoc>();
    return doc ? { ...toSummary(doc), item: JSON.parse(doc.data) as Record<string, unknown> } : undefined;
  }

  /** Drafts newest first, without content. */
  async list(limit: number): Promise<ItemDraftSummary[]> {
    const docs = await this.drafts
      .find({}, { data: 0 })
      .sort({ savedAt: -1, _id: 1 })
      .limit(limit)
      .lean<ItemDraftDoc[]>();
    return docs.map(toSummary);
  }

  /** Removes a draft (only the given revision, when given). */
  async delete(code: string, revision?: number): Promise<boolean> {
    const filter = revision === undefined ? { _id: key(code, 'code') } : { _id: key(code, 'code'), revision };
    return (await this.drafts.deleteOne(filter)).deletedCount === 1;
  }
}

function toSummary(doc: ItemDraftDoc): ItemDraftSummary {
  return {
    code: doc._id,
    name: doc.name,
    baseVersion: doc.baseVersion ?? null,
    revision: doc.revision,
    savedBy: doc.savedBy,
    savedAt: doc.savedAt,
  };
}
