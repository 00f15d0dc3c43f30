import { toEpochMs } from '@govflow/engine';
import { chinaDeadline } from '../../../notifications/templates.js';
import { text } from '../caseHistory.js';
import type { Detector, DetectorContext, SignalDraft } from '../signalDraft.js';

/**
 * Work outside the system (体外循环): the case entered long after its materials were received — more
 * working days between the arrival the window recorded (`materialsReceivedAt` of the intake record) and
 * the acceptance than the setting allows (seed 000: "甲说材料送来几天了，乙说昨天才送来").
 */
export const lateEntry: Detector = {
  kind: 'late-entry',
  detect(context: DetectorContext): SignalDraft[] {
    const received = context.fresh.find((e) => String(e.type) === 'case.received');
    const arrivedAt = text(received?.data['materialsReceivedAt']);
    if (!received || arrivedAt === null) return [];
    const { record, item, rules, calendar } = context;
    const gap = Math.floor(calendar.workingDaysBetween(toEpochMs(arrivedAt), toEpochMs(received.at)) * 2) / 2;
    if (!(gap > rules.lateEntryDays)) return [];
    return [
      {
        kind: 'late-entry',
        level: 'yellow',
        occurredAt: received.at,
        responsibleId: received.by ?? record.createdBy,
        summary:
          `「${item.name}」（受理编号 ${record.receiptNumber}）材料于 ${chinaDeadline(arrivedAt)}收到，` +
          `${gap} 个工作日后才录入系统（限 ${rules.lateEntryDays} 个工作日）`,
        facts: {
          materialsReceivedAt: arrivedAt,
          enteredAt: received.at,
          workingDays: gap,
          limitDays: rules.lateEntryDays,
        },
      },
    ];
  },
};
