import { randomUUID } from 'node:crypto';
import { chinaDayNumber, formatChinaDate } from '@govflow/engine';
import { ApiError } from '../http/apiError.js';
import type { Organisation } from '../organisation/organisation.js';
import type { SessionUser } from '../services/authService.js';
import type { ApplicationRecord, StoredApplicationHop } from '../store/applicationStore.js';
import { requireHandlingLevel } from './applicationRouting.js';
import type { ApplicationSupport } from './applicationSupport.js';
import type { AcceptedCase, IntakeOrigin } from './intakeOrigin.js';
import { legalAcceptance } from './legalAcceptance.js';

/** An accepted application and the case it became (with its progress-query code, shown this once). */
export interface Acceptance {
  readonly application: ApplicationRecord;
  readonly accepted: AcceptedCase;
}

/**
 * 受理 at the end of the path, through the case intake: the application records its case (id and receipt
 * number drawn first) in the step that claims it — so two windows cannot both accept it — then the case
 * starts, dated as Art. 32 says, carrying the whole path, every unit and window on it as scope keys, and
 * the applicant. Should the case not be written after the claim, accepting again finishes the job.
 */
export class ApplicationAcceptance {
  constructor(private readonly support: ApplicationSupport) {}

  async accept(user: SessionUser, id: string): Promise<Acceptance> {
    const { application, org } = await this.support.loadForAction(user, id, ['pending', 'accepted']);
    const { store, catalog, clock } = this.support.deps;
    if (application.status === 'accepted' && application.caseId && (await store.getCase(application.caseId))) {
      throw new ApiError(409, 'APPLICATION_STATE', '申请已受理', { caseId: application.caseId });
    }
    const item = await catalog.getItem(application.itemCode, application.itemVersion);
    requireHandlingLevel(org, item, application.unitId);
    this.support.requireValidForm(item, application.formData);
    this.support.requireComplete(item, application.formData, application.materials);
    const claimed = application.status === 'accepted' ? application : await this.claim(user, org, application);
    const hops = await store.listApplicationHops(claimed.id);
    const legal = legalAcceptance(claimed.receivedAt, hops);
    const origin: IntakeOrigin = {
      caseId: claimed.caseId ?? randomUUID(),
      receiptNumber:
        claimed.receiptNumber ?? (await store.nextReceiptNumber(formatChinaDate(chinaDayNumber(clock.now())))),
      place: { unitId: claimed.unitId, windowId: claimed.windowId },
      ...(claimed.applicantId === null ? {} : { applicantId: claimed.applicantId }),
      legal,
      scopeKeys: claimed.scopeKeys,
      intakeFacts: {
        applicationId: claimed.id,
        applicationNumber: claimed.number,
        channel: claimed.channel,
        path: hops.map(pathEntry),
        ...(legal.deemed ? { legalAcceptance: legal } : {}),
      },
    };
    const accepted = await this.support.deps.cases.intake(
      user,
      {
        itemCode: item.code,
        formData: { ...claimed.formData },
        materials: claimed.materials,
        applicantName: claimed.applicantName,
      },
      origin,
    );
    return { application: claimed, accepted };
  }

  /** Records the acceptance (and, online, the passed pre-review) with the case's id and receipt number. */
  private async claim(
    user: SessionUser,
    org: Organisation,
    application: ApplicationRecord,
  ): Promise<ApplicationRecord> {
    const { store, clock } = this.support.deps;
    const caseId = randomUUID();
    const receiptNumber = await store.nextReceiptNumber(formatChinaDate(chinaDayNumber(clock.now())));
    const preReview =
      application.channel === 'online'
        ? [this.support.hop(user, org, 'pre-reviewed', application, { result: 'passed' })]
        : [];
    return this.support.commit(application, {
      status: 'accepted',
      unitId: application.unitId,
      windowId: application.windowId,
      caseId,
      receiptNumber,
      updatedAt: this.support.now(),
      scopeKeys: [`user:${user.id}`],
      hops: [...preReview, this.support.hop(user, org, 'accepted', application, { caseId, receiptNumber })],
    });
  }
}

/** A hop as the case keeps it in its intake record: everything, with its place in the application's chain. */
function pathEntry(hop: StoredApplicationHop): Record<string, unknown> {
  return {
    seq: hop.seq,
    action: hop.action,
    at: hop.at,
    by: hop.by,
    unitId: hop.unitId,
    windowId: hop.windowId,
    data: hop.data,
    hash: hop.hash,
  };
}
