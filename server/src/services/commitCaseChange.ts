import type { ApprovalItem } from '@govflow/catalog';
import type { CaseEvent, CaseState } from '@govflow/engine';
import type { CaseEventBus } from '../events/caseEventBus.js';
import { notificationsFor } from '../notifications/notificationsFor.js';
import type { OrganisationService } from '../organisation/organisationService.js';
import type { CaseRecord, Store } from '../store/port.js';

/** What committing a change of a case needs. */
export interface CaseChangeDeps {
  readonly store: Store;
  readonly bus: CaseEventBus;
  readonly organisation: OrganisationService;
}

/**
 * Commits a case's new state and events in one atomic write with the version read (a lost race is
 * `CASE_CONFLICT`) — the applicant's notifications in the same write's outbox, the scope keys the change adds,
 * the state it replaces — then publishes the events on the bus.
 */
export async function commitCaseChange(
  deps: CaseChangeDeps,
  record: CaseRecord,
  item: ApprovalItem,
  change: { readonly state: CaseState; readonly events: readonly CaseEvent[] },
): Promise<CaseRecord> {
  const { state, events } = change;
  const outbox = notificationsFor(events, { ...record, itemName: item.name });
  const scopeKeys = await deps.organisation.scopeKeysOf({ ...record, itemDepartment: item.department, state, events });
  const committed = await deps.store.commitCase(record.id, record.version, {
    state,
    events,
    outbox,
    scopeKeys,
    previous: record.state,
  });
  deps.bus.publish(record.id, record.itemCode, events);
  return committed;
}
