import type { ApprovalItem, ItemDiff, ItemProblem } from '@govflow/catalog/browser';
import type { CriticalPath, StepInfo } from '@govflow/engine';

/** An item as the editor holds it: the catalog's shape, possibly not valid yet. */
export type DraftItem = ApprovalItem;

/** A draft as `GET /api/admin/item-drafts/:code` opens it. */
export interface OpenedDraft {
  readonly code: string;
  readonly name: string;
  readonly item: DraftItem;
  readonly baseVersion: number | null;
  /** 0 when nothing is saved yet. */
  readonly revision: number;
  readonly savedBy: string | null;
  readonly savedAt: string | null;
  readonly source: 'draft' | 'published';
}

/** A draft in the list. */
export interface DraftSummary {
  readonly code: string;
  readonly name: string;
  readonly baseVersion: number | null;
  readonly revision: number;
  readonly savedBy: string;
  readonly savedAt: string;
}

/** The server's verdict on an item. */
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
  readonly unchanged: boolean;
  readonly publishedAt: string;
  readonly warnings: readonly ItemProblem[];
}

/** A published version as the history lists it. */
export interface VersionRow {
  readonly version: number;
  readonly hash: string;
  readonly publishedBy: string;
  readonly publishedAt: string;
  readonly promisedDays: number;
}

/** One error or warning of an Excel import, located. */
export interface ImportProblem {
  readonly code: string;
  readonly message: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly field?: string;
  readonly itemCode?: string;
}

/** What an Excel import found and did. */
export interface ImportReport {
  readonly ok: boolean;
  readonly published: boolean;
  readonly errors: readonly ImportProblem[];
  readonly warnings: readonly ImportProblem[];
  readonly items: readonly { code: string; name: string; version: number | null; unchanged: boolean }[];
}

export type { ApprovalItem, ItemDiff, ItemProblem };
