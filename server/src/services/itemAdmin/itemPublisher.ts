import {
  ItemInvalidError,
  publishItem,
  validateItem,
  type ApprovalItem,
  type CatalogSettings,
  type ItemProblem,
} from '@govflow/catalog';
import { formatInstant, type CriticalPath, type StepInfo } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type { Clock } from '../../clock.js';
import type { Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';
import { requireAdministrator } from './requireAdministrator.js';

/** The verdict on a draft: every problem with its stable code, and the process's timing when it compiles. */
export interface ItemVerdict {
  readonly valid: boolean;
  readonly errors: readonly ItemProblem[];
  readonly warnings: readonly ItemProblem[];
  readonly criticalPath: CriticalPath | null;
  readonly steps: readonly StepInfo[];
}

/** A publication's outcome. */
export interface Publication {
  readonly code: string;
  readonly version: number;
  readonly hash: string;
  readonly publishedBy: string;
  readonly publishedAt: string;
  /** True when the draft equals the latest version: nothing new was published. */
  readonly unchanged: boolean;
  readonly warnings: readonly ItemProblem[];
}

/** Validates and publishes items with the catalog's own rules, administrators only. */
export class ItemPublisher {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly settings?: CatalogSettings,
  ) {}

  /** Runs every catalog rule on a draft (nothing is stored). */
  async validate(user: SessionUser, candidate: unknown): Promise<ItemVerdict> {
    requireAdministrator(user);
    const result = await validateItem(candidate, this.settings);
    return {
      valid: result.valid,
      errors: result.errors,
      warnings: result.warnings,
      criticalPath: result.model?.criticalPath ?? null,
      steps: result.model?.userSteps ?? [],
    };
  }

  /**
   * Publishes a draft as the item's next version (422 ITEM_INVALID listing every error; 409 when another
   * administrator published the same version first) and then drops the draft it came from (only that
   * revision, so a draft saved meanwhile stays).
   */
  async publish(user: SessionUser, candidate: unknown, draftRevision?: number): Promise<Publication> {
    requireAdministrator(user);
    const verdict = await validateItem(candidate, this.settings);
    if (!verdict.valid) throw invalid(candidate, verdict.errors, verdict.warnings);
    const draft = candidate as ApprovalItem;
    const versions = await this.store.listItemVersions(draft.code);
    const previous = versions[versions.length - 1];
    let outcome: Awaited<ReturnType<typeof publishItem>>;
    try {
      outcome = await publishItem(draft, {
        by: user.username,
        at: formatInstant(this.clock.now()),
        ...(previous ? { previous } : {}),
        ...(this.settings ? { settings: this.settings } : {}),
      });
    } catch (error) {
      if (error instanceof ItemInvalidError) throw invalid(candidate, error.problems, []);
      throw error;
    }
    const { published, unchanged, warnings } = outcome;
    if (!unchanged) await this.save(published);
    if (draftRevision !== undefined) await this.store.deleteItemDraft(draft.code, draftRevision);
    return {
      code: published.item.code,
      version: published.item.version,
      hash: published.hash,
      publishedBy: published.publishedBy,
      publishedAt: published.publishedAt,
      unchanged,
      warnings,
    };
  }

  private async save(published: Parameters<Store['savePublishedItem']>[0]): Promise<void> {
    try {
      await this.store.savePublishedItem(published);
    } catch (error) {
      const stored = await this.store.getItem(published.item.code, published.item.version);
      if (!stored) throw error;
      throw new ApiError(
        409,
        'ITEM_VERSION_CONFLICT',
        `事项「${published.item.code}」第 ${published.item.version} 版刚被他人发布，请重新打开后再发布`,
        { code: published.item.code, version: published.item.version },
      );
    }
  }
}

function invalid(candidate: unknown, errors: readonly ItemProblem[], warnings: readonly ItemProblem[]): ApiError {
  const code = (candidate as { code?: unknown } | null)?.code;
  const first = errors[0]?.message ?? '';
  return new ApiError(422, 'ITEM_INVALID', `事项有 ${errors.length} 处错误，不能发布：${first}`, {
    code: typeof code === 'string' ? code : null,
    problems: errors,
    warnings,
  });
}
