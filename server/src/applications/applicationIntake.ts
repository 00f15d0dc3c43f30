import { randomUUID } from 'node:crypto';
import { checkCompleteness, type ApprovalItem, type Completeness } from '@govflow/catalog';
import { chinaDayNumber, formatChinaDate } from '@govflow/engine';
import type { MaterialWithFiles } from '../files/materialFiles.js';
import { ApiError } from '../http/apiError.js';
import type { Organisation, OrgUnit } from '../organisation/organisation.js';
import type { SessionUser } from '../services/authService.js';
import type { ApplicationRecord } from '../store/applicationStore.js';
import { placeScopeKeys } from './applicationAccess.js';
import { requireActingRole } from './applicationActors.js';
import {
  handlesItem,
  onlineUnit,
  receivingWindow,
  requireReceivable,
  requireUnit,
  type Place,
} from './applicationRouting.js';
import { materialObjects } from './applicationNames.js';
import type { ApplicationSupport } from './applicationSupport.js';
import { forwardDueBy } from './forwardingDelays.js';

/** What a window or village room registers (收件登记): the application as brought in. */
export interface RegisterRequest {
  readonly itemCode: string;
  readonly formData: Record<string, unknown>;
  readonly materials: readonly (string | MaterialWithFiles)[];
  readonly applicantName: string;
  /** When the materials arrived (default: now; never later). */
  readonly receivedAt?: string;
  readonly note?: string;
}

/** What a registered applicant submits online (网上申请). */
export interface OnlineRequest {
  readonly itemCode: string;
  readonly formData: Record<string, unknown>;
  readonly materials: readonly (string | MaterialWithFiles)[];
  /** The unit of the item's level to apply to; needed when there is more than one (e.g. which street). */
  readonly unitId?: string;
}

/** A registered application and what it still lacks (the window decides; nothing is refused here). */
export interface Registered {
  readonly application: ApplicationRecord;
  readonly completeness: Completeness;
}

/** Receiving applications: registration at a window or village room, online submission. */
export class ApplicationIntake {
  constructor(private readonly support: ApplicationSupport) {}

  /** 收件登记 at the user's own unit and window; below the item's level it must then be forwarded in time. */
  async register(user: SessionUser, request: RegisterRequest): Promise<Registered> {
    requireActingRole(user);
    const { catalog, organisation } = this.support.deps;
    const item = await catalog.getItem(request.itemCode);
    const org = await organisation.get();
    if (user.unitId === null) throw new ApiError(403, 'FORBIDDEN', '您不属于任何单位，不能收件', { role: user.role });
    const unit = requireUnit(org, user.unitId);
    requireReceivable(org, unit, item);
    this.support.requireValidForm(item, request.formData);
    const materials = materialObjects(request.materials);
    await this.support.requireFiles(user, materials);
    const receivedAt = this.support.receivedAt(request.receivedAt);
    const place = { unitId: unit.id, windowId: user.windowId ?? receivingWindow(org, unit.id, item)?.id ?? null };
    const hop = this.support.hop(user, org, 'registered', place, {
      ...this.forwardBy(item, unit, place, receivedAt),
      receivedAt,
      ...(request.note ? { note: request.note } : {}),
    });
    const application = await this.create(user, org, item, place, {
      channel: 'window',
      formData: request.formData,
      materials,
      applicantName: request.applicantName,
      applicantId: null,
      receivedAt,
      extraKeys: [],
      hop,
    });
    return { application, completeness: checkCompleteness(item, request.formData, materials) };
  }

  /** 网上申请: form valid, materials complete by the checklist, files the applicant's own; to the window of the item's level. */
  async submit(user: SessionUser, request: OnlineRequest): Promise<ApplicationRecord> {
    if (user.role !== 'applicant')
      throw new ApiError(403, 'FORBIDDEN', '网上申请须以申请人账号登录', { role: user.role });
    const { catalog, organisation } = this.support.deps;
    const item = await catalog.getItem(request.itemCode);
    if (item.service.onlineDepth < 2) {
      throw new ApiError(422, 'ONLINE_NOT_OFFERED', `「${item.name}」不能网上申请，请到窗口办理`, {
        itemCode: item.code,
      });
    }
    const org = await organisation.get();
    const unit = onlineUnit(org, item, request.unitId);
    this.support.requireValidForm(item, request.formData);
    const materials = materialObjects(request.materials);
    this.support.requireComplete(item, request.formData, materials);
    await this.support.requireFiles(user, materials);
    const place = { unitId: unit.id, windowId: receivingWindow(org, unit.id, item)?.id ?? null };
    const receivedAt = this.support.now();
    return this.create(user, org, item, place, {
      channel: 'online',
      formData: request.formData,
      materials,
      applicantName: user.displayName,
      applicantId: user.id,
      receivedAt,
      extraKeys: [`applicant:${user.id}`],
      hop: this.support.hop(user, org, 'submitted', place, { receivedAt }),
    });
  }

  /** The forwarding limit when the unit is below the item's level (it must pass the application on). */
  private forwardBy(item: ApprovalItem, unit: OrgUnit, place: Place, arrivedAt: string) {
    if (handlesItem(unit, item)) return {};
    const { forwardingLimitDays: limitDays, calendar } = this.support.deps;
    return { forwardBy: { ...place, arrivedAt, limitDays, dueBy: forwardDueBy(arrivedAt, limitDays, calendar) } };
  }

  private async create(
    user: SessionUser,
    org: Organisation,
    item: ApprovalItem,
    place: Place,
    fields: Pick<
      ApplicationRecord,
      'channel' | 'formData' | 'materials' | 'applicantName' | 'applicantId' | 'receivedAt'
    > & {
      readonly extraKeys: readonly string[];
      readonly hop: ReturnType<ApplicationSupport['hop']>;
    },
  ): Promise<ApplicationRecord> {
    const { store, clock } = this.support.deps;
    const now = this.support.now();
    const number = await store.nextDocumentNumber('SQ', formatChinaDate(chinaDayNumber(clock.now())));
    const { extraKeys, hop, ...record } = fields;
    return store.createApplication(
      {
        ...record,
        id: randomUUID(),
        number,
        itemCode: item.code,
        itemVersion: item.version,
        status: 'pending',
        ...place,
        caseId: null,
        receiptNumber: null,
        scopeKeys: [...placeScopeKeys(org, place), `user:${user.id}`, ...extraKeys],
        createdBy: user.id,
        createdAt: now,
        updatedAt: now,
      },
      [hop],
    );
  }
}
