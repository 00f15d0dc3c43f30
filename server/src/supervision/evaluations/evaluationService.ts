import { formatInstant } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import { readerScopeKeys } from '../../organisation/caseAccess.js';
import type { SessionUser } from '../../services/authService.js';
import type { ChainVerification } from '../../services/evidence/verifyChain.js';
import type { EvaluationFilter, EvaluationRecord, StoredEvaluationEntry } from '../../store/port.js';
import type { FeedbackDeps } from '../complaints/complaintDeps.js';
import { verifyFeedbackChain } from '../complaints/feedbackChain.js';
import { EvaluationChannels } from './evaluationChannels.js';
import { evaluationView, ownEvaluationView, type EvaluationView, type OwnEvaluationView } from './evaluationViews.js';
import { FollowUpWorkflow, type CallBackRequest } from './followUpWorkflow.js';
import { satisfactionCounts, type SatisfactionCounts } from './satisfactionCounts.js';

/** What the evaluation list can be narrowed to. */
export type EvaluationQuery = Omit<EvaluationFilter, 'scopeKeys' | 'followUpOverdueAt'> & {
  readonly overdue?: boolean;
  readonly limit?: number;
};

/** One evaluation with its history and whether that history's chain verifies. */
export interface EvaluationDetail {
  readonly evaluation: EvaluationView;
  readonly history: readonly StoredEvaluationEntry[];
  readonly evidence: ChainVerification;
}

/**
 * 好差评: giving evaluations (`channels`), the follow-up of negative ones, reading scopes, evidence, and the
 * counts the statistics read.
 */
export class EvaluationService {
  readonly channels: EvaluationChannels;
  private readonly followUps: FollowUpWorkflow;

  constructor(private readonly deps: FeedbackDeps) {
    this.channels = new EvaluationChannels(deps);
    this.followUps = new FollowUpWorkflow(deps);
  }

  /** The evaluations the user may read, newest first (an applicant: their own, in their view). */
  async list(user: SessionUser, query: EvaluationQuery = {}): Promise<readonly (EvaluationView | OwnEvaluationView)[]> {
    const scope = readerScopeKeys(user);
    const { overdue, limit, ...filter } = query;
    const now = this.now();
    const records = await this.deps.store.listEvaluations(
      { ...filter, ...(scope === 'all' ? {} : { scopeKeys: scope }), ...(overdue ? { followUpOverdueAt: now } : {}) },
      Math.min(Math.max(limit ?? 200, 1), 1000),
    );
    return records.map((r) => (user.role === 'applicant' ? ownEvaluationView(r) : evaluationView(r, now)));
  }

  /** One evaluation with history and evidence (an applicant: their view of their own). */
  async detail(user: SessionUser, id: string): Promise<EvaluationDetail | OwnEvaluationView> {
    const record = await this.readable(user, id);
    if (user.role === 'applicant') return ownEvaluationView(record);
    const history = await this.deps.store.listEvaluationEntries(record.id);
    return {
      evaluation: evaluationView(record, this.now()),
      history,
      evidence: verifyFeedbackChain(
        'evaluation',
        record.id,
        history,
        this.deps.store.chainAlgorithm,
        record.entryCount,
      ),
    };
  }

  /** 回访. */
  async callBack(user: SessionUser, id: string, request: CallBackRequest): Promise<EvaluationView> {
    return this.view(await this.followUps.callBack(user, await this.readable(user, id), request));
  }

  /** 整改. */
  async rectify(user: SessionUser, id: string, note: string): Promise<EvaluationView> {
    return this.view(await this.followUps.rectify(user, await this.readable(user, id), note));
  }

  /** 办结 of the follow-up. */
  async close(user: SessionUser, id: string, opinion: string): Promise<EvaluationView> {
    return this.view(await this.followUps.close(user, await this.readable(user, id), opinion));
  }

  /** Counts for supervisors and administrators (any department), and leads (their own department only). */
  async counts(
    user: SessionUser,
    query: { from: string; to: string; departmentId?: string; windowId?: string },
  ): Promise<SatisfactionCounts> {
    if (user.role === 'supervisor' || user.role === 'administrator') return satisfactionCounts(this.deps.store, query);
    if (user.role === 'lead' && user.departmentId !== null) {
      return satisfactionCounts(this.deps.store, { ...query, departmentId: user.departmentId });
    }
    throw new ApiError(403, 'FORBIDDEN', '无权查看满意度统计', { role: user.role });
  }

  private async readable(user: SessionUser, id: string): Promise<EvaluationRecord> {
    const record = await this.deps.store.getEvaluation(id);
    const scope = readerScopeKeys(user);
    if (!record || (scope !== 'all' && !record.scopeKeys.some((k) => scope.includes(k)))) {
      throw new ApiError(404, 'EVALUATION_NOT_FOUND', `评价不存在：${id}`, { id });
    }
    return record;
  }

  private view(record: EvaluationRecord): EvaluationView {
    return evaluationView(record, this.now());
  }

  private now(): string {
    return formatInstant(this.deps.clock.now());
  }
}
