import { randomUUID } from 'node:crypto';
import { checkCompleteness, type ApprovalItem, type ProvidedMaterial } from '@govflow/catalog';
import { chinaDayNumber, formatChinaDate, formatInstant, toEpochMs, type WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../../clock.js';
import { ApiError, notFound } from '../../http/apiError.js';
import type { SessionUser } from '../authService.js';
import type { CatalogService } from '../catalogService.js';
import { requireCaseWorker } from '../lifecycle/rolePolicy.js';
import { deemedAcceptance } from './deemedAcceptance.js';
import { readableDecisions, type ApplicationReadCheck } from './intakeDecisionAccess.js';
import type {
  IntakeDecision,
  IntakeDecisionRepository,
  OneTimeNoticeDecision,
  RefusalDecision,
} from './intakeDecisions.js';

/** The error of a refusal without a written reason: the same from the request schemas and from the service. */
export const REFUSAL_REASONS_REQUIRED = {
  code: 'REFUSAL_REASONS_REQUIRED',
  message: '不予受理须写明理由（至少一条）',
} as const;

/** The legal basis of a refusal to accept when the clerk names none. */
export const DEFAULT_REFUSAL_BASIS = '《中华人民共和国行政许可法》第三十二条第一款';

/** The application as received, for a one-time notice. */
export interface NoticeRequest {
  readonly itemCode: string;
  readonly applicantName: string;
  readonly formData: Record<string, unknown>;
  readonly materials: readonly (string | ProvidedMaterial)[];
  /** When the materials arrived (default: now); the Art. 32 five working days count from here. */
  readonly receivedAt?: string;
}

/** A refusal to accept: the application and the written reasons. */
export interface RefusalRequest {
  readonly itemCode: string;
  readonly applicantName: string;
  readonly reasons: readonly string[];
  readonly legalBasis?: string;
  readonly formData?: Record<string, unknown>;
  readonly materials?: readonly (string | ProvidedMaterial)[];
  readonly receivedAt?: string;
}

/**
 * Intake decisions other than acceptance, each a dated written record: the one-time notice (补正告知,
 * with the Art. 32 deemed-acceptance rule applied when it is issued) and the refusal to accept (不予受理,
 * reasons required). No engine case exists for either: a case starts only on acceptance. A decision issued on an
 * application (`applicationId`) is also read by whoever may read that application (`applicationReadable`).
 */
export class IntakeDecisionService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
    private readonly decisions: IntakeDecisionRepository,
    private readonly applicationReadable?: ApplicationReadCheck,
  ) {}

  /**
   * Issues the one-time notice listing every missing material; 409 when nothing is missing. `applicationId`: the
   * application it is issued on, whose readers read it too.
   */
  async issueNotice(user: SessionUser, request: NoticeRequest, applicationId?: string): Promise<OneTimeNoticeDecision> {
    requireCaseWorker(user);
    const item = await this.catalog.getItem(request.itemCode);
    const completeness = checkCompleteness(item, request.formData, request.materials);
    if (completeness.complete) {
      throw new ApiError(409, 'MATERIALS_COMPLETE', '申请材料齐全，应当受理，无需出具一次性告知书', {
        itemCode: item.code,
      });
    }
    const base = await this.base(user, item, request, 'BZ', applicationId);
    const decision: OneTimeNoticeDecision = {
      ...base,
      kind: 'one-time-notice',
      missing: completeness.missing,
      noticeText: completeness.notice,
      deemedAcceptance: deemedAcceptance({
        receivedAt: base.receivedAt,
        noticeGivenAt: base.decidedAt,
        calendar: this.calendar,
      }),
    };
    await this.decisions.save(decision);
    return decision;
  }

  /** Refuses to accept, with at least one written reason; `applicationId` as for `issueNotice`. */
  async refuse(user: SessionUser, request: RefusalRequest, applicationId?: string): Promise<RefusalDecision> {
    requireCaseWorker(user);
    const reasons = request.reasons.map((r) => r.trim()).filter((r) => r !== '');
    if (reasons.length === 0) {
      const { code, message } = REFUSAL_REASONS_REQUIRED;
      throw new ApiError(400, code, message, {
        field: 'reasons',
        errors: [{ path: '/reasons', keyword: 'minItems', message }],
      });
    }
    const item = await this.catalog.getItem(request.itemCode);
    const base = await this.base(user, item, request, 'BSL', applicationId);
    const decision: RefusalDecision = {
      ...base,
      kind: 'refusal',
      reasons,
      legalBasis: request.legalBasis?.trim() || DEFAULT_REFUSAL_BASIS,
    };
    await this.decisions.save(decision);
    return decision;
  }

  /** One decision the reader may see (see `readableDecisions`), or the same 404 as for one that does not exist. */
  async get(reader: SessionUser, id: string): Promise<IntakeDecision> {
    const decision = await this.decisions.get(id);
    const [readable] = decision ? await readableDecisions(reader, [decision], this.applicationReadable) : [];
    if (!readable) throw notFound('受理决定', id);
    return readable;
  }

  /** The most recent decisions the reader may see. */
  async list(reader: SessionUser, limit = 100): Promise<readonly IntakeDecision[]> {
    const all = await this.decisions.list(
      reader.role === 'administrator' || reader.role === 'supervisor' ? limit : 2000,
    );
    return readableDecisions(reader, all, this.applicationReadable, limit);
  }

  private async base(
    user: SessionUser,
    item: ApprovalItem,
    request: NoticeRequest | RefusalRequest,
    prefix: string,
    applicationId: string | undefined,
  ): Promise<Omit<IntakeDecision, 'kind' | 'missing' | 'noticeText' | 'deemedAcceptance' | 'reasons' | 'legalBasis'>> {
    const now = this.clock.now().getTime();
    const received = request.receivedAt === undefined ? now : toEpochMs(request.receivedAt);
    if (received > now) {
      throw new ApiError(422, 'RECEIVED_AT_INVALID', '收到材料的时间不能晚于当前时间', {
        receivedAt: request.receivedAt,
      });
    }
    return {
      id: randomUUID(),
      number: await this.decisions.nextNumber(prefix, formatChinaDate(chinaDayNumber(now))),
      itemCode: item.code,
      itemVersion: item.version,
      itemName: item.name,
      agency: item.agency,
      applicantName: request.applicantName,
      formData: request.formData ?? {},
      materials: (request.materials ?? []).map((m) => (typeof m === 'string' ? { id: m } : m)),
      receivedAt: formatInstant(received),
      decidedAt: formatInstant(now),
      decidedBy: user.id,
      decidedByName: user.displayName,
      windowId: user.windowId,
      departmentId: user.departmentId,
      ...(applicationId === undefined ? {} : { applicationId }),
    };
  }
}
