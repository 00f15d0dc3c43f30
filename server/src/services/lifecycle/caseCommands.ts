import type { ClockStopKind, Command } from '@govflow/engine';
import type { CaseRecord, Store } from '../../store/port.js';
import { actorOf, type SessionUser } from '../authService.js';
import type { CaseCommandRunner } from '../caseCommandRunner.js';
import { loadCase } from './loadCase.js';
import { requireCaseHandler, requireCaseWorker, requireWithdrawer } from './rolePolicy.js';

/** 暂停计时: 补正 or an Art. 45 special procedure, with the reason, basis and expected days told to the applicant. */
export interface StopClockRequest {
  readonly kind: ClockStopKind;
  readonly reason: string;
  readonly basis?: string;
  readonly expectedDays?: number;
}

/** 延期: days within the statutory extension, approved by the agency head, with a reason. */
export interface ExtendRequest {
  readonly days: number;
  readonly approver: string;
  readonly reason: string;
}

/** 不予许可: the written reasons. */
export interface TerminateRequest {
  readonly reasons: readonly string[];
}

/** 撤回: the applicant's reason, if given. */
export interface WithdrawRequest {
  readonly reason?: string;
}

/**
 * The commands on a whole case (clock stop and resumption, extension, refusal, withdrawal); each is
 * one engine command and one atomic commit. Only the case's current handlers may issue them.
 */
export class CaseCommands {
  constructor(
    private readonly store: Store,
    private readonly runner: CaseCommandRunner,
  ) {}

  /** Stops the legal clock. */
  stopClock(user: SessionUser, caseId: string, request: StopClockRequest): Promise<CaseRecord> {
    return this.run(user, caseId, requireCaseHandler, { type: 'stopClock', actor: actorOf(user), ...request });
  }

  /** Restarts the legal clock; deadlines move by the stopped working days. */
  resumeClock(user: SessionUser, caseId: string): Promise<CaseRecord> {
    return this.run(user, caseId, requireCaseHandler, { type: 'resumeClock', actor: actorOf(user) });
  }

  /** Extends the case's limit once. */
  extend(user: SessionUser, caseId: string, request: ExtendRequest): Promise<CaseRecord> {
    return this.run(user, caseId, requireCaseHandler, { type: 'extend', actor: actorOf(user), ...request });
  }

  /** Ends the case with a refusal (不予许可). */
  terminate(user: SessionUser, caseId: string, request: TerminateRequest): Promise<CaseRecord> {
    return this.run(user, caseId, requireCaseHandler, { type: 'terminate', actor: actorOf(user), ...request });
  }

  /** Withdraws the application (撤回). */
  withdraw(user: SessionUser, caseId: string, request: WithdrawRequest): Promise<CaseRecord> {
    return this.run(user, caseId, requireWithdrawer, { type: 'withdraw', actor: actorOf(user), ...request });
  }

  private async run(
    user: SessionUser,
    caseId: string,
    policy: (user: SessionUser, state: CaseRecord['state']) => void,
    command: Command,
  ): Promise<CaseRecord> {
    const record = await loadCase(this.store, caseId, user);
    // A closed case is the engine's 409 CASE_CLOSED; who may act is asked only while it runs.
    if (record.state.status === 'running') policy(user, record.state);
    else if (user.role !== 'applicant') requireCaseWorker(user);
    return this.runner.apply(record, command);
  }
}
