import { formatInstant } from '@govflow/engine';
import type { Clock } from '../clock.js';
import { loadCase } from '../services/lifecycle/loadCase.js';
import { requireCaseWorker } from '../services/lifecycle/rolePolicy.js';
import type { SessionUser } from '../services/authService.js';
import type { Store } from '../store/port.js';
import { newProgressCode } from './progressCodes.js';

/** A new progress-query code, shown this once. */
export interface ReissuedCode {
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly verificationCode: string;
}

/** Reissue of a lost progress-query code (重置查询码) at a window: the old code stops working. */
export class ProgressCodeService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** For staff who work on cases and may read this one (404 otherwise, as for any case out of scope). */
  async reissue(user: SessionUser, caseId: string): Promise<ReissuedCode> {
    requireCaseWorker(user);
    const record = await loadCase(this.store, caseId, user);
    const issued = newProgressCode();
    await this.store.saveProgressCode({
      receiptNumber: record.receiptNumber,
      caseId: record.id,
      codeHash: issued.hash,
      issuedAt: formatInstant(this.clock.now()),
    });
    return { caseId: record.id, receiptNumber: record.receiptNumber, verificationCode: issued.code };
  }
}
