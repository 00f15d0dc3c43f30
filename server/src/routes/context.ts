import type { AuthService } from '../services/authService.js';
import type { CaseService } from '../services/caseService.js';
import type { CatalogService } from '../services/catalogService.js';
import type { Clock } from '../clock.js';
import type { OrganisationService } from '../organisation/organisationService.js';
import type { UserAdmin } from '../organisation/userAdmin.js';
import type { Worklist } from '../services/worklist.js';
import type { SignalService } from '../supervision/signals/signalService.js';
import type { ApplicationService } from '../applications/applicationService.js';
import type { ProgressCodeService } from '../publicPortal/progressCodeService.js';
import type { Store } from '../store/port.js';
import type { FileService } from '../files/fileService.js';
import type { ApiKeyService } from '../services/departmentSystems/apiKeyService.js';
import type { DepartmentPush } from '../services/departmentSystems/departmentPush.js';
import type { CaseEventBus } from '../events/caseEventBus.js';
import type { TimerScheduler } from '../scheduler/timerScheduler.js';
import type { LightStream } from '../supervision/lightStream.js';
import type { SupervisionService } from '../supervision/supervisionService.js';
import type { CalendarService } from '../calendar/calendarService.js';

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
  /** Uploaded materials (content-addressed files). */
  readonly files: FileService;
  /** Applications before acceptance: registration, forwarding, online application, pre-review. */
  readonly applications: ApplicationService;
  /** Progress-query codes (查询码) of accepted cases. */
  readonly progressCodes: ProgressCodeService;
  /** Department systems' API keys. */
  readonly apiKeys: ApiKeyService;
  /** Step results pushed by department systems. */
  readonly departmentPush: DepartmentPush;
  readonly organisation: OrganisationService;
  readonly users: UserAdmin;
  readonly worklist: Worklist;
  /** Warning and correction: signals, cards, their workflow and the ladder settings. */
  readonly signals: SignalService;
  /** The working calendar's stored overrides, applied live. */
  readonly calendar: CalendarService;
}
