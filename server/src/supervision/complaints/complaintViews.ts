import { toEpochMs } from '@govflow/engine';
import type { ComplaintRecord, ComplaintStatus } from '../../store/port.js';

/** Chinese names of the statuses. */
export const COMPLAINT_STATUS_NAMES: Readonly<Record<ComplaintStatus, string>> = {
  received: '待受理',
  accepted: '已受理',
  rejected: '不予受理',
  forwarded: '已转办',
  answered: '已答复',
  closed: '已办结',
};

/** A complaint as staff see it: the record, whether its running deadline has passed, and lateness so far. */
export interface ComplaintView extends Omit<ComplaintRecord, 'headHash'> {
  readonly statusName: string;
  /** The running deadline (deciding or answering) has passed. */
  readonly overdue: boolean;
  /** Which deadline is overdue: `decide` or `answer`. */
  readonly overdueKind: 'decide' | 'answer' | null;
  /** Accepted or refused after the deadline to decide. */
  readonly decidedLate: boolean;
}

/** A complaint as the complainant (or the hotline's system) sees it: never the case it is linked to, nor internals. */
export interface ComplainantView {
  readonly id: string;
  readonly number: string;
  readonly channel: ComplaintRecord['channel'];
  readonly status: ComplaintStatus;
  readonly statusName: string;
  readonly subject: string;
  readonly content: string;
  readonly receiptNumber: string | null;
  readonly receivedAt: string;
  readonly decideDueAt: string;
  readonly decidedAt: string | null;
  readonly rejectionReasons: readonly string[];
  readonly resolution: ComplaintRecord['resolution'];
  readonly reply: string | null;
  readonly closedAt: string | null;
}

/** The staff view at `now` (lights-like: derived at read time, never stale). */
export function complaintView(record: ComplaintRecord, now: string): ComplaintView {
  const { headHash: _head, ...rest } = record;
  const overdue = record.pendingDueAt !== null && toEpochMs(now) >= toEpochMs(record.pendingDueAt);
  return {
    ...rest,
    statusName: COMPLAINT_STATUS_NAMES[record.status],
    overdue,
    overdueKind: overdue ? (record.status === 'received' ? 'decide' : 'answer') : null,
    decidedLate:
      (record.decidedAt !== null && toEpochMs(record.decidedAt) >= toEpochMs(record.decideDueAt)) ||
      (record.status === 'received' && overdue),
  };
}

/** What the complainant is shown. */
export function complainantView(record: ComplaintRecord): ComplainantView {
  return {
    id: record.id,
    number: record.number,
    channel: record.channel,
    status: record.status,
    statusName: COMPLAINT_STATUS_NAMES[record.status],
    subject: record.subject,
    content: record.content,
    receiptNumber: record.receiptNumber,
    receivedAt: record.receivedAt,
    decideDueAt: record.decideDueAt,
    decidedAt: record.decidedAt,
    rejectionReasons: record.rejectionReasons,
    resolution: record.resolution,
    reply: record.reply,
    closedAt: record.closedAt,
  };
}
