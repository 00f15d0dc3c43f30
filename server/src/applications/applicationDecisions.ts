import { ApiError } from '../http/apiError.js';
import type { Organisation } from '../organisation/organisation.js';
import type { SessionUser } from '../services/authService.js';
import type { ApplicationRecord } from '../store/applicationStore.js';
import type { ApprovalItem } from '@govflow/catalog';
import { placeScopeKeys } from './applicationAccess.js';
import {
  handlesItem,
  receivingWindow,
  requireForwardable,
  requireHandlingLevel,
  requireUnit,
} from './applicationRouting.js';
import type { ApplicationSupport } from './applicationSupport.js';
import { forwardDueBy } from './forwardingDelays.js';

/** Forward upward (报送) to a unit above. */
export interface ForwardRequest {
  readonly toUnitId: string;
  readonly note?: string;
}

/** Return for correction (退回补正): materials present but not meeting the standard, with why; notes. */
export interface ReturnRequest {
  readonly rejected?: readonly { readonly materialId: string; readonly reason: string }[];
  readonly notes?: string;
}

/** Refuse to accept (不予受理), with written reasons. */
export interface RefuseRequest {
  readonly reasons: readonly string[];
  readonly legalBasis?: string;
}

/** The decisions on an application short of acceptance: forward, return with a one-time notice, refuse. */
export class ApplicationDecisions {
  constructor(private readonly support: ApplicationSupport) {}

  /** 报送: only upward, never past the item's level; the receiving unit gets its own forwarding limit when below it. */
  async forward(user: SessionUser, id: string, request: ForwardRequest): Promise<ApplicationRecord> {
    const { application, org } = await this.support.loadForAction(user, id, ['pending']);
    const item = await this.itemOf(application);
    const from = requireUnit(org, application.unitId);
    const to = requireUnit(org, request.toUnitId);
    requireForwardable(org, item, from, to);
    const target = { unitId: to.id, windowId: receivingWindow(org, to.id, item)?.id ?? null };
    const at = this.support.now();
    const { forwardingLimitDays: limitDays, calendar } = this.support.deps;
    const forwardBy = handlesItem(to, item)
      ? {}
      : { forwardBy: { ...target, arrivedAt: at, limitDays, dueBy: forwardDueBy(at, limitDays, calendar) } };
    return this.support.commit(application, {
      status: 'pending',
      ...target,
      updatedAt: at,
      scopeKeys: [...placeScopeKeys(org, target), `user:${user.id}`],
      hops: [
        this.support.hop(user, org, 'forwarded', application, {
          to: { ...target, unitName: to.name, windowName: windowName(org, target.windowId) },
          ...forwardBy,
          ...(request.note ? { note: request.note } : {}),
        }),
      ],
    });
  }

  /**
   * 退回补正 with the one-time notice (一次性告知书): everything missing at once — what the checklist still
   * lacks plus the materials the window rejects — issued as a dated intake decision, Art. 32 applied to
   * the arrival of the materials (so a late notice deems the application accepted from then).
   */
  async returnForCorrection(user: SessionUser, id: string, request: ReturnRequest): Promise<ApplicationRecord> {
    const { application, org } = await this.support.loadForAction(user, id, ['pending']);
    const item = await this.itemOf(application);
    requireHandlingLevel(org, item, application.unitId);
    const rejected = request.rejected ?? [];
    const provided = new Set(application.materials.map((m) => m.id));
    const unknown = rejected.filter((r) => !provided.has(r.materialId));
    if (unknown.length > 0) {
      throw new ApiError(400, 'VALIDATION_FAILED', '退回的材料不在申请所附材料中', {
        errors: unknown.map((r) => ({ path: '/rejected', message: `未提交该材料：${r.materialId}` })),
      });
    }
    const rejectedIds = new Set(rejected.map((r) => r.materialId));
    const hops = await this.support.deps.store.listApplicationHops(application.id);
    const lastArrival = hops.findLast((h) => h.action === 'corrected')?.at ?? application.receivedAt;
    const notice = await this.support.deps.cases.intakeDecisions.issueNotice(
      user,
      {
        itemCode: item.code,
        applicantName: application.applicantName,
        formData: { ...application.formData },
        materials: application.materials.filter((m) => !rejectedIds.has(m.id)),
        receivedAt: lastArrival,
      },
      application.id,
    );
    return this.support.commit(application, {
      status: 'returned',
      unitId: application.unitId,
      windowId: application.windowId,
      updatedAt: this.support.now(),
      scopeKeys: [`user:${user.id}`],
      hops: [
        this.support.hop(user, org, 'returned', application, {
          notice: {
            id: notice.id,
            number: notice.number,
            missing: notice.missing,
            noticeText: notice.noticeText,
            deemedAcceptance: notice.deemedAcceptance,
            documentUrl: `/api/intake/decisions/${notice.id}/document`,
          },
          rejected: rejected.map((r) => ({ ...r })),
          ...(request.notes ? { notes: request.notes } : {}),
          repeated: hops.some((h) => h.action === 'returned'),
        }),
      ],
    });
  }

  /** 不予受理 with written reasons, as a dated intake decision (不予受理决定书). */
  async refuse(user: SessionUser, id: string, request: RefuseRequest): Promise<ApplicationRecord> {
    const { application, org } = await this.support.loadForAction(user, id, ['pending', 'returned']);
    const item = await this.itemOf(application);
    requireHandlingLevel(org, item, application.unitId);
    const decision = await this.support.deps.cases.intakeDecisions.refuse(
      user,
      {
        itemCode: item.code,
        applicantName: application.applicantName,
        reasons: request.reasons,
        ...(request.legalBasis === undefined ? {} : { legalBasis: request.legalBasis }),
        formData: { ...application.formData },
        materials: application.materials,
        receivedAt: application.receivedAt,
      },
      application.id,
    );
    return this.support.commit(application, {
      status: 'refused',
      unitId: application.unitId,
      windowId: application.windowId,
      updatedAt: this.support.now(),
      scopeKeys: [`user:${user.id}`],
      hops: [
        this.support.hop(user, org, 'refused', application, {
          decision: {
            id: decision.id,
            number: decision.number,
            reasons: decision.reasons,
            legalBasis: decision.legalBasis,
            documentUrl: `/api/intake/decisions/${decision.id}/document`,
          },
        }),
      ],
    });
  }

  private itemOf(application: ApplicationRecord): Promise<ApprovalItem> {
    return this.support.deps.catalog.getItem(application.itemCode, application.itemVersion);
  }
}

function windowName(org: Organisation, windowId: string | null): string | null {
  return windowId === null ? null : (org.windows.find((w) => w.id === windowId)?.name ?? windowId);
}
