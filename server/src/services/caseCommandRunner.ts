import { applyCommand, type Command, type WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../clock.js';
import type { CaseEventBus } from '../events/caseEventBus.js';
import type { OrganisationService } from '../organisation/organisationService.js';
import type { CaseRecord, Store } from '../store/port.js';
import type { CatalogService } from './catalogService.js';
import { commitCaseChange } from './commitCaseChange.js';

/**
 * Runs one engine command on a stored case: the model of the case's pinned item version, the engine,
 * one atomic commit with the version read, then the committed events on the bus.
 */
export class CaseCommandRunner {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
    private readonly bus: CaseEventBus,
    private readonly organisation: OrganisationService,
  ) {}

  /** Applies the command; a lost race is a `CaseConflictError`, a rejected command an `EngineError`. */
  async apply(record: CaseRecord, command: Command): Promise<CaseRecord> {
    const item = await this.catalog.getItem(record.itemCode, record.itemVersion);
    const model = await this.catalog.model(item);
    const { state, events } = applyCommand(model, record.state, command, {
      now: this.clock.now(),
      calendar: this.calendar,
    });
    // 签收 of a task one already holds changes nothing: nothing to commit.
    if (events.length === 0 && command.type === 'claim') return record;
    const { store, bus, organisation } = this;
    return commitCaseChange({ store, bus, organisation }, record, item, { state, events });
  }
}
