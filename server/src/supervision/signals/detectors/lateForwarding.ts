import type { Detector, DetectorContext, SignalDraft } from '../signalDraft.js';
import { forwardingDelays, type PathHopLike } from '../../../applications/forwardingDelays.js';

/**
 * Late forwarding by a lower level (下级延迟报送): a village room or town window held an application longer
 * than its forwarding limit before passing it upward. Reads the path the case keeps in its intake record
 * (`case.received` → `path`, each stay's `forwardBy` limit recorded when the application arrived), so it
 * fires once, when the accepted case's intake record is new; one signal per late stay (`hop:<seq>`).
 */
export const lateForwarding: Detector = {
  kind: 'late-forwarding',
  detect(context: DetectorContext): SignalDraft[] {
    const received = context.fresh.find((e) => String(e.type) === 'case.received');
    const path = pathOf(received?.data['path']);
    if (!received || path.length === 0) return [];
    const { record, item, calendar } = context;
    return forwardingDelays(path, calendar)
      .filter((delay) => delay.late && delay.forwardedAt !== null)
      .map((delay) => ({
        kind: 'late-forwarding' as const,
        level: 'yellow' as const,
        occurredAt: delay.forwardedAt ?? received.at,
        responsibleId: delay.forwardedBy,
        keySubject: `hop:${delay.arrivedSeq}`,
        summary:
          `「${item.name}」（受理编号 ${record.receiptNumber}）在下级单位停留 ${delay.workingDays} 个工作日后才报送` +
          `（限 ${delay.limitDays} 个工作日）`,
        facts: { ...delay },
      }));
  },
};

/** The path hops of an intake record, when well-formed. */
function pathOf(value: unknown): PathHopLike[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (h): h is PathHopLike =>
      typeof h === 'object' &&
      h !== null &&
      typeof (h as PathHopLike).seq === 'number' &&
      typeof (h as PathHopLike).at === 'string' &&
      typeof (h as PathHopLike).action === 'string' &&
      typeof (h as PathHopLike).data === 'object',
  );
}
