import { formatInstant } from '@govflow/engine';
import type { SessionUser } from '../../services/authService.js';
import type { HotlineKeyRecord } from '../../store/port.js';
import { complaintNotFound, requireWindowStaff } from './complaintAccess.js';
import type { FeedbackDeps } from './complaintDeps.js';
import { receiveComplaint, type ComplaintRequest } from './complaintIntake.js';
import { complainantView, complaintView, type ComplainantView, type ComplaintView } from './complaintViews.js';
import {
  fileHotlineComplaint,
  hotlineView,
  type HotlineAnswer,
  type HotlineComplaintRequest,
  type HotlineComplaintView,
} from './hotlineIntake.js';
import { HotlineKeyService } from './hotlineKeys.js';
import { RateLimiter } from './rateLimiter.js';

/** Public filings per address and per phone number in an hour of real time. */
const PUBLIC_LIMITS = [
  { prefix: 'ip:', limit: 20 },
  { prefix: 'phone:', limit: 3 },
] as const;

/**
 * The three channels a complaint comes in by: the public page (no sign-in, rate-limited per address and
 * phone number), the 12345 hotline's system (its own API keys, idempotent filings) and windows (staff record
 * a complaint made in person).
 */
export class ComplaintFiling {
  readonly hotlineKeys: HotlineKeyService;
  private readonly publicLimiter = new RateLimiter(PUBLIC_LIMITS, 3_600_000);

  constructor(private readonly deps: FeedbackDeps) {
    this.hotlineKeys = new HotlineKeyService(deps.store, deps.clock);
  }

  /** A complaint made in person, recorded by window staff. */
  async fileAtWindow(user: SessionUser, request: ComplaintRequest): Promise<ComplaintView> {
    requireWindowStaff(user);
    const record = await receiveComplaint(this.deps, request, {
      channel: 'window',
      receivedBy: user.id,
      complainantUserId: null,
      windowId: user.windowId,
      unitId: user.unitId,
      hotlineTicket: null,
    });
    return complaintView(record, this.now());
  }

  /** A complaint from the public page; a signed-in applicant's is theirs to follow. */
  async filePublic(
    user: SessionUser | undefined,
    request: ComplaintRequest,
    clientAddress: string,
  ): Promise<ComplainantView> {
    const keys = [`ip:${clientAddress}`, `phone:${request.complainant.phone.trim()}`];
    this.publicLimiter.take(keys, '投诉提交过于频繁');
    const record = await receiveComplaint(this.deps, request, {
      channel: 'public',
      receivedBy: 'public',
      complainantUserId: user?.role === 'applicant' ? user.id : null,
      windowId: null,
      unitId: null,
      hotlineTicket: null,
    });
    return complainantView(record);
  }

  /** A complaint filed by the 12345 system (authenticated by `hotlineKeys.authenticate`). */
  fileHotline(
    system: HotlineKeyRecord,
    idempotencyKey: string,
    request: HotlineComplaintRequest,
  ): Promise<HotlineAnswer> {
    const { ticket, ...complaint } = request;
    return fileHotlineComplaint(this.deps.store, system, idempotencyKey, request, () =>
      receiveComplaint(this.deps, complaint, {
        channel: 'hotline',
        receivedBy: `hotline:${system.id}`,
        complainantUserId: null,
        windowId: null,
        unitId: null,
        hotlineTicket: ticket.trim(),
      }),
    );
  }

  /** Where a hotline complaint stands, for the hotline's system; 404 for any other complaint. */
  async hotlineStatus(id: string): Promise<HotlineComplaintView> {
    const record = await this.deps.store.getComplaint(id);
    if (!record || record.channel !== 'hotline') throw complaintNotFound(id);
    return hotlineView(record);
  }

  private now(): string {
    return formatInstant(this.deps.clock.now());
  }
}
