import { EngineError } from '../../errors.js';
import { CLOCK_STOP_KINDS, extendClock, finishClock, resumeClock, stopClock } from '../clock.js';
import type { Run } from '../run.js';
import { clearScope } from '../tokens.js';
import { requireActor, requireText } from './guards.js';
import type {
  ExtendCommand,
  ResumeClockCommand,
  StopClockCommand,
  TerminateCommand,
  WithdrawCommand,
} from './types.js';

/** 暂停计时: 补正 or a special procedure; the applicant is told the basis and the expected days. */
export function stopClockCommand(run: Run, command: StopClockCommand): void {
  const actor = requireActor(command.actor);
  if (typeof command.kind !== 'string' || !Object.hasOwn(CLOCK_STOP_KINDS, command.kind)) {
    throw new EngineError('COMMAND_INVALID', `暂停计时的类型无效：${String(command.kind)}`, {
      field: 'kind',
      allowed: Object.keys(CLOCK_STOP_KINDS),
    });
  }
  const reason = requireText(command.reason, 'reason', '暂停计时的理由');
  const expected = command.expectedDays;
  if (expected !== undefined && (typeof expected !== 'number' || !(expected > 0) || !Number.isInteger(expected * 2))) {
    throw new EngineError('COMMAND_INVALID', '预计天数应为 0.5 的整数倍', { field: 'expectedDays' });
  }
  const basis = command.basis === undefined ? undefined : requireText(command.basis, 'basis', '法律依据');
  stopClock(run, {
    kind: command.kind,
    reason,
    by: actor.id,
    ...(basis === undefined ? {} : { basis }),
    ...(expected === undefined ? {} : { expectedDays: expected }),
  });
}

/** 恢复计时. */
export function resumeClockCommand(run: Run, command: ResumeClockCommand): void {
  resumeClock(run, requireActor(command.actor).id);
}

/** 延期: within the statutory extension, approved by the agency head, with a reason. */
export function extendCommand(run: Run, command: ExtendCommand): void {
  const actor = requireActor(command.actor);
  const approver = requireText(command.approver, 'approver', '批准人');
  const reason = requireText(command.reason, 'reason', '延期理由');
  if (typeof command.days !== 'number') throw new EngineError('COMMAND_INVALID', '延期天数应为数字', { field: 'days' });
  extendClock(run, { days: command.days, approver, reason, by: actor.id });
}

/** 不予许可: ends the case with written reasons. */
export function terminateCommand(run: Run, command: TerminateCommand): void {
  const actor = requireActor(command.actor);
  const reasons = Array.isArray(command.reasons)
    ? command.reasons.map((r, i) => requireText(r, `reasons[${i}]`, '不予许可的理由'))
    : [];
  if (reasons.length === 0) {
    throw new EngineError('REASON_REQUIRED', '不予许可必须说明理由', { field: 'reasons' });
  }
  endCase(run, 'terminated', '不予许可', actor.id, { reasons });
}

/** 撤回: the applicant withdraws; only the applicant may, when the case names one. */
export function withdrawCommand(run: Run, command: WithdrawCommand): void {
  const actor = requireActor(command.actor);
  if (run.state.applicantId !== undefined && run.state.applicantId !== actor.id) {
    throw new EngineError('NOT_ELIGIBLE', '只有申请人本人可以撤回申请', { actorId: actor.id });
  }
  const reason = command.reason === undefined ? null : requireText(command.reason, 'reason', '撤回理由');
  endCase(run, 'withdrawn', '申请人撤回', actor.id, { reason });
}

function endCase(
  run: Run,
  status: 'terminated' | 'withdrawn',
  outcome: string,
  by: string,
  data: Record<string, unknown>,
): void {
  clearScope(run, '', status);
  run.state.scopes = [];
  run.state.status = status;
  run.state.outcome = outcome;
  run.state.endedAt = run.now;
  finishClock(run);
  run.emit(status === 'terminated' ? 'case.terminated' : 'case.withdrawn', { ...data, outcome }, by);
}
