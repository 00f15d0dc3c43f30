import { mayWorkOn, type WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../clock.js';
import { DocumentService } from '../documents/documentService.js';
import type { CaseEventBus } from '../events/caseEventBus.js';
import type { CaseRecord, Store, StoredEvent, TaskRow } from '../store/port.js';
import type { SessionUser } from './authService.js';
import type { CaseCommandRunner } from './caseCommandRunner.js';
import type { CatalogService } from './catalogService.js';
import { EvidenceService } from './evidence/evidenceService.js';
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
    catalog: CatalogService,
    clock: Clock,
    calendar: WorkingCalendar,
    runner: CaseCommandRunner,
    bus: CaseEventBus,
    decisions: IntakeDecisionRepository = new StoreIntakeDecisions(store),
  ) {
    this.acceptance = new CaseIntake(store, catalog, clock, calendar, bus);
    this.tasks = new TaskCommands(store, runner);
    this.commands = new CaseCommands(store, runner);
    this.conclusions = new CaseConclusions(store, clock, calendar, new CaseFactRecorder(store, catalog, clock, bus));
    this.intakeDecisions = new IntakeDecisionService(catalog, clock, calendar, decisions);
    this.evidence = new EvidenceService(store, store.chainAlgorithm);
    this.documents = new DocumentService(store, catalog, this.intakeDecisions);
  }

  /** Intake and acceptance (收件 → 受理); see `CaseIntake.accept`. */
  intake(user: SessionUser, request: IntakeRequest): Promise<CaseRecord> {
    return this.acceptance.accept(user, request);
  }

  /** Completes a step as the signed-in user; one atomic commit with a version check. */
  completeTask(user: SessionUser, publicTaskId: string, request: CompleteRequest): Promise<CaseRecord> {
    return this.tasks.complete(user, publicTaskId, request);
  }

  /** One case, or a 404. */
  getCase(id: string): Promise<CaseRecord> {
    return loadCase(this.store, id);
  }

  /** One case with its events and the facts (intake record, completion, delivery) they hold. */
  async caseDetail(id: string): Promise<CaseDetail> {
    const record = await loadCase(this.store, id);
    const events = await this.store.listEvents(id);
    return { record, events, facts: readCaseFacts(events) };
  }

  /** The most recent cases. */
  listCases(limit = 100): Promise<readonly CaseRecord[]> {
    return this.store.listCases(limit);
  }

  /** Open tasks the user may work on: assigned to them, claimed by them, or offered to their groups. */
  async listTasks(user: SessionUser, limit = 500): Promise<readonly TaskRow[]> {
    const tasks = await this.store.listOpenTasks(5000);
    return tasks.filter((task) => mayWorkOn(task, user)).slice(0, limit);
  }
}
