import type { CaseEvent } from '@govflow/engine';
import { isServerEvent } from '../../../services/lifecycle/serverEvents.js';
import { text } from '../caseHistory.js';
import type { Detector, DetectorContext, SignalDraft } from '../signalDraft.js';

/**
 * A refusal (不予许可) or termination without reasons: the reasons written when the case was terminated,
 * or those of the written refusal recorded at 办结 — none of them at least the configured number of
 * characters (a bare 「否」 or 「不同意」 is no reason). Refusals to accept (不予受理) cannot be written
 * without a reason at intake.
 */
export const missingReasons: Detector = {
  kind: 'reason-missing',
  detect(context: DetectorContext): SignalDraft[] {
    const { fresh, rules } = context;
    const drafts: SignalDraft[] = [];
    for (const event of fresh) {
      const reasons = refusalReasons(event);
      if (reasons === undefined) continue;
      if (reasons.some((r) => r.trim().length >= rules.minReasonLength)) continue;
      drafts.push(draft(context, event, reasons));
    }
    return drafts;
  },
};

/** The reasons given with a refusal event, or undefined when the event is no refusal. */
function refusalReasons(event: CaseEvent): readonly string[] | undefined {
  if (event.type === 'case.terminated') return strings(event.data['reasons']);
  if (isServerEvent(event, 'case.concluded') && event.data['result'] === 'refused')
    return strings(event.data['reasons']);
  return undefined;
}

function draft(context: DetectorContext, event: CaseEvent, reasons: readonly string[]): SignalDraft {
  const { record, item, rules, events } = context;
  const decider =
    event.by ??
    text(events.filter((e) => e.seq < event.seq && e.type === 'task.completed').at(-1)?.by) ??
    record.createdBy;
  return {
    kind: 'reason-missing',
    level: 'yellow',
    occurredAt: event.at,
    responsibleId: decider,
    summary: `「${item.name}」（受理编号 ${record.receiptNumber}）作出不予许可决定，但未说明理由（理由不足 ${rules.minReasonLength} 字）`,
    facts: {
      eventSeq: event.seq,
      eventType: event.type,
      reasons: [...reasons],
      minReasonLength: rules.minReasonLength,
    },
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
