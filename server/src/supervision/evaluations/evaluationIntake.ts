import { randomInt, randomUUID } from 'node:crypto';
import { formatInstant } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type {
  CaseRecord,
  EvaluationChannel,
  EvaluationEntry,
  EvaluationFollowUp,
  EvaluationLevel,
  EvaluationRecord,
  Evaluator,
} from '../../store/port.js';
import type { FeedbackDeps } from '../complaints/complaintDeps.js';
import { workingDeadline } from '../complaints/workingDeadline.js';
import { isNegative } from './evaluationLevels.js';
import { negativeNotices } from './evaluationNotices.js';
import { evaluationTarget } from './evaluationTarget.js';

/** What the applicant says: a level, optionally a comment, and whether to stay anonymous (匿名). */
export interface EvaluationRequest {
  readonly level: EvaluationLevel;
  readonly comment?: string;
  readonly anonymous?: boolean;
}

/** One evaluation to record: the case, the channel, who evaluated and who served. */
export interface EvaluationInput {
  readonly record: CaseRecord;
  readonly channel: EvaluationChannel;
  readonly request: EvaluationRequest;
  readonly evaluator: Evaluator;
  readonly served: { readonly clerkId: string | null; readonly windowId: string | null };
}

/**
 * Records the one evaluation of a case (409 EVALUATION_EXISTS for a second one, however it comes): counted
 * against the item's department, the window and the clerk; a negative one opens a follow-up with its
 * rectification deadline and tells the department's leads and the clerk, in the same write.
 */
export async function recordEvaluation(deps: FeedbackDeps, input: EvaluationInput): Promise<EvaluationRecord> {
  const { record, request, evaluator } = input;
  const now = formatInstant(deps.clock.now());
  const target = await evaluationTarget(deps, record, input.served, evaluator.userId);
  const negative = isNegative(request.level);
  const realName = evaluator.name !== null;
  const followUp: EvaluationFollowUp | null = negative
    ? {
        status: 'open',
        dueAt: workingDeadline(deps.calendar, now, (await deps.settings.current()).evaluations.rectifyDays),
        callBacks: [],
        rectification: null,
        closedAt: null,
        closedBy: null,
        opinion: null,
      }
    : null;
  const evaluation: Omit<EvaluationRecord, 'entryCount' | 'headHash'> = {
    id: randomUUID(),
    caseId: record.id,
    receiptNumber: record.receiptNumber,
    itemCode: record.itemCode,
    ...target,
    level: request.level,
    negative,
    comment: request.comment?.trim() || null,
    channel: input.channel,
    realName,
    evaluator,
    evaluatedAt: now,
    followUp,
    updatedAt: now,
  };
  const first: EvaluationEntry = {
    type: 'evaluation.given',
    at: now,
    by: evaluator.userId ?? 'applicant',
    data: {
      level: evaluation.level,
      comment: evaluation.comment,
      channel: evaluation.channel,
      realName,
      evaluator: { ...evaluator },
      departmentId: evaluation.departmentId,
      windowId: evaluation.windowId,
      clerkId: evaluation.clerkId,
      followUpDueAt: followUp?.dueAt ?? null,
    },
  };
  const leads = target.departmentId === null ? [] : await deps.organisation.leadsOf(target.departmentId);
  const recipients = [...leads.map((u) => u.id), ...(target.clerkId === null ? [] : [target.clerkId])];
  const notices = negative ? negativeNotices({ ...evaluation, entryCount: 1, headHash: '' }, recipients) : [];
  const stored = await deps.store.createEvaluation(evaluation, first, notices);
  if (!stored) throw evaluated(record.id);
  return stored;
}

/** 409: the case has its one evaluation already. */
export function evaluated(caseId: string): ApiError {
  return new ApiError(409, 'EVALUATION_EXISTS', '该办件已经评价过，每件只能评价一次', { caseId });
}

/** A fresh six-digit code for the window, valid for the configured minutes (a few tries on a collision). */
export async function issueCode(
  deps: FeedbackDeps,
  record: CaseRecord,
  clerk: { readonly id: string; readonly windowId: string | null },
): Promise<{ code: string; expiresAt: string }> {
  const now = deps.clock.now().getTime();
  const minutes = (await deps.settings.current()).evaluations.codeMinutes;
  const expiresAt = formatInstant(now + minutes * 60_000);
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const saved = await deps.store.saveEvaluationCode({
      code,
      caseId: record.id,
      clerkId: clerk.id,
      windowId: clerk.windowId,
      createdAt: formatInstant(now),
      expiresAt,
    });
    if (saved) return { code, expiresAt };
  }
  throw new ApiError(503, 'CODE_UNAVAILABLE', '评价码暂时无法生成，请稍后重试');
}
