import type { SessionUser } from '../authService.js';
import { canonicalJson } from '@govflow/catalog';
import type { ChainAlgorithm } from '../../store/hashChain.js';
import type { Store, StoredEvent } from '../../store/port.js';
import { readCaseFacts } from '../lifecycle/caseFacts.js';
import { formDigest } from '../lifecycle/caseIntake.js';
import { loadCase } from '../lifecycle/loadCase.js';
import { detectAlgorithm, verifyChain, type ChainBreak } from './verifyChain.js';

/** Whether a stored field still agrees with what the chain recorded at intake. */
export type RecordCheck = 'match' | 'mismatch' | 'unrecorded';

/** A case's evidence: its whole chain, whether it verifies, and whether the stored intake data agrees with it. */
export interface CaseEvidence {
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly algorithm: ChainAlgorithm;
  /** True when the chain verifies and the stored intake data agrees with it. */
  readonly verified: boolean;
  /** True when every link holds and the chain is as long as the case's snapshot says. */
  readonly chainVerified: boolean;
  readonly brokenAt: ChainBreak | null;
  readonly count: number;
  /** The stored materials and form data against the intake record (`case.received`) in the chain. */
  readonly record: { readonly materials: RecordCheck; readonly formData: RecordCheck };
  readonly events: readonly StoredEvent[];
}

/** Evidence (seed 000: "the computer keeps the evidence"): nobody can quietly rewrite a case's history. */
export class EvidenceService {
  /** `algorithm`: the store's chain algorithm; detected from the first event when not given. */
  constructor(
    private readonly store: Store,
    private readonly algorithm?: ChainAlgorithm,
  ) {}

  /** The chain of a case, verified link by link. */
  async evidence(reader: SessionUser, caseId: string): Promise<CaseEvidence> {
    const record = await loadCase(this.store, caseId, reader);
    const events = await this.store.listEvents(caseId);
    const chain = verifyChain(events, this.algorithm ?? detectAlgorithm(events), record.state.seq);
    const { intake } = readCaseFacts(events);
    const check = (stored: string, recorded: string | undefined): RecordCheck =>
      recorded === undefined ? 'unrecorded' : stored === recorded ? 'match' : 'mismatch';
    const checks = {
      materials: check(canonicalJson(record.materials), intake ? canonicalJson(intake.materials) : undefined),
      formData: check(formDigest(record.formData), intake?.formDigest),
    };
    return {
      caseId: record.id,
      receiptNumber: record.receiptNumber,
      itemCode: record.itemCode,
      algorithm: chain.algorithm,
      verified: chain.verified && checks.materials !== 'mismatch' && checks.formData !== 'mismatch',
      chainVerified: chain.verified,
      brokenAt: chain.brokenAt,
      count: chain.count,
      record: checks,
      events,
    };
  }
}
