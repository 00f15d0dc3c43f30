import { formatInstant, toEpochMs } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type { SessionUser } from '../../services/authService.js';
import { FeedbackConflictError, type EvaluationFollowUp, type EvaluationRecord } from '../../store/port.js';
import type { FeedbackDeps } from '../complaints/complaintDeps.js';

/** A call-back (回访): when the applicant was called, whether they were reached, what they said. */
export interface CallBackRequest {
  readonly calledAt?: string;
  readonly reached: boolean;
  readonly applicantSaid: string;
}

/**
 * The follow-up of a negative evaluation: the department (its lead or clerks other than the one
 * reviewed, or an administrator) records call-backs and the rectification; a supervisor closes it once
 * rectified and — for a real-name review — called back. Every step is appended to the evaluation's chain.
 */
export class FollowUpWorkflow {
  constructor(private readonly deps: Pick<FeedbackDeps, 'store' | 'clock'>) {}

  /** 回访: a real-name review only (an anonymous one has nobody to call). */
  async callBack(user: SessionUser, evaluation: EvaluationRecord, request: CallBackRequest): Promise<EvaluationRecord> {
    requireFollowUpHandler(user, evaluation);
    const followUp = openFollowUp(evaluation);
    if (!evaluation.realName) {
      throw new ApiError(422, 'ANONYMOUS_EVALUATION', '匿名评价无法回访，请直接整改', { evaluationId: evaluation.id });
    }
    const at = this.now();
    const calledAt = formatInstant(request.calledAt ?? at);
    if (toEpochMs(calledAt) > toEpochMs(at) || toEpochMs(calledAt) < toEpochMs(evaluation.evaluatedAt)) {
      throw new ApiError(422, 'CALLED_AT_INVALID', '回访时间应在评价之后、当前时间之前', {
        calledAt,
        evaluatedAt: evaluation.evaluatedAt,
      });
    }
    const callBack = {
      by: user.id,
      byName: user.displayName,
      calledAt,
      reached: request.reached,
      applicantSaid: request.applicantSaid.trim(),
      recordedAt: at,
    };
    return this.append(
      user,
      evaluation,
      at,
      'evaluation.calledBack',
      { ...callBack },
      {
        ...followUp,
        callBacks: [...followUp.callBacks, callBack],
      },
    );
  }

  /** 整改: the rectification note (a later note replaces the earlier one; both stay in the chain). */
  async rectify(user: SessionUser, evaluation: EvaluationRecord, note: string): Promise<EvaluationRecord> {
    requireFollowUpHandler(user, evaluation);
    const followUp = openFollowUp(evaluation);
    const at = this.now();
    const late = toEpochMs(at) >= toEpochMs(followUp.dueAt);
    const rectification = { note: note.trim(), by: user.id, at };
    return this.append(
      user,
      evaluation,
      at,
      'evaluation.rectified',
      { note: rectification.note, late },
      {
        ...followUp,
        rectification,
      },
    );
  }

  /** 办结 by a supervisor: only once rectified, and for a real-name review once called back. */
  async close(user: SessionUser, evaluation: EvaluationRecord, opinion: string): Promise<EvaluationRecord> {
    if (user.role !== 'supervisor') {
      throw new ApiError(403, 'FORBIDDEN', '只有监察人员可以办结差评整改', { role: user.role });
    }
    const followUp = openFollowUp(evaluation);
    if (evaluation.realName && followUp.callBacks.length === 0) {
      throw new ApiError(422, 'CALLBACK_REQUIRED', '实名差评必须先回访申请人，才能办结', {
        evaluationId: evaluation.id,
      });
    }
    if (followUp.rectification === null) {
      throw new ApiError(422, 'RECTIFICATION_REQUIRED', '尚未报告整改情况，不能办结', { evaluationId: evaluation.id });
    }
    const at = this.now();
    const text = opinion.trim();
    return this.append(
      user,
      evaluation,
      at,
      'evaluation.closed',
      { opinion: text },
      {
        ...followUp,
        status: 'closed',
        closedAt: at,
        closedBy: user.id,
        opinion: text,
      },
    );
  }

  private async append(
    user: SessionUser,
    evaluation: EvaluationRecord,
    at: string,
    type: string,
    data: Readonly<Record<string, unknown>>,
    followUp: EvaluationFollowUp,
  ): Promise<EvaluationRecord> {
    try {
      return await this.deps.store.appendEvaluationEntry(
        evaluation.id,
        evaluation.entryCount,
        { type, at, by: user.id, data },
        { followUp },
        [],
      );
    } catch (error) {
      if (error instanceof FeedbackConflictError) {
        throw new ApiError(409, 'EVALUATION_CONFLICT', error.message, { evaluationId: evaluation.id });
      }
      throw error;
    }
  }

  private now(): string {
    return formatInstant(this.deps.clock.now());
  }
}

/** The department's lead and clerks (not the clerk reviewed) and administrators follow a negative review up. */
function requireFollowUpHandler(user: SessionUser, evaluation: EvaluationRecord): void {
  if (user.role === 'administrator') return;
  const ofDepartment =
    (user.role === 'lead' || user.role === 'clerk') &&
    evaluation.departmentId !== null &&
    user.departmentId === evaluation.departmentId &&
    user.id !== evaluation.clerkId;
  if (ofDepartment) return;
  throw new ApiError(403, 'NOT_FOLLOW_UP_HANDLER', '只有被评价事项所属部门的负责人或其他工作人员可以回访和报告整改', {
    evaluationId: evaluation.id,
  });
}

function openFollowUp(evaluation: EvaluationRecord): EvaluationFollowUp {
  if (evaluation.followUp === null) {
    throw new ApiError(422, 'NO_FOLLOW_UP', '只有差评需要回访和整改', { evaluationId: evaluation.id });
  }
  if (evaluation.followUp.status === 'closed') {
    throw new ApiError(409, 'FOLLOW_UP_CLOSED', '该差评整改已经办结', { evaluationId: evaluation.id });
  }
  return evaluation.followUp;
}
