import { formatInstant } from '@govflow/engine';
import type { Clock } from '../../clock.js';
import type { CaseEventBus } from '../../events/caseEventBus.js';
import type { OrganisationService } from '../../organisation/organisationService.js';
import type { CaseRecord, Store } from '../../store/port.js';
import type { CatalogService } from '../catalogService.js';
import { commitCaseChange } from '../commitCaseChange.js';
import { appendServerEvents, type ServerFact } from './serverEvents.js';

/**
 * Records server facts on a stored case: one atomic commit with the version read (a lost race is
 * `CASE_CONFLICT`), the facts appended to the hash chain with the applicant's notifications in the
 * same write's outbox, then published on the bus.
 */
export class CaseFactRecorder {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly bus: CaseEventBus,
    private readonly organisation: OrganisationService,
  ) {}

  /** Appends the facts to the case's chain in one commit and returns the committed case. */
  async record(record: CaseRecord, facts: readonly ServerFact[]): Promise<CaseRecord> {
    const item = await this.catalog.getItem(record.itemCode, record.itemVersion);
    const { store, bus, organisation } = this;
    const change = appendServerEvents(record.state, facts, formatInstant(this.clock.now()));
    return commitCaseChange({ store, bus, organisation }, record, item, change);
  }
}
