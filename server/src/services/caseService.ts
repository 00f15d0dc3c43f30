import type { ApprovalItem } from '@govflow/catalog';
import type { WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../clock.js';
import { DocumentService } from '../documents/documentService.js';
import type { CaseEventBus } from '../events/caseEventBus.js';
import { readerScopeKeys } from '../organisation/caseAccess.js';
import type { OrganisationService } from '../organisation/organisationService.js';
import type { CaseRecord, Store, StoredEvent } from '../store/port.js';
import type { AcceptedCase, IntakeOrigin } from '../applications/intakeOrigin.js';
import type { SessionUser } from './authService.js';
import type { CaseCommandRunner } from './caseCommandRunner.js';
import type { CatalogService } from './catalogService.js';
import { EvidenceService } from './evidence/evidenceService.js';
import { applicationReadCheck } from './intake/intakeDecisionAccess.js';
import { IntakeDecisionService } from './intake/intakeDecisionService.js';
import { StoreIntakeDecisions, type IntakeDecisionRepository } from './intake/intakeDecisions.js';
import { CaseCommands } from './lifecycle/caseCommands.js';
import { CaseConclusions } from './lifecycle/caseConclusion.js';
import { CaseFactRecorder } from './lifecycle/caseFactRecorder.js';
import { readCaseFacts, type CaseFacts } from './lifecycle/caseFacts.js';
import { CaseIntake, type IntakeRequest } from './lifecycle/caseIntake.js';
import { loadCase } from './lifecycle/loadCase.js';
import { TaskCommands, type CompleteRequest } from './lifecycle/taskCommands.js';

/** What a window clerk submits at intake (收件); see `CaseIntake`. */
export type { IntakeRequest } from './lifecycle/caseIntake.js';
/** What a handler submits to complete a step; see `TaskCommands`. */
export type { CompleteRequest } from './lifecycle/taskCommands.js';

/** A case with its whole event chain and the server facts read from it. */
export interface CaseDetail {
  readonly record: CaseRecord;
  readonly events: readonly StoredEvent[];
  readonly facts: CaseFacts;
}

/**
 * The case life cycle: intake → acceptance, one-time notice or refusal; the commands on tasks and
 * cases; completion and delivery; documents and evidence. Each part lives in its own small service,
 * reachable here so routes need only `services.cases`.
 */
export class CaseService {
  /** 签收, 办理, 退回, 转办. */
  readonly tasks: TaskCommands;
  /** Clock stop and resumption, extension, refusal (不予许可), withdrawal. */
  readonly commands: CaseCommands;
  /** 办结 and 送达 / 领取. */
  readonly conclusions: CaseConclusions;
  /** One-time notices and refusals to accept. */
  readonly intakeDecisions: IntakeDecisionService;
  /** The verified event chain of a case. */
  readonly evidence: EvidenceService;
  /** Printable documents (文书). */
  readonly documents: DocumentService;
  private readonly acceptance: CaseIntake;

  /** `decisions`: where intake decisions are kept (the store by default). */
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    clock: Clock,
    calendar: WorkingCalendar,
    runner: CaseCommandRunner,
    bus: CaseEventBus,
    organisation: OrganisationService,
    decisions: IntakeDecisionRepository = new StoreIntakeDecisions(store),
  ) {
    this.acceptance = new CaseIntake(store, catalog, clock, calendar, bus, organisation);
    this.tasks = new TaskCommands(store, runner, catalog);
    this.commands = new CaseCommands(store, runner);
    this.conclusions = new CaseConclusions(
      store,
      clock,
      calendar,
      new CaseFactRecorder(store, catalog, clock, bus, organisation),
    );
    this.intakeDecisions = new IntakeDecisionService(
      catalog,
      clock,
      calendar,
      decisions,
      applicationReadCheck(store, organisation),
    );
    this.evidence = new EvidenceService(store, store.chainAlgorithm);
    this.documents = new DocumentService(store, catalog, this.intakeDecisions);
  }

  /** Intake and acceptance (收件 → 受理), also of an application at the end of its path; see `CaseIntake.accept`. */
  intake(user: SessionUser, request: IntakeRequest, origin?: IntakeOrigin): Promise<AcceptedCase> {
    return this.acceptance.accept(user, request, origin);
  }

  /** Completes a step as the signed-in user; one atomic commit with a version check. */
  completeTask(user: SessionUser, publicTaskId: string, request: CompleteRequest): Promise<CaseRecord> {
    return this.tasks.complete(user, publicTaskId, request);
  }

  /** One case the reader may see, or a 404 (also for a case outside their scope). */
  getCase(reader: SessionUser, id: string): Promise<CaseRecord> {
    return loadCase(this.store, id, reader);
  }

  /**
   * The item version the case is pinned to (the one it was accepted under), not the latest published;
   * scoped as `getCase`: whoever may read the case may read its item version.
   */
  async pinnedItem(reader: SessionUser, id: string): Promise<ApprovalItem> {
    const record = await loadCase(this.store, id, reader);
    return this.catalog.getItem(record.itemCode, record.itemVersion);
  }

  /** One case with its events and the facts (intake record, completion, delivery) they hold; scoped as `getCase`. */
  async caseDetail(reader: SessionUser, id: string): Promise<CaseDetail> {
    const record = await loadCase(this.store, id, reader);
    const events = await this.store.listEvents(id);
    return { record, events, facts: readCaseFacts(events) };
  }

  /** The most recent cases the reader may see. */
  listCases(reader: SessionUser, limit = 100): Promise<readonly CaseRecord[]> {
    const keys = readerScopeKeys(reader);
    return keys === 'all' ? this.store.listCases(limit) : this.store.listCasesInScope(keys, limit);
  }
}
