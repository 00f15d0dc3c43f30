/**
 * A draft of an approval item (事项草稿) as an administrator left it. The content is any JSON object:
 * a draft may not validate yet — validation and publication are the catalog's business.
 */
export interface ItemDraftRecord {
  /** The item's implementation code (实施编码); one draft per item. */
  readonly code: string;
  /** The item's name as the draft has it (for lists). */
  readonly name: string;
  /** The draft's content: an item in the making. */
  readonly item: Readonly<Record<string, unknown>>;
  /** The published version the draft started from; null for a new item. */
  readonly baseVersion: number | null;
  /** 1 for the first save, +1 on every save: a save names the revision it replaces. */
  readonly revision: number;
  readonly savedBy: string;
  readonly savedAt: string;
}

/** A draft as lists show it: everything but the content. */
export type ItemDraftSummary = Omit<ItemDraftRecord, 'item'>;

/** Thrown when a draft save or removal names a revision that is no longer the stored one. */
export class DraftConflictError extends Error {
  readonly code = 'DRAFT_CONFLICT';
  constructor(
    readonly itemCode: string,
    readonly expectedRevision: number,
  ) {
    super(`事项「${itemCode}」的草稿已被他人修改，请重新打开后再保存`);
    this.name = 'DraftConflictError';
  }
}

/** Store methods for item drafts (the administrators' work in progress). */
export interface ItemDraftStore {
  /**
   * Saves a draft over revision `expectedRevision` (0: there is no draft yet) and returns it with the
   * next revision; when the stored revision is another, nothing is written and `DraftConflictError` is thrown.
   */
  saveItemDraft(draft: Omit<ItemDraftRecord, 'revision'>, expectedRevision: number): Promise<ItemDraftRecord>;
  /** The draft of an item. */
  getItemDraft(code: string): Promise<ItemDraftRecord | undefined>;
  /** Every draft, most recently saved first, without their content. */
  listItemDrafts(limit: number): Promise<readonly ItemDraftSummary[]>;
  /**
   * Removes a draft (after publication, or discarded); with `revision`, only while that revision is the
   * stored one. Returns whether a draft was removed.
   */
  deleteItemDraft(code: string, revision?: number): Promise<boolean>;
}
