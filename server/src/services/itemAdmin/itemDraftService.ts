import { formatInstant } from '@govflow/engine';
import { ApiError, notFound } from '../../http/apiError.js';
import type { Clock } from '../../clock.js';
import { DraftConflictError, type ItemDraftRecord, type ItemDraftSummary } from '../../store/itemDraftStore.js';
import type { Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';
import { checkDraftContent, draftName } from './draftContent.js';
import { requireAdministrator } from './requireAdministrator.js';

/** A draft as the editor opens it: the saved draft, or the latest published version to start one from. */
export interface OpenedDraft extends Omit<ItemDraftRecord, 'revision' | 'savedBy' | 'savedAt'> {
  /** 0 when nothing is saved yet (the next save creates the draft). */
  readonly revision: number;
  readonly savedBy: string | null;
  readonly savedAt: string | null;
  /** Where the content came from. */
  readonly source: 'draft' | 'published';
}

/** Most drafts a list returns. */
const LIST_LIMIT = 500;

/** Administrators' item drafts: open, save over a revision, list, discard. */
export class ItemDraftService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Every draft, most recently saved first. */
  async list(user: SessionUser): Promise<readonly ItemDraftSummary[]> {
    requireAdministrator(user);
    return this.store.listItemDrafts(LIST_LIMIT);
  }

  /** The saved draft, else the latest published version as a draft not saved yet; 404 when neither exists. */
  async open(user: SessionUser, code: string): Promise<OpenedDraft> {
    requireAdministrator(user);
    const draft = await this.store.getItemDraft(code);
    if (draft) return { ...draft, source: 'draft' };
    const published = await this.store.getItem(code);
    if (!published) throw notFound('事项或草稿', code);
    return {
      code,
      name: published.name,
      item: published as unknown as Record<string, unknown>,
      baseVersion: published.version,
      revision: 0,
      savedBy: null,
      savedAt: null,
      source: 'published',
    };
  }

  /** Saves the draft over `revision` (0 for the first save); 409 DRAFT_CONFLICT when someone saved first. */
  async save(
    user: SessionUser,
    code: string,
    item: Readonly<Record<string, unknown>>,
    revision: number,
  ): Promise<ItemDraftRecord> {
    requireAdministrator(user);
    checkDraftContent(code, item);
    const existing = revision === 0 ? undefined : await this.store.getItemDraft(code);
    const baseVersion = existing ? existing.baseVersion : ((await this.store.getItem(code))?.version ?? null);
    try {
      return await this.store.saveItemDraft(
        {
          code,
          name: draftName(code, item),
          item,
          baseVersion,
          savedBy: user.username,
          savedAt: formatInstant(this.clock.now()),
        },
        revision,
      );
    } catch (error) {
      throw conflict(error);
    }
  }

  /** Discards a draft (at `revision` when given); 404 when there is none, 409 when another revision is stored. */
  async discard(user: SessionUser, code: string, revision?: number): Promise<void> {
    requireAdministrator(user);
    if (await this.store.deleteItemDraft(code, revision)) return;
    const stored = await this.store.getItemDraft(code);
    if (!stored) throw notFound('草稿', code);
    throw conflict(new DraftConflictError(code, revision ?? 0));
  }
}

/** A revision conflict as the client sees it; anything else passes through. */
export function conflict(error: unknown): unknown {
  if (!(error instanceof DraftConflictError)) return error;
  return new ApiError(409, error.code, error.message, { code: error.itemCode, revision: error.expectedRevision });
}
