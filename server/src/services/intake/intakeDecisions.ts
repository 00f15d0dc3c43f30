import type { MissingMaterial, ProvidedMaterial } from '@govflow/catalog';
import type { Store } from '../../store/port.js';
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
  /** The window and department of whoever decided (absent on decisions stored before scopes existed). */
  readonly windowId?: string | null;
  readonly departmentId?: string | null;
  /** The application (申请) the decision was issued on, when it was: whoever reads that application reads it. */
  readonly applicationId?: string;
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

/** Where intake decisions are kept: durable and append-only (the store's intake-decision records). */
export interface IntakeDecisionRepository {
  /** Stores a new decision; a decision once stored never changes. */
  save(decision: IntakeDecision): Promise<void>;
  get(id: string): Promise<IntakeDecision | undefined>;
  /** The most recent decisions, newest first. */
  list(limit: number): Promise<readonly IntakeDecision[]>;
  /** The next number of the day for a prefix, e.g. `nextNumber('BZ', '2026-09-21')` → `BZ20260921-0001`. */
  nextNumber(prefix: string, day: string): Promise<string>;
}

/** Keeps intake decisions in the store, so they survive restarts and stand as evidence. */
export class StoreIntakeDecisions implements IntakeDecisionRepository {
  constructor(private readonly store: Store) {}

  async save(decision: IntakeDecision): Promise<void> {
    await this.store.saveIntakeDecision({
      id: decision.id,
      kind: decision.kind,
      number: decision.number,
      decidedAt: decision.decidedAt,
      data: decision as unknown as Record<string, unknown>,
    });
  }

  async get(id: string): Promise<IntakeDecision | undefined> {
    const record = await this.store.getIntakeDecision(id);
    return record ? (record.data as unknown as IntakeDecision) : undefined;
  }

  async list(limit: number): Promise<readonly IntakeDecision[]> {
    return (await this.store.listIntakeDecisions(limit)).map((r) => r.data as unknown as IntakeDecision);
  }

  nextNumber(prefix: string, day: string): Promise<string> {
    return this.store.nextDocumentNumber(prefix, day);
  }
}
