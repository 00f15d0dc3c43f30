import { checkCompleteness, type ApprovalItem, type ProvidedMaterial } from '@govflow/catalog';
import { formatInstant, toEpochMs, type WorkingCalendar } from '@govflow/engine';
import { createFormValidator, formCacheKey } from '@govflow/forms';
import type { Clock } from '../clock.js';
import { requireKnownFiles, type MaterialWithFiles } from '../files/materialFiles.js';
import { ApiError, notFound } from '../http/apiError.js';
import type { Organisation } from '../organisation/organisation.js';
import type { OrganisationService } from '../organisation/organisationService.js';
import type { SessionUser } from '../services/authService.js';
import type { CaseService } from '../services/caseService.js';
import type { CatalogService } from '../services/catalogService.js';
import {
  ApplicationConflictError,
  type ApplicationChange,
  type ApplicationHopInput,
  type ApplicationRecord,
  type HopAction,
} from '../store/applicationStore.js';
import type { Store } from '../store/port.js';
import { canReadApplication } from './applicationAccess.js';
import { mayActAt, requireActingRole } from './applicationActors.js';
import { placeNames, STATUS_NAMES } from './applicationNames.js';
import type { Place } from './applicationRouting.js';

/** What the application services are built from. */
export interface ApplicationDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly calendar: WorkingCalendar;
  readonly catalog: CatalogService;
  readonly organisation: OrganisationService;
  /** Intake (acceptance starts the case), one-time notices and refusals. */
  readonly cases: CaseService;
  /** Working days a lower level has to forward an application (default 1). */
  readonly forwardingLimitDays: number;
}

/** The shared steps of every command on an application: load and check, record a hop, commit. */
export class ApplicationSupport {
  constructor(readonly deps: ApplicationDeps) {}

  /** The current instant, China time. */
  now(): string {
    return formatInstant(this.deps.clock.now());
  }

  /** The application if the user may read it, else the same 404 as for one that does not exist. */
  async load(user: SessionUser, id: string): Promise<{ application: ApplicationRecord; org: Organisation }> {
    const application = await this.deps.store.getApplication(id);
    const org = await this.deps.organisation.get();
    if (!application || !canReadApplication(user, application, org)) throw notFound('申请', id);
    return { application, org };
  }

  /**
   * The application for a decision at its current place: readable (else 404), in one of the statuses
   * (else 409 APPLICATION_STATE) and the user acts for the place (else 403 NOT_APPLICATION_HANDLER).
   */
  async loadForAction(user: SessionUser, id: string, statuses: readonly ApplicationRecord['status'][]) {
    requireActingRole(user);
    const loaded = await this.load(user, id);
    const { application, org } = loaded;
    if (!statuses.includes(application.status)) {
      throw new ApiError(
        409,
        'APPLICATION_STATE',
        `申请当前状态为「${STATUS_NAMES[application.status]}」，不能办理此操作`,
        {
          status: application.status,
        },
      );
    }
    if (!mayActAt(user, org, application)) {
      throw new ApiError(403, 'NOT_APPLICATION_HANDLER', '申请不在您所在的窗口，不能办理', {
        unitId: application.unitId,
        windowId: application.windowId,
      });
    }
    return loaded;
  }

  /** A hop by the user at a place, with the names that make the path readable as evidence. */
  hop(user: SessionUser, org: Organisation, action: HopAction, place: Place, data: Record<string, unknown> = {}) {
    const hop: ApplicationHopInput = {
      action,
      at: this.now(),
      by: user.id,
      unitId: place.unitId,
      windowId: place.windowId,
      data: { byName: user.displayName, ...placeNames(org, place), ...data },
    };
    return hop;
  }

  /** Commits at the application's version; a lost race is 409 APPLICATION_CONFLICT. */
  async commit(application: ApplicationRecord, change: ApplicationChange): Promise<ApplicationRecord> {
    try {
      return await this.deps.store.commitApplication(application.id, application.version, change);
    } catch (error) {
      if (error instanceof ApplicationConflictError)
        throw new ApiError(409, error.code, error.message, { id: error.applicationId });
      throw error;
    }
  }

  /** 400 FORM_INVALID listing every invalid field, unless the form data is valid for the item. */
  requireValidForm(item: ApprovalItem, formData: Readonly<Record<string, unknown>>): void {
    const validator = createFormValidator(item.form.schema, { cacheKey: formCacheKey(item.code, item.version) });
    const form = validator.validate(formData, { now: this.deps.clock.now() });
    if (!form.valid) throw new ApiError(400, 'FORM_INVALID', '申请表填写有误', { errors: form.errors });
  }

  /** 422 MATERIALS_MISSING listing everything missing at once, unless the materials are complete. */
  requireComplete(
    item: ApprovalItem,
    formData: Readonly<Record<string, unknown>>,
    materials: readonly ProvidedMaterial[],
  ) {
    const completeness = checkCompleteness(item, formData, materials);
    if (completeness.complete) return;
    const names = completeness.missing.map((m) => m.name).join('、');
    throw new ApiError(422, 'MATERIALS_MISSING', `申请材料不齐全，还需提交：${names}`, {
      missing: completeness.missing,
      notice: completeness.notice,
    });
  }

  /**
   * The files the materials reference must have been uploaded (422 FILE_UNKNOWN); an applicant may
   * reference only files they uploaded themselves.
   */
  async requireFiles(user: SessionUser, materials: readonly MaterialWithFiles[]): Promise<void> {
    const hashes = await requireKnownFiles(this.deps.store, materials);
    if (user.role !== 'applicant') return;
    const foreign: string[] = [];
    for (const sha256 of hashes) {
      const uploads = await this.deps.store.listFileUploads(sha256);
      if (!uploads.some((u) => u.uploadedBy === user.id)) foreign.push(sha256);
    }
    if (foreign.length > 0) {
      throw new ApiError(422, 'FILE_UNKNOWN', `材料引用了未上传的文件（${foreign.length} 个），请先上传`, {
        unknown: foreign,
      });
    }
  }

  /** When the materials arrived: the stated instant (not after now; 422 RECEIVED_AT_INVALID), else now. */
  receivedAt(stated: string | undefined): string {
    const now = this.deps.clock.now().getTime();
    if (stated === undefined) return formatInstant(now);
    const at = toEpochMs(stated);
    if (at > now)
      throw new ApiError(422, 'RECEIVED_AT_INVALID', '收到材料的时间不能晚于当前时间', { receivedAt: stated });
    return formatInstant(at);
  }
}
