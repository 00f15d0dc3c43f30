import {
  chinaDayNumber,
  formatInstant,
  startOfChinaDay,
  toEpochMs,
  type CaseState,
  type WorkingCalendar,
} from '@govflow/engine';
import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import type { CaseRecord, Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';
import type { CaseFactRecorder } from './caseFactRecorder.js';
import { readCaseFacts, terminationReasons, type CaseFacts, type DeliveryMethod } from './caseFacts.js';
import { loadCase } from './loadCase.js';
import { requireCaseWorker } from './rolePolicy.js';
import type { ServerFact } from './serverEvents.js';

/** Working days the agency has to deliver the decision (行政许可法 Art. 44). */
export const DELIVERY_LIMIT_DAYS = 10;

/** What the window records at completion (办结). */
export interface ConcludeRequest {
  readonly result: 'approved' | 'refused';
  /** Required when approved: the number of the licence or certificate issued. */
  readonly certificateNumber?: string;
  readonly note?: string;
  /** The fee charged, in yuan (收费金额), checked by supervision against the item's standard. */
  readonly fee?: number;
}

/** What the window records at delivery or pick-up (送达 / 领取). */
export interface DeliverRequest {
  readonly method: DeliveryMethod;
  readonly recipient: string;
  /** When the result was handed over or sent (default: now); not before completion, not in the future. */
  readonly at?: string;
}

/** A case with its server facts after a completion or delivery. */
export interface ConcludedCase {
  readonly record: CaseRecord;
  readonly facts: CaseFacts;
}

/** Completion and delivery of finished cases, appended to the case's evidence chain. */
export class CaseConclusions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
    private readonly recorder: CaseFactRecorder,
  ) {}

  /** 办结: once, after the engine finished the case; the result must agree with how the case ended. */
  async conclude(user: SessionUser, caseId: string, request: ConcludeRequest): Promise<ConcludedCase> {
    requireCaseWorker(user);
    const record = await loadCase(this.store, caseId, user);
    const events = await this.store.listEvents(record.id);
    requireFinished(record.state);
    if (readCaseFacts(events).conclusion) throw new ApiError(409, 'ALREADY_CONCLUDED', '本案已经办结，不能重复办结');
    const refusedByEngine = record.state.status === 'terminated' || (record.state.outcome ?? '').includes('不予');
    if ((request.result === 'refused') !== refusedByEngine) {
      throw new ApiError(422, 'RESULT_CONTRADICTS_CASE', `办结结果与案件结论（${record.state.outcome ?? '—'}）不一致`, {
        result: request.result,
        outcome: record.state.outcome ?? null,
      });
    }
    const certificateNumber = request.certificateNumber?.trim() || null;
    if (request.result === 'approved' && certificateNumber === null) {
      throw fieldError('/certificateNumber', '准予许可必须填写证照编号');
    }
    const note = request.note?.trim() || null;
    const reasons = request.result === 'refused' ? [...terminationReasons(events), ...(note ? [note] : [])] : [];
    if (request.result === 'refused' && reasons.length === 0) {
      throw new ApiError(422, 'REASON_REQUIRED', '不予许可必须说明理由', { field: 'note' });
    }
    const now = this.clock.now();
    const data = {
      result: request.result,
      resultLabel: request.result === 'approved' ? '准予许可' : '不予许可',
      certificateNumber: request.result === 'approved' ? certificateNumber : null,
      note,
      reasons,
      engineOutcome: record.state.outcome ?? null,
      ...(request.fee === undefined ? {} : { feeYuan: request.fee }),
      usedDays: record.state.clock.usedDays,
      promisedDueAt: record.state.clock.promisedDueAt,
      deliverBy: formatInstant(
        this.calendar.addWorkingDays(startOfChinaDay(chinaDayNumber(now) + 1), DELIVERY_LIMIT_DAYS),
      ),
    };
    return this.commit(record, { type: 'case.concluded', by: user.id, data });
  }

  /** 送达 / 领取: once, after completion, at a time between completion and now. */
  async deliver(user: SessionUser, caseId: string, request: DeliverRequest): Promise<ConcludedCase> {
    requireCaseWorker(user);
    const record = await loadCase(this.store, caseId, user);
    const { conclusion, delivery } = readCaseFacts(await this.store.listEvents(record.id));
    if (!conclusion) throw new ApiError(409, 'CASE_NOT_CONCLUDED', '案件尚未办结，不能送达');
    if (delivery) throw new ApiError(409, 'ALREADY_DELIVERED', `本案已于 ${delivery.deliveredAt} 送达`);
    const now = this.clock.now().getTime();
    const at = request.at === undefined ? now : toEpochMs(request.at);
    if (at > now || at < toEpochMs(conclusion.concludedAt)) {
      throw new ApiError(422, 'DELIVERY_TIME_INVALID', '送达时间应在办结之后、当前时间之前', { at: request.at });
    }
    const data = {
      method: request.method,
      recipient: request.recipient.trim(),
      deliveredAt: formatInstant(at),
      certificateNumber: conclusion.certificateNumber,
      onTime: at <= toEpochMs(conclusion.deliverBy),
    };
    return this.commit(record, { type: 'case.delivered', by: user.id, data });
  }

  private async commit(record: CaseRecord, fact: ServerFact): Promise<ConcludedCase> {
    const committed = await this.recorder.record(record, [fact]);
    return { record: committed, facts: readCaseFacts(await this.store.listEvents(record.id)) };
  }
}

function requireFinished(state: CaseState): void {
  if (state.status === 'running') {
    throw new ApiError(409, 'CASE_NOT_FINISHED', '案件还有环节未办完，不能办结', { status: state.status });
  }
  if (state.status === 'withdrawn') {
    throw new ApiError(409, 'CASE_WITHDRAWN', '申请人已撤回申请，无需办结', { status: state.status });
  }
}

function fieldError(path: string, message: string): ApiError {
  return new ApiError(400, 'VALIDATION_FAILED', '请求内容有误', { errors: [{ path, message, keyword: 'required' }] });
}
