import { isServerEvent } from '../../../services/lifecycle/serverEvents.js';
import type { Detector, DetectorContext, SignalDraft } from '../signalDraft.js';

/**
 * A fee above the item's standard: the fee the window recorded at completion (`feeYuan` of 办结) against
 * the item's fee — any fee for an item that states 不收费, or more than the standard amount. An item
 * that states its standard only in words cannot be checked by amount.
 */
export const feeStandard: Detector = {
  kind: 'fee-excess',
  detect(context: DetectorContext): SignalDraft[] {
    const concluded = context.fresh.find((e) => isServerEvent(e, 'case.concluded'));
    const fee = concluded?.data['feeYuan'];
    if (!concluded || typeof fee !== 'number' || !(fee > 0)) return [];
    const { record, item } = context;
    const standard = item.fee.charged ? item.fee.amountYuan : 0;
    if (standard === undefined || fee <= standard) return [];
    const rule = item.fee.charged ? `收费标准 ${standard} 元（${item.fee.standard}）` : '本事项不收费';
    return [
      {
        kind: 'fee-excess',
        level: 'red',
        occurredAt: concluded.at,
        responsibleId: concluded.by ?? record.createdBy,
        summary: `「${item.name}」（受理编号 ${record.receiptNumber}）收费 ${fee} 元，超出标准：${rule}`,
        facts: { feeYuan: fee, standardYuan: standard, charged: item.fee.charged },
      },
    ];
  },
};
