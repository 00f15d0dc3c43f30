import { formatInstant, toEpochMs } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type { SessionUser } from '../../services/authService.js';
import {
  FeedbackConflictError,
  type ComplaintChange,
  type ComplaintRecord,
  type ComplaintStatus,
  type OutboxMessage,
} from '../../store/port.js';
import { requireComplaintHandler, requireDepartmentAnswerer, requireSupervisor } from './complaintAccess.js';
import type { FeedbackDeps } from './complaintDeps.js';
import { complainantNotice, forwardedNotices, RESOLUTION_NAMES } from './complaintNotices.js';
import { COMPLAINT_STATUS_NAMES } from './complaintViews.js';
import { workingDeadline } from './workingDeadline.js';

/** 转办: the department that must investigate and answer. */
export interface ForwardRequest {
  readonly departmentId: string;
  readonly note?: string;
}
/** The department's answer (调查处理情况). */
export interface ComplaintAnswerRequest {
  readonly text: string;
}
/** The supervisor's closing (办结): substantiated or not, with an opinion the complainant is told. */
export interface ComplaintCloseRequest {
  readonly resolution: 'substantiated' | 'unsubstantiated';
  readonly opinion: string;
}

/**
 * The complaint workflow: received → accepted (the complainant is told) or not accepted (reasons, told)
 * → forwarded to a department (its leads are told) → answered by the department → closed by a supervisor
 * (the complainant is told). Each step is an entry appended to the complaint's hash chain, with its notices.
 */
export class ComplaintWorkflow {
  constructor(private readonly deps: FeedbackDeps) {}

  /** 受理. */
  async accept(user: SessionUser, complaint: ComplaintRecord, note?: string): Promise<ComplaintRecord> {
    requireComplaintHandler(user);
    requireStatus(complaint, 'received', '受理');
    const at = this.now();
    const late = toEpochMs(at) >= toEpochMs(complaint.decideDueAt);
    return this.append(
      user,
      complaint,
      at,
      { type: 'complaint.accepted', data: { note: note?.trim() || null, late } },
      { status: 'accepted', decidedAt: at, pendingDueAt: null },
      (seq) => [complainantNotice(complaint, seq, 'complaint.accepted', at, '')],
    );
  }

  /** 不予受理: every reason is recorded and told. */
  async reject(user: SessionUser, complaint: ComplaintRecord, reasons: readonly string[]): Promise<ComplaintRecord> {
    requireComplaintHandler(user);
    requireStatus(complaint, 'received', '作出不予受理决定');
    const cleaned = reasons.map((r) => r.trim()).filter((r) => r !== '');
    const at = this.now();
    const late = toEpochMs(at) >= toEpochMs(complaint.decideDueAt);
    return this.append(
      user,
      complaint,
      at,
      { type: 'complaint.rejected', data: { reasons: cleaned, late } },
      { status: 'rejected', decidedAt: at, pendingDueAt: null, rejectionReasons: cleaned },
      (seq) => [complainantNotice(complaint, seq, 'complaint.rejected', at, cleaned.join('；'))],
    );
  }

  /** 转办: to a department of the organisation; the answer is due in the configured working days. */
  async forward(user: SessionUser, complaint: ComplaintRecord, request: ForwardRequest): Promise<ComplaintRecord> {
    requireComplaintHandler(user);
    requireStatus(complaint, 'accepted', '转办');
    const org = await this.deps.organisation.get();
    const department = org.departments.find((d) => d.id === request.departmentId);
    if (!department) {
      throw new ApiError(422, 'DEPARTMENT_UNKNOWN', `部门不存在：${request.departmentId}`, {
        departmentId: request.departmentId,
      });
    }
    const at = this.now();
    const answerDueAt = workingDeadline(
      this.deps.calendar,
      at,
      (await this.deps.settings.current()).complaints.answerDays,
    );
    const leadIds = (await this.deps.organisation.leadsOf(department.id)).map((u) => u.id);
    const forwarded = { ...complaint, departmentName: department.name };
    return this.append(
      user,
      complaint,
      at,
      {
        type: 'complaint.forwarded',
        data: {
          departmentId: department.id,
          departmentName: department.name,
          answerDueAt,
          note: request.note?.trim() || null,
        },
      },
      {
        status: 'forwarded',
        departmentId: department.id,
        departmentName: department.name,
        answerDueAt,
        pendingDueAt: answerDueAt,
        addScopeKeys: [`dept:${department.id}`],
      },
      (seq) => forwardedNotices(forwarded, seq, at, answerDueAt, leadIds),
    );
  }

  /** The department's answer, once. */
  async answer(user: SessionUser, complaint: ComplaintRecord, text: string): Promise<ComplaintRecord> {
    requireDepartmentAnswerer(user, complaint);
    requireStatus(complaint, 'forwarded', '答复');
    const at = this.now();
    const late = complaint.answerDueAt !== null && toEpochMs(at) >= toEpochMs(complaint.answerDueAt);
    return this.append(
      user,
      complaint,
      at,
      { type: 'complaint.answered', data: { text: text.trim(), late } },
      { status: 'answered', answeredAt: at, pendingDueAt: null },
    );
  }

  /** 办结 by a supervisor, after the department's answer. */
  async close(user: SessionUser, complaint: ComplaintRecord, request: ComplaintCloseRequest): Promise<ComplaintRecord> {
    requireSupervisor(user, '办结投诉');
    requireStatus(complaint, 'answered', '办结');
    const at = this.now();
    const opinion = request.opinion.trim();
    const detail = `经调查，${RESOLUTION_NAMES[request.resolution]}。处理意见：${opinion}`;
    return this.append(
      user,
      complaint,
      at,
      { type: 'complaint.closed', data: { resolution: request.resolution, opinion } },
      { status: 'closed', resolution: request.resolution, closedAt: at, reply: opinion, pendingDueAt: null },
      (seq) => [complainantNotice(complaint, seq, 'complaint.closed', at, detail)],
    );
  }

  private async append(
    user: SessionUser,
    complaint: ComplaintRecord,
    at: string,
    entry: { readonly type: string; readonly data: Readonly<Record<string, unknown>> },
    change: ComplaintChange,
    notices: (seq: number) => OutboxMessage[] = () => [],
  ): Promise<ComplaintRecord> {
    try {
      return await this.deps.store.appendComplaintEntry(
        complaint.id,
        complaint.entryCount,
        { ...entry, at, by: user.id },
        change,
        notices(complaint.entryCount + 1),
      );
    } catch (error) {
      if (error instanceof FeedbackConflictError) {
        throw new ApiError(409, 'COMPLAINT_CONFLICT', error.message, { complaintId: complaint.id });
      }
      throw error;
    }
  }

  private now(): string {
    return formatInstant(this.deps.clock.now());
  }
}

function requireStatus(complaint: ComplaintRecord, status: ComplaintStatus, action: string): void {
  if (complaint.status === status) return;
  throw new ApiError(
    409,
    'COMPLAINT_STATE',
    `该投诉当前状态为「${COMPLAINT_STATUS_NAMES[complaint.status]}」，不能${action}`,
    { status: complaint.status, expected: status },
  );
}
