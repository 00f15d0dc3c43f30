import { formatInstant, toEpochMs } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type { SessionUser } from '../../services/authService.js';
import { SignalConflictError, type SignalChange, type SignalEntry, type SignalRecord } from '../../store/port.js';
import { signalNotices } from './signalNotifications.js';
import type { SignalDeps } from './signalProcessor.js';

/** What the recipients answer with: an explanation (说明) or a rectification report (整改). */
export interface AnswerRequest {
  readonly kind: 'explanation' | 'rectification';
  readonly text: string;
}

/** An appeal (申诉) against a signal. */
export interface AppealRequest {
  readonly reason: string;
}

/** A supervisor's closing: the signal stands (维持) or is withdrawn (撤销), with an opinion. */
export interface CloseRequest {
  readonly resolution: 'upheld' | 'revoked';
  readonly opinion: string;
}

const RESOLUTION_NAMES = { upheld: '维持', revoked: '撤销' } as const;

/**
 * The signal workflow: the responsible clerk or their lead answers (explanation or rectification) and
 * may appeal once; a supervisor closes, upholding or revoking. Every step is an entry appended to the
 * signal's hash chain (an overdue answer is flagged by `flagUnanswered`).
 */
export class SignalWorkflow {
  constructor(private readonly deps: SignalDeps) {}

  /** 答复: once, while open, by a recipient. */
  async answer(user: SessionUser, signal: SignalRecord, request: AnswerRequest): Promise<SignalRecord> {
    requireRecipient(user, signal);
    if (signal.status !== 'open') {
      throw new ApiError(409, 'SIGNAL_ALREADY_ANSWERED', `该信号当前状态为「${statusText(signal)}」，不能再答复`, {
        status: signal.status,
      });
    }
    const at = this.now();
    const late = signal.answerDueAt !== null && toEpochMs(at) > toEpochMs(signal.answerDueAt);
    return this.append(
      user,
      signal,
      { type: 'signal.answered', data: { kind: request.kind, text: request.text.trim(), late } },
      { status: 'answered' },
    );
  }

  /** 申诉: once, before closing, by a recipient. */
  async appeal(user: SessionUser, signal: SignalRecord, request: AppealRequest): Promise<SignalRecord> {
    requireRecipient(user, signal);
    if (signal.status === 'closed') throw closedError(signal);
    if (signal.status === 'appealed')
      throw new ApiError(409, 'SIGNAL_ALREADY_APPEALED', '该信号已经申诉，不能重复申诉');
    return this.append(
      user,
      signal,
      { type: 'signal.appealed', data: { reason: request.reason.trim() } },
      { status: 'appealed' },
    );
  }

  /** 办结: by a supervisor, once. */
  async close(user: SessionUser, signal: SignalRecord, request: CloseRequest): Promise<SignalRecord> {
    if (user.role !== 'supervisor') {
      throw new ApiError(403, 'FORBIDDEN', '只有监察人员可以办结监察信号', { role: user.role });
    }
    if (signal.status === 'closed') throw closedError(signal);
    const opinion = request.opinion.trim();
    const detail = `${RESOLUTION_NAMES[request.resolution]}。意见：${opinion}`;
    return this.append(
      user,
      signal,
      { type: 'signal.closed', data: { resolution: request.resolution, opinion } },
      { status: 'closed', resolution: request.resolution },
      (seq, at) => signalNotices(signal, seq, 'signal.closed', at, detail),
    );
  }

  private async append(
    user: SessionUser,
    signal: SignalRecord,
    entry: Pick<SignalEntry, 'type' | 'data'>,
    change: SignalChange,
    notices: (seq: number, at: string) => ReturnType<typeof signalNotices> = () => [],
  ): Promise<SignalRecord> {
    const at = this.now();
    const seq = signal.entryCount + 1;
    try {
      return await this.deps.store.appendSignalEntry(
        signal.id,
        signal.entryCount,
        { ...entry, at, by: user.id },
        change,
        notices(seq, at),
      );
    } catch (error) {
      if (error instanceof SignalConflictError)
        throw new ApiError(409, 'SIGNAL_CONFLICT', error.message, { signalId: signal.id });
      throw error;
    }
  }

  private now(): string {
    return formatInstant(this.deps.clock.now());
  }
}

/** Only the responsible clerk and their leads answer and appeal; supervisors watch, they do not answer. */
function requireRecipient(user: SessionUser, signal: SignalRecord): void {
  if (user.id === signal.responsibleId || signal.leadIds.includes(user.id)) return;
  throw new ApiError(403, 'NOT_SIGNAL_RECIPIENT', '只有责任人及其部门负责人可以答复或申诉该信号', {
    signalId: signal.id,
  });
}

function closedError(signal: SignalRecord): ApiError {
  return new ApiError(409, 'SIGNAL_CLOSED', '该信号已经办结', { signalId: signal.id, resolution: signal.resolution });
}

function statusText(signal: SignalRecord): string {
  return { open: '待答复', answered: '已答复', appealed: '申诉中', closed: '已办结' }[signal.status];
}
