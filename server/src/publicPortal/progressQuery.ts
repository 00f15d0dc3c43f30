import type { CaseRecord, Store } from '../store/port.js';
import { ApiError } from '../http/apiError.js';
import { chinaDeadline } from '../notifications/templates.js';
import { LoginThrottle, type LoginThrottleOptions } from '../services/loginThrottle.js';
import { LIGHT_NAMES, type Light } from '../supervision/classifyLight.js';
import type { SupervisionService } from '../supervision/supervisionService.js';
import { newProgressCode, progressCodeMatches } from './progressCodes.js';

/** Five wrong codes for a receipt number, or twenty failed queries from an address, in fifteen minutes lock it out. */
export const DEFAULT_PROGRESS_THROTTLE: LoginThrottleOptions = {
  maxFailures: 5,
  maxFailuresPerAddress: 20,
  windowMs: 15 * 60_000,
};

/** All the public learns of a case: where it stands, never who applied or what they submitted. */
export interface ProgressAnswer {
  readonly receiptNumber: string;
  readonly status: CaseRecord['state']['status'];
  readonly statusText: string;
  /** The steps open now (办理环节). */
  readonly currentSteps: readonly string[];
  readonly promisedDueAt: string;
  /** The promised date as the applicant reads it, e.g. `2026年9月30日`. */
  readonly promisedDate: string;
  readonly light: Light;
  readonly lightText: string;
}

/** A hash no code matches, compared against when the receipt number is unknown (same work, same answer). */
const NO_CODE = newProgressCode().hash;

/**
 * The public progress query (进度查询, no login): receipt number plus progress-query code. A wrong code and
 * an unknown receipt number get the same 404; failures are throttled per receipt number and per client
 * address (429 with Retry-After) before anything is looked up, so neither codes nor receipt numbers can be
 * enumerated. The answer holds no personal data.
 */
export class ProgressQuery {
  constructor(
    private readonly store: Store,
    private readonly supervision: SupervisionService,
    private readonly throttle: LoginThrottle = new LoginThrottle(DEFAULT_PROGRESS_THROTTLE),
  ) {}

  async query(receiptNumber: string, code: string, address: string): Promise<ProgressAnswer> {
    const receipt = receiptNumber.trim().toUpperCase();
    const keys = [`receipt:${receipt}`, `ip:${address}`];
    const wait = this.throttle.retryAfter(keys);
    if (wait > 0) {
      throw new ApiError(429, 'PROGRESS_THROTTLED', `查询失败次数过多，请 ${Math.ceil(wait / 60_000)} 分钟后再试`, {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    const stored = await this.store.findProgressCode(receipt);
    const matches = progressCodeMatches(code, stored?.codeHash ?? NO_CODE) && stored !== undefined;
    const record = matches && stored ? await this.store.getCase(stored.caseId) : undefined;
    if (!record) {
      this.throttle.fail(keys);
      throw new ApiError(404, 'PROGRESS_NOT_FOUND', '受理编号或查询码不正确，请核对后重试');
    }
    this.throttle.succeed(keys[0] as string);
    const { light } = await this.supervision.lightsOf(record);
    const { state } = record;
    return {
      receiptNumber: record.receiptNumber,
      status: state.status,
      statusText: statusText(record),
      currentSteps: [...new Set(state.tasks.map((t) => t.name))],
      promisedDueAt: state.clock.promisedDueAt,
      promisedDate: chinaDeadline(state.clock.promisedDueAt),
      light,
      lightText: LIGHT_NAMES[light],
    };
  }
}

function statusText(record: CaseRecord): string {
  const { state } = record;
  if (state.status === 'completed') return state.outcome === 'refused' ? '已办结（不予许可）' : '已办结';
  if (state.status === 'terminated') return '已终止（不予许可）';
  if (state.status === 'withdrawn') return '已撤回';
  return state.clock.status === 'stopped' ? '办理中（暂停计时）' : '办理中';
}
