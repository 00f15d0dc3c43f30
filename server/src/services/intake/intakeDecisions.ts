import type { MissingMaterial, ProvidedMaterial } from '@govflow/catalog';
import type { DeemedAcceptance } from './deemedAcceptance.js';

/** What every intake decision records: the application as received and who decided when. */
interface IntakeDecisionBase {
  readonly id: string;
  /** The document number, e.g. `BZ20260921-0001` (notice) or `BSL20260921-0001` (refusal). */
  readonly number: string;
  readonly itemCode: string;
  readonly itemVersion: number;
  readonly itemName: string;
  readonly agency: string;
  readonly applicantName: string;
  readonly formData: Readonly<Record<string, unknown>>;
  readonly materials: readonly ProvidedMaterial[];
  /** When the materials arrived (China time). */
  readonly receivedAt: string;
  /** When the decision was given (China time). */
  readonly decidedAt: string;
  readonly decidedBy: string;
  readonly decidedByName: string;
}

/** A one-time notice (补正告知): everything missing, and whether Art. 32 already deems the application accepted. */
export interface OneTimeNoticeDecision extends IntakeDecisionBase {
  readonly kind: 'one-time-notice';
  readonly missing: readonly MissingMaterial[];
  readonly noticeText: string;
  readonly deemedAcceptance: DeemedAcceptance;
}

/** A refusal to accept (不予受理) with its written reasons and legal basis. */
export interface RefusalDecision extends IntakeDecisionBase {
  readonly kind: 'refusal';
  readonly reasons: readonly string[];
  readonly legalBasis: string;
}

/** A dated written decision taken at intake instead of acceptance. */
export type IntakeDecision = OneTimeNoticeDecision | RefusalDecision;

/**
 * Where intake decisions are kept. The store port has no place for them yet; the server runs on the
 * in-memory adapter below until the store grows `saveIntakeDecision` / `getIntakeDecision` /
 * `listIntakeDecisions` / `nextDecisionNumber` (durable, append-only).
 */
export interface IntakeDecisionRepository {
  /** Stores a new decision; a decision once stored never changes. */
  save(decision: IntakeDecision): Promise<void>;
  get(id: string): Promise<IntakeDecision | undefined>;
  /** The most recent decisions, newest first. */
  list(limit: number): Promise<readonly IntakeDecision[]>;
  /** The next number of the day for a prefix, e.g. `nextNumber('BZ', '2026-09-21')` → `BZ20260921-0001`. */
  nextNumber(prefix: string, day: string): Promise<string>;
}

/** Keeps intake decisions in memory (tests, demo; lost on restart — see the repository's note). */
export class InMemoryIntakeDecisions implements IntakeDecisionRepository {
  private readonly decisions = new Map<string, IntakeDecision>();
  private readonly counters = new Map<string, number>();

  async save(decision: IntakeDecision): Promise<void> {
    if (this.decisions.has(decision.id)) throw new Error(`intake decision ${decision.id} exists`);
    this.decisions.set(decision.id, structuredClone(decision));
  }

  async get(id: string): Promise<IntakeDecision | undefined> {
    const found = this.decisions.get(id);
    return found ? structuredClone(found) : undefined;
  }

  async list(limit: number): Promise<readonly IntakeDecision[]> {
    return [...this.decisions.values()]
      .reverse()
      .slice(0, limit)
      .map((d) => structuredClone(d));
  }

  async nextNumber(prefix: string, day: string): Promise<string> {
    const key = `${prefix}${day}`;
    const next = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, next);
    return `${prefix}${day.replaceAll('-', '')}-${String(next).padStart(4, '0')}`;
  }
}
