import type { OutboxMessage } from './outbox.js';

/** How a finished case kept its promised limit: early (a whole working day ahead or more), on time, overdue. */
export type Timeliness = 'early' | 'on-time' | 'overdue';

/** The light of an open case as the facts count it (`done`: the clock finished while the case runs on). */
export type FactLight = 'green' | 'yellow' | 'red' | 'overdue' | 'stopped' | 'done';

/**
 * Narrows the case facts read; every field narrows, a list matches any of its values. `scopeKeys` are a
 * reader's keys (a case matches when it holds one); `pairs` are exact (item, accepting unit) pairs.
 */
export interface FactsFilter {
  readonly scopeKeys?: readonly string[];
  readonly itemCodes?: readonly string[];
  readonly unitIds?: readonly string[];
  readonly pairs?: readonly (readonly [itemCode: string, unitId: string])[];
  /** Window ids; `''` matches cases accepted at no window. */
  readonly windowIds?: readonly string[];
  readonly clerkIds?: readonly string[];
}

/** The dimensions open-case counts can be grouped by besides item and unit (always grouped). */
export type FactDimension = 'windowId' | 'clerkId';

/** Open cases of one group, by light, as of an instant. */
export interface OpenLightRow {
  readonly itemCode: string;
  readonly unitId: string;
  /** Present when grouped by window (null: accepted at no window). */
  readonly windowId?: string | null;
  /** Present when grouped by clerk (the user who accepted the case). */
  readonly clerkId?: string;
  readonly counts: Readonly<Record<FactLight, number>>;
}

/** An open case as the drill-down lists it, reddest first. */
export interface OpenCaseRow {
  readonly caseId: string;
  readonly light: FactLight;
  readonly dueMs: number;
}

/** What happened in a period to the cases of one (item, unit, window) group. */
export interface PeriodRow {
  readonly itemCode: string;
  readonly unitId: string;
  readonly windowId: string | null;
  /** Accepted (受理) in the period. */
  readonly accepted: number;
  /** Completed (办结, approved or refused) in the period, and how they kept their limit. */
  readonly completed: number;
  readonly refused: number;
  readonly early: number;
  readonly onTime: number;
  readonly overdue: number;
  readonly withdrawn: number;
  /** Sums over the completed cases: working days used, and promised (extensions included). */
  readonly usedDays: number;
  readonly promisedDays: number;
  /** Accepted before the end and not ended by then (在办), and of those already past their due instant. */
  readonly pending: number;
  readonly pendingOverdue: number;
}

/** Intake decisions (一次性告知, 不予受理) of a period, counted by kind, item and window. */
export interface IntakeCountRow {
  readonly kind: string;
  readonly itemCode: string;
  readonly windowId: string | null;
  readonly count: number;
}

/** A completed step (环节) of a case, as step analysis reads it. */
export interface StepFactRow {
  readonly caseId: string;
  readonly taskId: string;
  readonly itemCode: string;
  readonly itemVersion: number;
  readonly elementId: string;
  readonly startedMs: number;
  readonly completedMs: number;
  /** The step's own deadline (shifted by clock stops), or null when it has no limit. */
  readonly dueMs: number | null;
}

/** A stored settings document with its optimistic-concurrency version. */
export interface StoredScoreSettings {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** A published month of department scores (绩效评估), kept with who published it and the warnings sent. */
export interface ScoreRunRecord {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly publishedAt: string;
  readonly publishedBy: string;
  /** The scores as the service computed them (plain JSON). */
  readonly data: Readonly<Record<string, unknown>>;
}

/** Thrown when the score settings changed since they were read. */
export class ScoreSettingsConflictError extends Error {
  readonly code = 'SCORE_SETTINGS_CONFLICT';
  constructor() {
    super('考核设置已被他人修改，请刷新后重试');
    this.name = 'ScoreSettingsConflictError';
  }
}

/**
 * Store methods of statistics and performance (统计分析, 绩效评估). The case facts and step facts are
 * kept by the store itself in the same write as each case commit (one row per case; one per completed step).
 */
export interface StatisticsStore {
  /** Open cases counted by light at `nowMs`, grouped by item and accepting unit (and the dimensions asked for). */
  countOpenByLight(
    nowMs: number,
    filter: FactsFilter,
    groupBy: readonly FactDimension[],
  ): Promise<readonly OpenLightRow[]>;
  /** Open cases (one light, or all), reddest first then earliest due; `offset` pages. */
  listOpenCases(
    nowMs: number,
    filter: FactsFilter,
    light: FactLight | undefined,
    limit: number,
    offset: number,
  ): Promise<readonly OpenCaseRow[]>;
  /** What happened in [fromMs, toMs) by item, unit and window. */
  periodCounts(fromMs: number, toMs: number, filter: FactsFilter): Promise<readonly PeriodRow[]>;
  /** Intake decisions taken in [fromMs, toMs). */
  intakeCounts(fromMs: number, toMs: number): Promise<readonly IntakeCountRow[]>;
  /** Steps of an item's cases completed in [fromMs, toMs), oldest first. */
  listStepFacts(itemCode: string, fromMs: number, toMs: number, filter: FactsFilter): Promise<readonly StepFactRow[]>;
  /** The score settings, or undefined when never saved (the default formula applies). */
  getScoreSettings(): Promise<StoredScoreSettings | undefined>;
  /** Saves the settings if the stored version is `expectedVersion` (0: none yet), else `ScoreSettingsConflictError`. */
  saveScoreSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredScoreSettings>;
  /**
   * Stores a published month (replacing an earlier publication of it) and queues its warnings in the outbox
   * under the key `score:<month>`; a warning already queued (same id) is not queued again.
   */
  saveScoreRun(run: ScoreRunRecord, warnings: readonly OutboxMessage[]): Promise<void>;
  getScoreRun(month: string): Promise<ScoreRunRecord | undefined>;
}
