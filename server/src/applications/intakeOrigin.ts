import type { CaseRecord } from '../store/port.js';
import type { Place } from './applicationRouting.js';
import type { LegalAcceptance } from './legalAcceptance.js';

/**
 * Where an accepted case came from when it was an application first (申请 → 受理): what `CaseIntake`
 * needs beyond the form and materials to start it as the law dates it and to keep its whole path.
 */
export interface IntakeOrigin {
  /** Drawn before acceptance, so the application records its case in the same step that claims it. */
  readonly caseId: string;
  readonly receiptNumber: string;
  /** The accepting unit and window (the application's current place). */
  readonly place: Place;
  /** The registered applicant, who then reads the case and alone may withdraw it. */
  readonly applicantId?: string;
  /** Art. 32: the legal acceptance instant and the supplement stops since, when a late notice deemed it accepted. */
  readonly legal: LegalAcceptance;
  /** Keys of every unit, window and person on the path, added to the case's own. */
  readonly scopeKeys: readonly string[];
  /** Added to the intake record (`case.received`): the application, its path, when it was recorded. */
  readonly intakeFacts: Readonly<Record<string, unknown>>;
}

/** An accepted case with its progress-query code (查询码), shown this once and only stored as a hash. */
export type AcceptedCase = CaseRecord & { readonly verificationCode: string };
