import type { OutboxMessage } from './outbox.js';

/** How grave a supervision signal is: a warning (预警), a yellow card (黄牌) or a red card (红牌). */
export type SignalLevel = 'warning' | 'yellow' | 'red';

/** Where a signal stands in its workflow. */
export type SignalStatus = 'open' | 'answered' | 'appealed' | 'closed';

/** How a supervisor closed a signal: the card stands, or it is withdrawn. */
export type SignalResolution = 'upheld' | 'revoked';

/**
 * A supervision signal (预警纠错): one breach of a rule on one case (or one of its steps), kept once
 * under its unique `key` and worked through answer, appeal and closing; its history is hash-chained.
 */
export interface SignalRecord {
  readonly id: string;
  /** Unique: the case, the step (or `case`) and the kind — the same breach is never signalled twice. */
  readonly key: string;
  readonly kind: string;
  readonly level: SignalLevel;
  readonly status: SignalStatus;
  readonly resolution: SignalResolution | null;
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly itemName: string;
  /** The engine task (step instance) it concerns, or null for the whole case. */
  readonly taskId: string | null;
  readonly elementId: string | null;
  readonly stepName: string | null;
  /** The department it is recorded against (organisation id), when known. */
  readonly departmentId: string | null;
  readonly departmentName: string;
  /** The case's accepting unit and window (the overtime is recorded against the window). */
  readonly unitId: string | null;
  readonly windowId: string | null;
  /** Who must answer: the step's claimant or assignee, else the accepting clerk. */
  readonly responsibleId: string;
  /** The responsible person's department leads, told as well. */
  readonly leadIds: readonly string[];
  /** Who may read it besides supervisors: `dept:`, `window:` and `user:` keys. */
  readonly scopeKeys: readonly string[];
  /** One line in Chinese: what happened. */
  readonly summary: string;
  /** The facts the detector found (deadlines, days over, missing materials …). */
  readonly facts: Readonly<Record<string, unknown>>;
  /** When the rule was broken (a timer's due instant, an event's time). */
  readonly occurredAt: string;
  /** When the signal was recorded (business clock). */
  readonly createdAt: string;
  /** The answer is due by then; null when the level needs no answer. */
  readonly answerDueAt: string | null;
  /** Set once an overdue answer has been flagged. */
  readonly flaggedAt: string | null;
  /** The signal this one is about (an unanswered signal's original). */
  readonly relatedSignalId: string | null;
  /** The number of the supervision recommendation letter (监察建议书) of a red card. */
  readonly letterNumber: string | null;
  /** How many history entries it has, and the hash of the last one (the head of its chain). */
  readonly entryCount: number;
  readonly headHash: string;
  readonly updatedAt: string;
}

/** One step of a signal's history, before it gets its place in the chain. */
export interface SignalEntry {
  /** `signal.created`, `signal.answered`, `signal.appealed`, `signal.closed`, `signal.flagged`. */
  readonly type: string;
  readonly at: string;
  readonly by: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A history entry as stored: numbered from 1 and chained like case events. */
export interface StoredSignalEntry extends SignalEntry {
  readonly signalId: string;
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** What an entry changes on its signal. */
export interface SignalChange {
  readonly status?: SignalStatus;
  readonly resolution?: SignalResolution;
  readonly flaggedAt?: string;
}

/** Which signals to list (every field narrows; `scopeKeys` matches any of them). */
export interface SignalFilter {
  readonly kind?: string;
  readonly level?: SignalLevel;
  readonly status?: SignalStatus;
  readonly departmentId?: string;
  readonly caseId?: string;
  readonly key?: string;
  readonly unitIds?: readonly string[];
  readonly scopeKeys?: readonly string[];
  /** Open signals whose answer fell due at or before this instant and were not flagged yet. */
  readonly answerOverdueAt?: string;
}

/** The stored signal settings document with its optimistic-concurrency version. */
export interface StoredSignalSettings {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** A case whose committed version the signal processor has not read yet. */
export interface SignalScan {
  readonly caseId: string;
  readonly version: number;
  /** The last event seq already read (0 for a case never read). */
  readonly seq: number;
}

/** Thrown when a signal or the settings changed since they were read. */
export class SignalConflictError extends Error {
  readonly code = 'SIGNAL_CONFLICT';
  constructor(readonly what: string) {
    super(`${what} 已被他人更新，请刷新后重试`);
    this.name = 'SignalConflictError';
  }
}

/** Store methods of electronic supervision's signals (预警纠错): signals, their chained history, settings, scan cursors. */
export interface SignalStore {
  /**
   * Inserts a signal with its first history entry and its notifications (outbox of its case) — unless a
   * signal with the same key exists: then nothing is written and undefined is returned.
   */
  createSignal(
    signal: Omit<SignalRecord, 'entryCount' | 'headHash'>,
    first: SignalEntry,
    outbox: readonly OutboxMessage[],
  ): Promise<SignalRecord | undefined>;
  /**
   * Appends an entry to a signal's chain and applies its change, if the signal still has `expectedEntries`
   * entries (else `SignalConflictError`); its notifications go to the outbox of its case.
   */
  appendSignalEntry(
    signalId: string,
    expectedEntries: number,
    entry: SignalEntry,
    change: SignalChange,
    outbox: readonly OutboxMessage[],
  ): Promise<SignalRecord>;
  getSignal(id: string): Promise<SignalRecord | undefined>;
  /** Signals by filter, newest first. */
  listSignals(filter: SignalFilter, limit: number): Promise<readonly SignalRecord[]>;
  /** A signal's history in order. */
  listSignalEntries(signalId: string): Promise<readonly StoredSignalEntry[]>;
  /** The signal settings, or undefined when never saved (the defaults apply). */
  getSignalSettings(): Promise<StoredSignalSettings | undefined>;
  /** Saves the settings if the stored version is `expectedVersion` (0: none yet), else `SignalConflictError`. */
  saveSignalSettings(
    settings: Readonly<Record<string, unknown>>,
    expectedVersion: number,
    by: string,
    at: string,
  ): Promise<StoredSignalSettings>;
  /** Cases committed since the processor last read them (or only the given case, if it is), least recently updated first. */
  pendingSignalScans(limit: number, caseId?: string): Promise<readonly SignalScan[]>;
  /** Records that a case was read up to `version` and `seq` (a cursor never moves back). */
  markSignalScan(caseId: string, version: number, seq: number): Promise<void>;
}
