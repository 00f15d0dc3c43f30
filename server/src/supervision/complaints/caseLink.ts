import { departmentOfItem, unitChain } from '../../organisation/organisation.js';
import type { CaseRecord, ComplaintCaseLink } from '../../store/port.js';
import type { FeedbackDeps } from './complaintDeps.js';

/**
 * The case a receipt number names, as staff see the link: the item and its competent department in the
 * case's unit chain (where the complaint will likely be forwarded). Null when no case has that number.
 */
export async function linkCase(
  deps: Pick<FeedbackDeps, 'store' | 'catalog' | 'organisation'>,
  receiptNumber: string,
): Promise<ComplaintCaseLink | null> {
  const caseId = await deps.store.findCaseIdByReceipt(receiptNumber);
  const record = caseId === undefined ? undefined : await deps.store.getCase(caseId);
  if (!record) return null;
  const { itemName, departmentId } = await itemDepartment(deps, record);
  return { caseId: record.id, receiptNumber: record.receiptNumber, itemCode: record.itemCode, itemName, departmentId };
}

/** A case's item name and the item's competent department (organisation id) in the case's unit chain. */
export async function itemDepartment(
  deps: Pick<FeedbackDeps, 'catalog' | 'organisation'>,
  record: CaseRecord,
): Promise<{ itemName: string; departmentId: string | null; departmentName: string | null }> {
  const item = await deps.catalog.getItem(record.itemCode, record.itemVersion);
  const org = await deps.organisation.get();
  const department = departmentOfItem(org, unitChain(org, record.unitId), item.department);
  return { itemName: item.name, departmentId: department?.id ?? null, departmentName: department?.name ?? null };
}
