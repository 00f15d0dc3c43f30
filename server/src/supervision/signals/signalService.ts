import type { CaseEventBus } from '../../events/caseEventBus.js';
import { ApiError } from '../../http/apiError.js';
import { unitSubtree } from '../../organisation/organisation.js';
import type { SessionUser } from '../../services/authService.js';
import type { SignalFilter, SignalRecord, StoredSignalEntry } from '../../store/port.js';
import type { ChainVerification } from '../../services/evidence/verifyChain.js';
import { canReadSignal, requireSignalReader, signalReadScope } from './signalAccess.js';
import { verifySignalChain } from './signalChain.js';
import { SignalProcessor, type SignalDeps } from './signalProcessor.js';
import { withDefaults } from './signalSettings.js';
import { SignalSettingsService } from './signalSettingsService.js';
import { SignalWorkflow, type AnswerRequest, type AppealRequest, type CloseRequest } from './signalWorkflow.js';
import { flagUnanswered } from './unansweredFlags.js';
import { renderSupervisionLetter } from './supervisionLetter.js';

/** What the signal list can be narrowed to (the unit includes every unit below it). */
export type SignalQuery = Omit<SignalFilter, 'scopeKeys' | 'unitIds' | 'answerOverdueAt' | 'key'> & {
  readonly unitId?: string;
  readonly limit?: number;
};

/** How far the clock must move before a commit looks for overdue answers again. */
const FLAG_INTERVAL_MS = 1_000;

/** One signal with its whole history and whether that history's chain verifies. */
export interface SignalDetail {
  readonly signal: SignalRecord;
  readonly history: readonly StoredSignalEntry[];
  readonly evidence: ChainVerification;
}

/**
 * Warning and correction (预警纠错): listens to committed case events and records the signals they hold
 * (one queue, so a case is read by one pass at a time), catches up at start and on every sweep, flags
 * overdue answers, and serves the workflow, the settings and the letters.
 */
export class SignalService {
  readonly settings: SignalSettingsService;
  private readonly processor: SignalProcessor;
  private readonly workflow: SignalWorkflow;
  private readonly scheduled = new Set<string>();
  private readonly unsubscribe: () => void;
  private tail: Promise<unknown> = Promise.resolve();
  private handle: NodeJS.Timeout | undefined;
  /** The clock's time of the last look for overdue answers after a commit (see `flagIfClockMoved`). */
  private flaggedAtMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly deps: SignalDeps & { readonly bus: CaseEventBus; readonly onError?: (error: unknown) => void },
  ) {
    this.settings = new SignalSettingsService(deps.store, deps.clock);
    this.processor = new SignalProcessor(deps);
    this.workflow = new SignalWorkflow(deps);
    this.unsubscribe = deps.bus.subscribe(({ caseId }) => this.schedule(caseId));
    // At start: every commit nobody read (the server was down, or stopped between a commit and its signals).
    void this.sweep().catch(() => undefined);
  }

  /** Reads every unread case and flags overdue answers now (each signal once); what it recorded. */
  sweep(): Promise<{ cases: number; signals: number; flagged: number }> {
    return this.enqueue(async () => {
      const read = await this.processor.catchUp();
      return { ...read, flagged: await flagUnanswered(this.deps) };
    });
  }

  /**
   * Resolves once the signals of the commits published so far are recorded (work queued later is not
   * waited for, so a read never waits on a busy center's endless stream).
   */
  async settled(): Promise<void> {
    // Commits published in this tick are queued in a microtask: let those join the queue first.
    await Promise.resolve();
    await this.tail;
  }

  /** Sweeps every `intervalMs` of real time (overdue answers come due without any commit). */
  start(intervalMs = 60_000): void {
    if (this.handle) return;
    this.handle = setInterval(() => void this.sweep().catch(() => undefined), intervalMs);
    this.handle.unref();
  }

  /** Stops sweeping and listening, and waits for the work in progress. */
  async dispose(): Promise<void> {
    if (this.handle) clearInterval(this.handle);
    this.handle = undefined;
    this.unsubscribe();
    await this.settled();
  }

  /** The signals the user may read, newest first. */
  async list(user: SessionUser, query: SignalQuery = {}): Promise<readonly SignalRecord[]> {
    requireSignalReader(user);
    await this.settled();
    const scope = signalReadScope(user);
    const { unitId, limit, ...filter } = query;
    const unitIds = unitId === undefined ? undefined : unitSubtree(await this.deps.organisation.get(), unitId);
    return this.deps.store.listSignals(
      {
        ...filter,
        ...(scope === 'all' ? {} : { scopeKeys: scope }),
        ...(unitIds === undefined ? {} : { unitIds: unitIds.length > 0 ? unitIds : [unitId as string] }),
      },
      Math.min(Math.max(limit ?? 200, 1), 1000),
    );
  }

  /** One signal with its history and the verification of its chain; 404 when unknown or not the user's to read. */
  async detail(user: SessionUser, id: string): Promise<SignalDetail> {
    const signal = await this.readable(user, id);
    const history = await this.deps.store.listSignalEntries(signal.id);
    return { signal, history, evidence: verifySignalChain(history, this.deps.store.chainAlgorithm, signal.entryCount) };
  }

  /** 答复. */
  async answer(user: SessionUser, id: string, request: AnswerRequest): Promise<SignalRecord> {
    return this.workflow.answer(user, await this.readable(user, id), request);
  }

  /** 申诉. */
  async appeal(user: SessionUser, id: string, request: AppealRequest): Promise<SignalRecord> {
    return this.workflow.appeal(user, await this.readable(user, id), request);
  }

  /** 办结 (supervisors). */
  async close(user: SessionUser, id: string, request: CloseRequest): Promise<SignalRecord> {
    return this.workflow.close(user, await this.readable(user, id), request);
  }

  /** The supervision recommendation letter (监察建议书) of a red card, as printable HTML. */
  async letter(user: SessionUser, id: string): Promise<string> {
    const signal = await this.readable(user, id);
    if (signal.level !== 'red' || signal.letterNumber === null) {
      throw new ApiError(404, 'LETTER_NOT_AVAILABLE', '只有红牌（红灯）信号附有监察建议书', { signalId: id });
    }
    const { store } = this.deps;
    const settings = withDefaults((await store.getSignalSettings())?.settings);
    const name = async (userId: string) => (await store.findUser(userId))?.displayName ?? userId;
    return renderSupervisionLetter(signal, {
      issuer: settings.center.letterIssuer,
      responsibleName: await name(signal.responsibleId),
      leadNames: await Promise.all(signal.leadIds.map(name)),
    });
  }

  private async readable(user: SessionUser, id: string): Promise<SignalRecord> {
    requireSignalReader(user);
    await this.settled();
    const signal = await this.deps.store.getSignal(id);
    if (!signal || !canReadSignal(user, signal))
      throw new ApiError(404, 'SIGNAL_NOT_FOUND', `监察信号不存在：${id}`, { id });
    return signal;
  }

  private schedule(caseId: string): void {
    if (this.scheduled.has(caseId)) return;
    this.scheduled.add(caseId);
    queueMicrotask(() => {
      this.scheduled.delete(caseId);
      void this.enqueue(async () => {
        await this.processor.processCase(caseId);
        await this.flagIfClockMoved();
      }).catch(() => undefined);
    });
  }

  /**
   * Answers fall overdue as time passes, not as cases change: after a commit the overdue answers are looked
   * for only when the clock moved a second or more since the last look (a busy window commits hundreds of
   * times a second; each look is a query of the signals).
   */
  private async flagIfClockMoved(): Promise<void> {
    const now = this.deps.clock.now().getTime();
    if (now >= this.flaggedAtMs && now - this.flaggedAtMs < FLAG_INTERVAL_MS) return;
    this.flaggedAtMs = now;
    await flagUnanswered(this.deps);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch((error: unknown) => this.deps.onError?.(error));
    return run;
  }
}
