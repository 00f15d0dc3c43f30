import type { SessionUser } from '../services/authService.js';
import type { ApprovalItem } from '@govflow/catalog';
import { CLOCK_STOP_KINDS } from '@govflow/engine';
import { ApiError } from '../http/apiError.js';
import type { CatalogService } from '../services/catalogService.js';
import type { IntakeDecisionService } from '../services/intake/intakeDecisionService.js';
import type { IntakeDecision } from '../services/intake/intakeDecisions.js';
import { loadCase } from '../services/lifecycle/loadCase.js';
import type { CaseRecord, Store } from '../store/port.js';
import { renderAcceptanceNotice } from './acceptanceNotice.js';
import { normaliseProgressCode, progressCodeMatches } from '../publicPortal/progressCodes.js';
import { renderOneTimeNotice } from './oneTimeNotice.js';
import { renderRefusalDecision } from './refusalDecision.js';
import { renderSpecialProcedureNotice } from './specialProcedureNotice.js';

/** The written documents (文书) of cases and intake decisions, as printable HTML. */
export class DocumentService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly decisions: IntakeDecisionService,
  ) {}

  /**
   * 受理通知书 of an accepted case; a `verificationCode` (the progress-query code just issued) is printed
   * when it matches the stored hash.
   */
  async acceptanceNotice(reader: SessionUser, caseId: string, verificationCode?: string): Promise<string> {
    const record = await loadCase(this.store, caseId, reader);
    const code = verificationCode === undefined ? undefined : await this.store.findProgressCode(record.receiptNumber);
    const printed = code && verificationCode && progressCodeMatches(verificationCode, code.codeHash);
    const acceptance = await this.acceptanceFacts(record);
    const item = await this.itemOf(record);
    const names = new Map(item.materials.map((m) => [m.id, m.name]));
    const { clock } = record.state;
    return renderAcceptanceNotice({
      receiptNumber: record.receiptNumber,
      itemCode: item.code,
      itemName: item.name,
      licensing: item.type === '行政许可',
      agency: item.agency,
      applicantName: record.applicantName,
      acceptedAt: clock.acceptedAt,
      promisedDays: clock.promisedDays,
      statutoryDays: clock.statutoryDays,
      timeUnit: clock.unit,
      promisedDueAt: acceptance.promisedDueAt,
      ...(printed ? { verificationCode: normaliseProgressCode(verificationCode) } : {}),
      ...(acceptance.deemed ? { deemed: acceptance.deemed } : {}),
      window: item.service.place,
      hours: item.service.hours,
      phone: item.service.phone,
      complaintPhone: item.service.complaintPhone,
      clerkName: await this.userName(record.createdBy),
      materials: record.materials.map((m) => ({
        name: names.get(m.id) ?? m.id,
        ...(m.originals === undefined ? {} : { originals: m.originals }),
        ...(m.copies === undefined ? {} : { copies: m.copies }),
      })),
    });
  }

  /** 特别程序告知书 of a clock stop: the given one (1-based) or the latest special procedure. */
  async specialProcedureNotice(reader: SessionUser, caseId: string, stopNumber?: number): Promise<string> {
    const record = await loadCase(this.store, caseId, reader);
    const stops = record.state.clock.stops;
    const index =
      stopNumber === undefined ? stops.findLastIndex((s) => s.kind !== 'supplement') : Math.trunc(stopNumber) - 1;
    const stop = stops[index];
    if (!stop) throw new ApiError(404, 'DOCUMENT_NOT_AVAILABLE', '本案没有可告知的特别程序', { caseId, stopNumber });
    if (stop.kind === 'supplement') {
      throw new ApiError(409, 'DOCUMENT_NOT_APPLICABLE', '补正材料不属于特别程序，不出具特别程序告知书', {
        stopNumber,
      });
    }
    const item = await this.itemOf(record);
    return renderSpecialProcedureNotice({
      receiptNumber: record.receiptNumber,
      stopNumber: index + 1,
      itemCode: item.code,
      itemName: item.name,
      agency: item.agency,
      applicantName: record.applicantName,
      kindLabel: (CLOCK_STOP_KINDS as Record<string, string>)[stop.kind] ?? stop.kind,
      reason: stop.reason ?? '',
      basis: stop.basis ?? null,
      expectedDays: stop.expectedDays ?? null,
      from: stop.from,
      to: stop.to ?? null,
      phone: item.service.phone,
    });
  }

  /** 一次性告知书 or 不予受理决定书 of an intake decision. */
  async intakeDecision(reader: SessionUser, id: string): Promise<string> {
    const decision = await this.decisions.get(reader, id);
    const item = await this.catalog.getItem(decision.itemCode, decision.itemVersion);
    return decision.kind === 'refusal' ? refusal(decision, item) : notice(decision, item);
  }

  private itemOf(record: CaseRecord): Promise<ApprovalItem> {
    return this.catalog.getItem(record.itemCode, record.itemVersion);
  }

  /**
   * The promise as made at acceptance (before later clock stops or an extension moved it): the chain's
   * `clock.started`, or the last resumption recorded with the intake record (a deemed acceptance replays
   * its supplement stops); and the Art. 32 facts of a deemed acceptance.
   */
  private async acceptanceFacts(record: CaseRecord) {
    const events = await this.store.listEvents(record.id);
    const received = events.find((e) => String(e.type) === 'case.received');
    // Without an intake record (older cases), the chain's `clock.started` alone.
    const promise = events.findLast(
      (e) => e.type === 'clock.started' || (e.type === 'clock.resumed' && e.seq < (received?.seq ?? 0)),
    );
    const due = promise?.data['promisedDueAt'];
    const legal = received?.data['legalAcceptance'] as { deemed?: boolean; notice?: { number?: string } } | undefined;
    return {
      promisedDueAt: typeof due === 'string' ? due : record.state.clock.promisedDueAt,
      deemed:
        legal?.deemed === true && received
          ? { noticeNumber: String(legal.notice?.number ?? ''), recordedAt: received.at }
          : undefined,
    };
  }

  private async userName(id: string): Promise<string> {
    return (await this.store.findUser(id))?.displayName ?? id;
  }
}

function notice(decision: Extract<IntakeDecision, { kind: 'one-time-notice' }>, item: ApprovalItem): string {
  const required = new Map(item.materials.map((m) => [m.id, m]));
  return renderOneTimeNotice({
    number: decision.number,
    itemCode: decision.itemCode,
    itemName: decision.itemName,
    agency: decision.agency,
    applicantName: decision.applicantName,
    receivedAt: decision.receivedAt,
    issuedAt: decision.decidedAt,
    missing: decision.missing.map((m) => ({
      name: m.name,
      need: m.need,
      originals: required.get(m.id)?.originals ?? 0,
      copies: required.get(m.id)?.copies ?? 0,
    })),
    window: item.service.place,
    phone: item.service.phone,
    clerkName: decision.decidedByName,
    deemedAcceptedOn: decision.deemedAcceptance.acceptedOn,
  });
}

function refusal(decision: Extract<IntakeDecision, { kind: 'refusal' }>, item: ApprovalItem): string {
  return renderRefusalDecision({
    number: decision.number,
    itemCode: decision.itemCode,
    itemName: decision.itemName,
    agency: decision.agency,
    applicantName: decision.applicantName,
    receivedAt: decision.receivedAt,
    decidedAt: decision.decidedAt,
    reasons: decision.reasons,
    legalBasis: decision.legalBasis,
    phone: item.service.phone,
    clerkName: decision.decidedByName,
  });
}
