import type { InstantLike, WorkingCalendar } from '@govflow/engine';
import type { ApplicationRecord, ApplicationStore } from '../store/applicationStore.js';
import { forwardingDelays, type ForwardingDelay } from './forwardingDelays.js';

/** A pending application a lower level still holds past its forwarding limit. */
export interface OverdueForwarding {
  readonly application: ApplicationRecord;
  readonly delay: ForwardingDelay;
}

/**
 * The applications still held at a lower level after their forwarding limit, as of `asOf` — for a
 * supervision sweep of late forwarding (下级延迟报送) before the application ever becomes a case.
 */
export async function overdueForwarding(
  store: ApplicationStore,
  calendar: WorkingCalendar,
  asOf: InstantLike,
  limit = 500,
): Promise<OverdueForwarding[]> {
  const pending = await store.listApplications({ statuses: ['pending', 'returned'] }, limit);
  const overdue: OverdueForwarding[] = [];
  for (const application of pending) {
    const hops = await store.listApplicationHops(application.id);
    const held = forwardingDelays(hops, calendar, asOf).find((d) => d.forwardedAt === null && d.late);
    if (held && held.unitId === application.unitId) overdue.push({ application, delay: held });
  }
  return overdue;
}
