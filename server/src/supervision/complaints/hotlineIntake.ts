import { createHash } from 'node:crypto';
import { canonicalJson } from '@govflow/catalog';
import { ApiError } from '../../http/apiError.js';
import type { ComplaintRecord, HotlineKeyRecord, Store } from '../../store/port.js';
import type { ComplaintRequest } from './complaintIntake.js';
import { complainantView, type ComplainantView } from './complaintViews.js';

/** What the 12345 system files: the complaint and its own ticket number (工单编号). */
export interface HotlineComplaintRequest extends ComplaintRequest {
  readonly ticket: string;
}

/** The answer to a filing: the first one again when the idempotency key was seen with the same request. */
export interface HotlineAnswer {
  readonly status: number;
  readonly body: HotlineComplaintView;
  readonly replayed: boolean;
}

/** A complaint as the hotline's system sees it: the complainant's view and its ticket. */
export type HotlineComplaintView = ComplainantView & { readonly hotlineTicket: string | null };

/** An idempotency key: 1–128 visible ASCII characters (a UUID, say). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/u;
/** How long a first filing may run before a retry of it may take over (its process died). */
const LEASE_MS = 60_000;

/**
 * Files a hotline complaint once per idempotency key (the 12345 system retries when a reply is lost): the
 * same key with the same request answers the first answer again, kept in the store, without a second
 * complaint; with another request it is refused (422 IDEMPOTENCY_KEY_REUSED). Uses the idempotency records
 * of department systems, under `hotline:<key id>`.
 */
export async function fileHotlineComplaint(
  store: Store,
  system: HotlineKeyRecord,
  idempotencyKey: string,
  request: HotlineComplaintRequest,
  receive: () => Promise<ComplaintRecord>,
  now: () => number = Date.now,
): Promise<HotlineAnswer> {
  const key = requireIdempotencyKey(idempotencyKey);
  const owner = `hotline:${system.id}`;
  const requestHash = createHash('sha256')
    .update(canonicalJson({ action: 'complaint', request }))
    .digest('hex');
  const at = now();
  const claim = await store.reserveIdempotencyKey(
    { apiKeyId: owner, key, requestHash, createdAt: new Date(at).toISOString() },
    at + LEASE_MS,
    at,
  );
  if (!claim.reserved) {
    const existing = claim.existing;
    if (existing.requestHash !== requestHash) {
      throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一请求，请为新请求使用新的幂等键');
    }
    if (existing.status === null || existing.response === null) {
      throw new ApiError(409, 'IDEMPOTENCY_IN_PROGRESS', '使用该幂等键的请求仍在处理中，请稍后重试');
    }
    return { status: existing.status, body: JSON.parse(existing.response) as HotlineComplaintView, replayed: true };
  }
  try {
    const body = hotlineView(await receive());
    await store.completeIdempotencyKey(owner, key, 201, JSON.stringify(body));
    return { status: 201, body, replayed: false };
  } catch (error) {
    // Nothing was stored: free the key so the hotline may retry.
    await store.releaseIdempotencyKey(owner, key);
    throw error;
  }
}

/** The hotline system's view of a complaint. */
export function hotlineView(record: ComplaintRecord): HotlineComplaintView {
  return { ...complainantView(record), hotlineTicket: record.hotlineTicket };
}

function requireIdempotencyKey(value: string): string {
  if (value === '') {
    throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', '请在请求头 Idempotency-Key 中提供幂等键（如一个 UUID）');
  }
  if (!IDEMPOTENCY_KEY.test(value)) {
    throw new ApiError(400, 'IDEMPOTENCY_KEY_INVALID', '幂等键须为 1 至 128 个可见 ASCII 字符');
  }
  return value;
}
