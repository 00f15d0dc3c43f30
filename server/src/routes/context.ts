import type { AuthService } from '../services/authService.js';
import type { CaseService } from '../services/caseService.js';
import type { CatalogService } from '../services/catalogService.js';
import type { Clock } from '../clock.js';
import type { Store } from '../store/port.js';
import type { CaseEventBus } from '../events/caseEventBus.js';
import type { TimerScheduler } from '../scheduler/timerScheduler.js';
import type { LightStream } from '../supervision/lightStream.js';
import type { SupervisionService } from '../supervision/supervisionService.js';

/** The services routes translate HTTP into. */
export interface Services {
  readonly store: Store;
  readonly clock: Clock;
  readonly auth: AuthService;
  readonly catalog: CatalogService;
  readonly cases: CaseService;
  readonly bus: CaseEventBus;
  readonly scheduler: TimerScheduler;
  readonly supervision: SupervisionService;
  readonly lightStream: LightStream;
}
