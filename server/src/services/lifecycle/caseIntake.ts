import { createHash, randomUUID } from 'node:crypto';
import {
  canonicalJson,
  checkCompleteness,
  DEFAULT_CATALOG_SETTINGS,
  type ApprovalItem,
  type ProvidedMaterial,
} from '@govflow/catalog';
import { startCase, type WorkingCalendar } from '@govflow/engine';
import { createFormValidator } from '@govflow/forms';
import type { Clock } from '../../clock.js';
import type { CaseEventBus } from '../../events/caseEventBus.js';
import { ApiError } from '../../http/apiError.js';
import { notificationsFor } from '../../notifications/notificationsFor.js';
import type { CaseRecord, Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';
import type { CatalogService } from '../catalogService.js';
import { requireCaseWorker } from './rolePolicy.js';
import { appendServerEvents } from './serverEvents.js';

/** What a window clerk submits at intake (收件). */
export interface IntakeRequest {
  readonly itemCode: string;
  readonly formData: Record<string, unknown>;
  /** The materials received: ids, or ids with the original and copy counts and the form. */
  readonly materials: readonly (string | ProvidedMaterial)[];
  readonly applicantName: string;
}

/**
 * Intake and acceptance (收件 → 受理): the form must be valid and every required material present,
 * else nothing is stored (400 every invalid field; 422 everything missing at once, 一次性告知).
 * The case is created with the engine's first events and the intake record (`case.received`: who
 * received which materials, the form's digest) in one atomic write.
 */
export class CaseIntake {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
    private readonly bus: CaseEventBus,
  ) {}

  /** Accepts the application and starts the case and its clock. */
  async accept(user: SessionUser, request: IntakeRequest): Promise<CaseRecord> {
    requireCaseWorker(user);
    const item = await this.catalog.getItem(request.itemCode);
    requireAcceptable(item, request);
    const model = await this.catalog.model(item);
    const id = randomUUID();
    const started = startCase(model, {
      caseId: id,
      actor: { id: user.id },
      now: this.clock.now(),
      calendar: this.calendar,
      variables: { ...request.formData },
      limits: {
        promisedDays: item.promisedDays,
        statutoryDays: item.statutoryDays,
        unit: item.timeUnit,
        ...(item.thresholds ?? {}),
        ...(item.caseKind === '联办件' ? { extensionLimitDays: DEFAULT_CATALOG_SETTINGS.jointExtensionDays } : {}),
      },
    });
    const receiptNumber = await this.store.nextReceiptNumber(started.state.startedAt.slice(0, 10));
    const materials = request.materials.map((m) => (typeof m === 'string' ? { id: m } : m));
    const { state, events } = appendServerEvents(
      started.state,
      [{ type: 'case.received', by: user.id, data: intakeRecord(receiptNumber, request, materials) }],
      started.state.startedAt,
    );
    const allEvents = [...started.events, ...events];
    const created = await this.store.createCase(
      {
        id,
        receiptNumber,
        itemCode: item.code,
        itemVersion: item.version,
        state,
        formData: request.formData,
        materials,
        applicantName: request.applicantName,
        createdBy: user.id,
        createdAt: state.startedAt,
      },
      allEvents,
      notificationsFor(allEvents, { ...request, receiptNumber, itemName: item.name }),
    );
    this.bus.publish(created.id, created.itemCode, allEvents);
    return created;
  }
}

/** The digest of form data as received, so the stored form can be checked against the evidence chain. */
export function formDigest(formData: Readonly<Record<string, unknown>>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(formData)).digest('hex')}`;
}

function requireAcceptable(item: ApprovalItem, request: IntakeRequest): void {
  const form = createFormValidator(item.form.schema).validate(request.formData);
  if (!form.valid) throw new ApiError(400, 'FORM_INVALID', '申请表填写有误', { errors: form.errors });
  const completeness = checkCompleteness(item, request.formData, request.materials);
  if (!completeness.complete) {
    const names = completeness.missing.map((m) => m.name).join('、');
    throw new ApiError(422, 'MATERIALS_MISSING', `申请材料不齐全，不能受理。还需提交：${names}`, {
      missing: completeness.missing,
      notice: completeness.notice,
      issueNoticeAt: '/api/intake/notices',
    });
  }
}

function intakeRecord(
  receiptNumber: string,
  request: IntakeRequest,
  materials: readonly ProvidedMaterial[],
): Record<string, unknown> {
  return {
    receiptNumber,
    applicantName: request.applicantName,
    materials: materials.map((m) => ({ ...m })),
    formDigest: formDigest(request.formData),
  };
}
