import { formatInstant } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import { applicantMobile } from '../../notifications/notificationsFor.js';
import { canReadCase } from '../../organisation/caseAccess.js';
import type { SessionUser } from '../../services/authService.js';
import type { FeedbackDeps } from '../complaints/complaintDeps.js';
import { RateLimiter } from '../complaints/rateLimiter.js';
import { evaluated, issueCode, recordEvaluation, type EvaluationRequest } from './evaluationIntake.js';
import { acceptingClerk } from './evaluationTarget.js';
import { ownEvaluationView, type OwnEvaluationView } from './evaluationViews.js';

/** Roles that serve at windows and so may show an evaluation code. */
const SERVING_ROLES: ReadonlySet<SessionUser['role']> = new Set(['clerk', 'agent', 'lead', 'administrator']);

/** A code shown on the clerk's screen. */
export interface IssuedCode {
  readonly code: string;
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly expiresAt: string;
}

/**
 * How an evaluation is given: online by the applicant on their own finished case, or at the window with
 * the short code the clerk's screen shows right after service (wrong codes are throttled per address).
 */
export class EvaluationChannels {
  private readonly wrongCodes = new RateLimiter([{ prefix: 'ip:', limit: 10 }], 15 * 60_000);

  constructor(private readonly deps: FeedbackDeps) {}

  /** The code a clerk's screen shows after serving the applicant of a case. */
  async issueCode(user: SessionUser, caseId: string): Promise<IssuedCode> {
    if (!SERVING_ROLES.has(user.role))
      throw new ApiError(403, 'FORBIDDEN', '只有窗口工作人员可以生成评价码', { role: user.role });
    const record = await this.deps.store.getCase(caseId);
    if (!record || !canReadCase(user, record))
      throw new ApiError(404, 'NOT_FOUND', `案件不存在：${caseId}`, { id: caseId });
    if ((await this.deps.store.listEvaluations({ caseId }, 1)).length > 0) throw evaluated(caseId);
    const { code, expiresAt } = await issueCode(this.deps, record, user);
    return { code, caseId, receiptNumber: record.receiptNumber, expiresAt };
  }

  /** An applicant evaluates their own finished case online. */
  async evaluateOnline(user: SessionUser, caseId: string, request: EvaluationRequest): Promise<OwnEvaluationView> {
    if (user.role !== 'applicant')
      throw new ApiError(403, 'FORBIDDEN', '只有申请人本人可以在线评价', { role: user.role });
    const record = await this.deps.store.getCase(caseId);
    if (!record || record.state.applicantId !== user.id) {
      throw new ApiError(404, 'NOT_FOUND', `案件不存在：${caseId}`, { id: caseId });
    }
    if (record.state.status === 'running') {
      throw new ApiError(422, 'CASE_NOT_CONCLUDED', '办件尚未办结，办结后才能评价', { caseId });
    }
    const anonymous = request.anonymous === true;
    const stored = await recordEvaluation(this.deps, {
      record,
      channel: 'online',
      request,
      evaluator: {
        name: anonymous ? null : user.displayName,
        phone: anonymous ? null : (applicantMobile(record.formData) ?? null),
        userId: user.id,
      },
      served: { clerkId: await acceptingClerk(this.deps.store, record), windowId: record.windowId },
    });
    return ownEvaluationView(stored);
  }

  /** At the window: the applicant enters the code the clerk's screen shows (no sign-in). */
  async evaluateWithCode(code: string, request: EvaluationRequest, clientAddress: string): Promise<OwnEvaluationView> {
    const keys = [`ip:${clientAddress}`];
    this.wrongCodes.check(keys, '评价码错误次数过多');
    const found = await this.deps.store.findEvaluationCode(code, formatInstant(this.deps.clock.now()));
    const record = found === undefined ? undefined : await this.deps.store.getCase(found.caseId);
    if (!found || !record) {
      this.wrongCodes.hit(keys);
      throw new ApiError(404, 'EVALUATION_CODE_INVALID', '评价码无效或已过期，请向窗口工作人员重新获取');
    }
    const anonymous = request.anonymous === true;
    const stored = await recordEvaluation(this.deps, {
      record,
      channel: 'window',
      request,
      evaluator: {
        name: anonymous ? null : record.applicantName,
        phone: anonymous ? null : (applicantMobile(record.formData) ?? null),
        userId: record.state.applicantId ?? null,
      },
      served: { clerkId: found.clerkId, windowId: found.windowId },
    });
    await this.deps.store.consumeEvaluationCode(found.code);
    return ownEvaluationView(stored);
  }
}
