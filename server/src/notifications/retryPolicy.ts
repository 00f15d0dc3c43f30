/** How failed deliveries are retried: exponential backoff with a cap, then a dead letter. */
export interface RetryPolicy {
  /** Delay after the first failure, ms. */
  readonly baseDelayMs: number;
  /** Each further failure multiplies the delay by this. */
  readonly factor: number;
  /** The delay never exceeds this, ms. */
  readonly maxDelayMs: number;
  /** After this many failed attempts the message becomes a dead letter. */
  readonly maxAttempts: number;
}

/** 10 s, 20 s, 40 s … capped at 30 min; a dead letter after 10 failed attempts (about 2.5 hours). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 10_000,
  factor: 2,
  maxDelayMs: 30 * 60_000,
  maxAttempts: 10,
};

/**
 * When to try again after the `failedAttempts`-th failure (counting this one), in epoch ms; `null`
 * once the policy's attempts are spent (dead letter).
 */
export function nextRetryAt(
  failedAttempts: number,
  now: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number | null {
  if (failedAttempts >= policy.maxAttempts) return null;
  const delay = policy.baseDelayMs * policy.factor ** Math.max(0, failedAttempts - 1);
  return now + Math.min(policy.maxDelayMs, delay);
}
