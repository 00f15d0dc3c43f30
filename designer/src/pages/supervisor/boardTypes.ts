import type { Light } from '../../lights';

/** Counts by light. */
export type LightCounts = Record<Light, number>;

/** `GET /api/supervision/board`. */
export interface Board {
  readonly at: string;
  readonly totals: LightCounts;
  readonly departments: readonly { department: string; counts: LightCounts }[];
  readonly levels: readonly { level: string; counts: LightCounts }[];
}

/** A row of `GET /api/supervision/cases` (the drill-down). */
export interface BoardCase {
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly light: string;
  readonly daysLeft: number;
  readonly promisedDueAt: string;
  readonly steps: readonly { taskId: string; name: string; light: string; dueAt: string | null }[];
}

/** What the drill-down is narrowed to. */
export interface Drill {
  readonly department?: string;
  readonly level?: string;
  readonly light?: string;
}

/** The lights a board stacks (open cases only). */
export const BOARD_LIGHTS: readonly Light[] = ['green', 'yellow', 'red', 'overdue', 'stopped'];
