import type { WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../../clock.js';
import type { OrganisationService } from '../../organisation/organisationService.js';
import type { CatalogService } from '../../services/catalogService.js';
import type { Store } from '../../store/port.js';
import type { FeedbackSettingsService } from './feedbackSettingsService.js';

/** What complaint handling and 好差评 are built on. */
export interface FeedbackDeps {
  readonly store: Store;
  readonly catalog: CatalogService;
  readonly organisation: OrganisationService;
  readonly clock: Clock;
  readonly calendar: WorkingCalendar;
  readonly settings: FeedbackSettingsService;
}
