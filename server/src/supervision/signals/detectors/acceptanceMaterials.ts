import { checkCompleteness } from '@govflow/catalog';
import type { Detector, DetectorContext, SignalDraft } from '../signalDraft.js';

/**
 * Acceptance with required materials missing (seed 000: "少一样材料，软件就不予办理"): the materials the
 * case recorded at intake, checked against the catalog's required materials for its form data
 * (presence, original and copy counts, paper or electronic). Intake refuses such a case, so this finds
 * cases that came in another way (an import, a department system, a rewritten record).
 */
export const acceptanceMaterials: Detector = {
  kind: 'materials-missing',
  detect(context: DetectorContext): SignalDraft[] {
    const received = context.fresh.find((e) => String(e.type) === 'case.received' || e.type === 'case.accepted');
    if (!received) return [];
    const { record, item } = context;
    const completeness = checkCompleteness(item, record.formData, record.materials);
    if (completeness.complete) return [];
    const names = completeness.missing.map((m) => `${m.name}（${m.need}）`).join('、');
    return [
      {
        kind: 'materials-missing',
        level: 'yellow',
        occurredAt: record.state.clock.acceptedAt,
        responsibleId: record.createdBy,
        summary: `「${item.name}」（受理编号 ${record.receiptNumber}）受理时必要材料不齐：${names}`,
        facts: {
          missing: completeness.missing.map((m) => ({ id: m.id, name: m.name, reason: m.reason, need: m.need })),
          required: completeness.required,
          received: record.materials.map((m) => m.id),
        },
      },
    ];
  },
};
