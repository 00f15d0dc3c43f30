import { formatInstant } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type { SessionUser } from '../../services/authService.js';
import type { ChainVerification } from '../../services/evidence/verifyChain.js';
import type { ComplaintFilter, ComplaintRecord, StoredComplaintEntry } from '../../store/port.js';
import { canReadComplaint, complaintNotFound, complaintReadScope } from './complaintAccess.js';
import { complaintCounts, type ComplaintCounts } from './complaintCounts.js';
import type { FeedbackDeps } from './complaintDeps.js';
import { ComplaintFiling } from './complaintFiling.js';
import { complainantView, complaintView, type ComplainantView, type ComplaintView } from './complaintViews.js';
import { ComplaintWorkflow, type ComplaintCloseRequest, type ForwardRequest } from './complaintWorkflow.js';
import { verifyFeedbackChain } from './feedbackChain.js';

/** What the complaint list can be narrowed to. */
export type ComplaintQuery = Pick<ComplaintFilter, 'status' | 'channel' | 'departmentId' | 'caseId'> & {
  /** Only those whose running deadline has passed. */
  readonly overdue?: boolean;
  readonly limit?: number;
};

/** One complaint as staff see it, with its whole history and whether that history's chain verifies. */
export interface ComplaintDetail {
  readonly complaint: ComplaintView;
  readonly history: readonly StoredComplaintEntry[];
  readonly evidence: ChainVerification;
}

/**
 * Complaint handling (投诉处理): filing on the three channels (`filing`), the workflow, the reading scopes,
 * the evidence of each history, and the counts.
 */
export class ComplaintService {
  readonly filing: ComplaintFiling;
  private readonly workflow: ComplaintWorkflow;

  constructor(private readonly deps: FeedbackDeps) {
    this.filing = new ComplaintFiling(deps);
    this.workflow = new ComplaintWorkflow(deps);
  }

  /** The complaints the user may read, newest first (an applicant gets the complainant's view of their own). */
  async list(user: SessionUser, query: ComplaintQuery = {}): Promise<readonly (ComplaintView | ComplainantView)[]> {
    const scope = complaintReadScope(user);
    const { overdue, limit, ...filter } = query;
    const now = this.now();
    const records = await this.deps.store.listComplaints(
      { ...filter, ...(scope === 'all' ? {} : { scopeKeys: scope }), ...(overdue ? { overdueAt: now } : {}) },
      Math.min(Math.max(limit ?? 200, 1), 1000),
    );
    return records.map((r) => (user.role === 'applicant' ? complainantView(r) : complaintView(r, now)));
  }

  /** One complaint with its history and evidence (an applicant: the complainant's view only). */
  async detail(user: SessionUser, id: string): Promise<ComplaintDetail | ComplainantView> {
    const record = await this.readable(user, id);
    if (user.role === 'applicant') return complainantView(record);
    const history = await this.deps.store.listComplaintEntries(record.id);
    return {
      complaint: complaintView(record, this.now()),
      history,
      evidence: verifyFeedbackChain('complaint', record.id, history, this.deps.store.chainAlgorithm, record.entryCount),
    };
  }

  /** 受理. */
  async accept(user: SessionUser, id: string, note?: string): Promise<ComplaintView> {
    return this.view(await this.workflow.accept(user, await this.readable(user, id), note));
  }

  /** 不予受理. */
  async reject(user: SessionUser, id: string, reasons: readonly string[]): Promise<ComplaintView> {
    return this.view(await this.workflow.reject(user, await this.readable(user, id), reasons));
  }

  /** 转办. */
  async forward(user: SessionUser, id: string, request: ForwardRequest): Promise<ComplaintView> {
    return this.view(await this.workflow.forward(user, await this.readable(user, id), request));
  }

  /** The department's answer. */
  async answer(user: SessionUser, id: string, text: string): Promise<ComplaintView> {
    return this.view(await this.workflow.answer(user, await this.readable(user, id), text));
  }

  /** 办结. */
  async close(user: SessionUser, id: string, request: ComplaintCloseRequest): Promise<ComplaintView> {
    return this.view(await this.workflow.close(user, await this.readable(user, id), request));
  }

  /** Counts for supervisors and administrators (any department) and leads (their own department only). */
  async counts(
    user: SessionUser,
    query: { readonly from: string; readonly to: string; readonly departmentId?: string },
  ): Promise<ComplaintCounts> {
    if (user.role === 'supervisor' || user.role === 'administrator') return complaintCounts(this.deps.store, query);
    if (user.role === 'lead' && user.departmentId !== null) {
      return complaintCounts(this.deps.store, { ...query, departmentId: user.departmentId });
    }
    throw new ApiError(403, 'FORBIDDEN', '无权查看投诉统计', { role: user.role });
  }

  private async readable(user: SessionUser, id: string): Promise<ComplaintRecord> {
    const record = await this.deps.store.getComplaint(id);
    if (!record || !canReadComplaint(user, record)) throw complaintNotFound(id);
    return record;
  }

  private view(record: ComplaintRecord): ComplaintView {
    return complaintView(record, this.now());
  }

  private now(): string {
    return formatInstant(this.deps.clock.now());
  }
}
