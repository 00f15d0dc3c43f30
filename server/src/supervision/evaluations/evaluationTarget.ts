import type { CaseRecord, Store } from '../../store/port.js';
import { itemDepartment } from '../complaints/caseLink.js';
import type { FeedbackDeps } from '../complaints/complaintDeps.js';

/** What an evaluation counts against, and who may read it. */
export interface EvaluationTarget {
  readonly itemName: string;
  readonly departmentId: string | null;
  readonly departmentName: string | null;
  readonly unitId: string | null;
  readonly windowId: string | null;
  readonly clerkId: string | null;
  readonly scopeKeys: readonly string[];
}

/**
 * The department (the item's competent department in the case's unit chain), the window and the clerk an
 * evaluation counts against: at a window, the clerk who showed the code and their window; online, the
 * case's accepting window and clerk (none when the applicant filed it themself).
 */
export async function evaluationTarget(
  deps: Pick<FeedbackDeps, 'store' | 'catalog' | 'organisation'>,
  record: CaseRecord,
  served: { readonly clerkId: string | null; readonly windowId: string | null },
  applicantUserId: string | null,
): Promise<EvaluationTarget> {
  const { itemName, departmentId, departmentName } = await itemDepartment(deps, record);
  const keys = [
    departmentId === null ? null : `dept:${departmentId}`,
    served.windowId === null ? null : `window:${served.windowId}`,
    served.clerkId === null ? null : `user:${served.clerkId}`,
    applicantUserId === null ? null : `applicant:${applicantUserId}`,
  ].filter((k): k is string => k !== null);
  return {
    itemName,
    departmentId,
    departmentName,
    unitId: record.unitId || null,
    windowId: served.windowId,
    clerkId: served.clerkId,
    scopeKeys: keys,
  };
}

/** The clerk who accepted a case, unless that was no member of staff (the applicant online, a system). */
export async function acceptingClerk(store: Store, record: CaseRecord): Promise<string | null> {
  const user = await store.findUser(record.createdBy);
  return user && user.role !== 'applicant' ? user.id : null;
}
