import { randomUUID } from 'node:crypto';
import { chinaDayNumber, formatChinaDate, formatInstant } from '@govflow/engine';
import type { ComplaintChannel, ComplaintEntry, ComplaintRecord } from '../../store/port.js';
import { linkCase } from './caseLink.js';
import type { FeedbackDeps } from './complaintDeps.js';
import { workingDeadline } from './workingDeadline.js';

/** What a complainant says, on every channel. */
export interface ComplaintRequest {
  readonly complainant: { readonly name: string; readonly phone: string };
  readonly subject: string;
  readonly content: string;
  /** Whom or what it is about (窗口、人员、事项). */
  readonly about?: string;
  /** The receipt number of the case it concerns, if any. */
  readonly receiptNumber?: string;
}

/** How the complaint came in: the channel and who recorded it. */
export interface ComplaintOrigin {
  readonly channel: ComplaintChannel;
  /** A clerk's user id, `hotline:<key id>`, or `public`. */
  readonly receivedBy: string;
  /** The registered applicant who complained signed in. */
  readonly complainantUserId: string | null;
  readonly windowId: string | null;
  readonly unitId: string | null;
  readonly hotlineTicket: string | null;
}

/** The prefix of complaint numbers (投诉), e.g. `TS20260929-0001`. */
export const COMPLAINT_PREFIX = 'TS';

/**
 * Receives a complaint on any channel: numbers it, links the case its receipt number names (kept for
 * staff only), starts the deadline to decide on acceptance, and stores it with its first history entry.
 */
export async function receiveComplaint(
  deps: FeedbackDeps,
  request: ComplaintRequest,
  origin: ComplaintOrigin,
): Promise<ComplaintRecord> {
  const now = formatInstant(deps.clock.now());
  const settings = await deps.settings.current();
  const receiptNumber = request.receiptNumber?.trim() || null;
  const linkedCase = receiptNumber === null ? null : await linkCase(deps, receiptNumber);
  const number = await deps.store.nextDocumentNumber(COMPLAINT_PREFIX, formatChinaDate(chinaDayNumber(now)));
  const decideDueAt = workingDeadline(deps.calendar, now, settings.complaints.decideDays);
  const complainant = {
    name: request.complainant.name.trim(),
    phone: request.complainant.phone.trim(),
    userId: origin.complainantUserId,
  };
  const complaint: Omit<ComplaintRecord, 'entryCount' | 'headHash'> = {
    id: randomUUID(),
    number,
    channel: origin.channel,
    status: 'received',
    resolution: null,
    subject: request.subject.trim(),
    content: request.content.trim(),
    about: request.about?.trim() || null,
    complainant,
    receiptNumber,
    linkedCase,
    receivedBy: origin.receivedBy,
    windowId: origin.windowId,
    unitId: origin.unitId,
    hotlineTicket: origin.hotlineTicket,
    departmentId: null,
    departmentName: null,
    scopeKeys: [
      ...(origin.channel === 'window' ? [`user:${origin.receivedBy}`] : []),
      ...(complainant.userId === null ? [] : [`applicant:${complainant.userId}`]),
    ],
    receivedAt: now,
    decideDueAt,
    decidedAt: null,
    answerDueAt: null,
    answeredAt: null,
    closedAt: null,
    rejectionReasons: [],
    reply: null,
    pendingDueAt: decideDueAt,
    updatedAt: now,
  };
  const first: ComplaintEntry = {
    type: 'complaint.received',
    at: now,
    by: origin.receivedBy,
    data: {
      number,
      channel: origin.channel,
      subject: complaint.subject,
      content: complaint.content,
      about: complaint.about,
      complainant: { ...complainant },
      receiptNumber,
      linkedCaseId: linkedCase?.caseId ?? null,
      hotlineTicket: origin.hotlineTicket,
      windowId: origin.windowId,
      decideDueAt,
    },
  };
  return deps.store.createComplaint(complaint, first, []);
}
