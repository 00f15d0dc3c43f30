import { createHash, randomUUID } from 'node:crypto';
import {
  canonicalJson,
  checkCompleteness,
  DEFAULT_CATALOG_SETTINGS,
  type ApprovalItem,
  type ProvidedMaterial,
} from '@govflow/catalog';
import { formatInstant, type WorkingCalendar } from '@govflow/engine';
import { createFormValidator } from '@govflow/forms';
import type { Clock } from '../../clock.js';
import type { CaseEventBus } from '../../events/caseEventBus.js';
import { requireKnownFiles } from '../../files/materialFiles.js';
import { ApiError } from '../../http/apiError.js';
import { notificationsFor } from '../../notifications/notificationsFor.js';
import type { OrganisationService } from '../../organisation/organisationService.js';
import type { Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';
import type { CatalogService } from '../catalogService.js';
import { requireCaseWorker } from './rolePolicy.js';
import { materialsReceivedAt } from '../../supervision/signals/intakeFacts.js';
import { signalLimitsFor } from '../../supervision/signals/signalLimits.js';
import { appendServerEvents } from './serverEvents.js';
import type { AcceptedCase, IntakeOrigin } from '../../applications/intakeOrigin.js';
import { startAcceptedCase } from '../../applications/legalAcceptance.js';
import { newProgressCode } from '../../publicPortal/progressCodes.js';

/** What a window clerk submits at intake (收件). */
export interface IntakeRequest {
  readonly itemCode: string;
  readonly formData: Record<string, unknown>;
  /** The materials received: ids, or ids with the original and copy counts and the form. */
  readonly materials: readonly (string | ProvidedMaterial)[];
  readonly applicantName: string;
  /** When the materials arrived at the window (default: at acceptance); supervision flags a late entry. */
  readonly receivedAt?: string;
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
    private readonly organisation: OrganisationService,
  ) {}

  /**
   * Accepts the application and starts the case and its clock; with an `origin`, an application accepted
   * at the end of its path (dated as Art. 32 says, keeping the path). Issues the progress-query code.
   */
  async accept(user: SessionUser, request: IntakeRequest, origin?: IntakeOrigin): Promise<AcceptedCase> {
    requireCaseWorker(user);
    const item = await this.catalog.getItem(request.itemCode);
    requireAcceptable(item, request);
    const files = await requireKnownFiles(this.store, request.materials);
    const arrival = materialsReceivedAt(request.receivedAt, this.clock.now());
    const model = await this.catalog.model(item);
    const id = origin?.caseId ?? randomUUID();
    const started = startAcceptedCase(
      model,
      {
        caseId: id,
        actor: { id: user.id },
        now: origin?.legal.acceptedAt ?? this.clock.now(),
        calendar: this.calendar,
        ...(origin?.applicantId === undefined ? {} : { applicantId: origin.applicantId }),
        variables: { ...request.formData },
        limits: {
          promisedDays: item.promisedDays,
          statutoryDays: item.statutoryDays,
          unit: item.timeUnit,
          ...(item.thresholds ?? {}),
          ...(item.caseKind === '联办件' ? { extensionLimitDays: DEFAULT_CATALOG_SETTINGS.jointExtensionDays } : {}),
          ...(await signalLimitsFor(this.store, item)),
        },
      },
      origin?.legal.stops,
    );
    // A deemed acceptance (Art. 32) starts in the past; the intake record and the receipt are dated when recorded.
    const recordedAt =
      origin?.legal.acceptedAt === undefined ? started.state.startedAt : formatInstant(this.clock.now());
    const receiptNumber = origin?.receiptNumber ?? (await this.store.nextReceiptNumber(recordedAt.slice(0, 10)));
    const materials = request.materials.map((m) => (typeof m === 'string' ? { id: m } : m));
    const { state, events } = appendServerEvents(
      started.state,
      [
        {
          type: 'case.received',
          by: user.id,
          data: { ...intakeRecord(receiptNumber, request, materials), ...arrival, ...origin?.intakeFacts },
        },
      ],
      recordedAt,
    );
    const allEvents = [...started.events, ...events];
    const unitId = origin?.place.unitId ?? user.unitId ?? (await this.organisation.defaultUnit(item.level));
    const windowId = origin ? origin.place.windowId : user.windowId;
    const scope = { unitId, windowId, itemDepartment: item.department, state, events: allEvents };
    const progress = newProgressCode();
    await this.store.saveProgressCode({ receiptNumber, caseId: id, codeHash: progress.hash, issuedAt: recordedAt });
    // Before the case, so a case never exists without the references that let its readers open its files.
    await this.store.saveFileReferences(id, files);
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
        createdAt: recordedAt,
        unitId,
        windowId,
        scopeKeys: [...(await this.organisation.scopeKeysOf(scope)), ...(origin?.scopeKeys ?? [])],
      },
      allEvents,
      notificationsFor(allEvents, {
        ...request,
        receiptNumber,
        itemName: item.name,
        verificationCode: progress.code,
      }).filter((message) => !origin?.legal.stops.length || toldAtAcceptance(message.template)),
    );
    this.bus.publish(created.id, created.itemCode, allEvents);
    return { ...created, verificationCode: progress.code };
  }
}

/** Replayed supplement stops of a deemed acceptance were told to the applicant when they happened: not again. */
function toldAtAcceptance(template: string): boolean {
  return template !== 'clock.stopped' && template !== 'clock.resumed';
}

/** The digest of form data as received, so the stored form can be checked against the evidence chain. */
export function formDigest(formData: Readonly<Record<string, unknown>>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(formData)).digest('hex')}`;
}

function requireAcceptable(item: ApprovalItem, request: IntakeRequest): void {
  // Keyed by the schema's text: the item is parsed afresh per request, yet each distinct form compiles once.
  const form = createFormValidator(item.form.schema, { cacheKey: JSON.stringify(item.form.schema) }).validate(
    request.formData,
  );
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
