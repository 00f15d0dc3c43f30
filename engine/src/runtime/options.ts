import type { WorkingCalendar } from '../time/workingCalendar.js';
import type { InstantLike } from '../time/instant.js';

/** What every engine call needs: the current instant and the working calendar. Nothing is read from the machine. */
export interface RunOptions {
  readonly now: InstantLike;
  readonly calendar: WorkingCalendar;
}

/** The case's time limits, usually from the catalog item (they override the model's `gov:` values). */
export interface CaseLimits {
  /** Promised limit (承诺时限), days. */
  readonly promisedDays?: number;
  /** Statutory limit (法定时限), days; default 20 working days. */
  readonly statutoryDays?: number;
  readonly unit?: 'working' | 'calendar';
  /** Count the day of acceptance (default false: counting starts the next day). */
  readonly countAcceptanceDay?: boolean;
  /** The longest lawful extension (延期); default 10 working days (15 for joint handling). */
  readonly extensionLimitDays?: number;
  /** Light thresholds in days left; defaults 10 (yellow) and 3 (red). */
  readonly yellowDaysLeft?: number;
  readonly redDaysLeft?: number;
  /** The signal ladder of scheme (b); absent: lights only. */
  readonly ladder?: { readonly warningDaysLeft?: number; readonly supervisionDays?: number };
  /** Overtime-default approval (超时默许) with its legal basis; absent: off. */
  readonly overtimeDefault?: { readonly basis: string };
}

/** Options of `startCase`. */
export interface StartOptions extends RunOptions {
  readonly caseId: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** The clerk (or system) accepting the case. */
  readonly actor: { readonly id: string };
  /** The applicant, who alone may withdraw. */
  readonly applicantId?: string;
  readonly limits?: CaseLimits;
}

/** Defaults for a step's light thresholds, in working days left. */
export const DEFAULT_STEP_THRESHOLDS = { yellowDaysLeft: 1, redDaysLeft: 0.5 } as const;
/** Defaults for the case's light thresholds (seed 000: yellow inside 10 working days, red inside 3). */
export const DEFAULT_CASE_THRESHOLDS = { yellowDaysLeft: 10, redDaysLeft: 3 } as const;
/** The statutory decision limit when neither item nor model sets one (行政许可法 Art. 42). */
export const DEFAULT_STATUTORY_DAYS = 20;
/** The statutory extension limit (Art. 42: ten working days). */
export const DEFAULT_EXTENSION_DAYS = 10;
