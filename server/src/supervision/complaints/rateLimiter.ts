import { ApiError } from '../../http/apiError.js';

/** One limit: at most `limit` hits of keys with this prefix per window. */
export interface RateLimit {
  readonly prefix: string;
  readonly limit: number;
}

/**
 * Counts hits per key in a sliding window of real time (never the business clock) and refuses a request
 * once any of its keys reached its limit (429 RATE_LIMITED with Retry-After). Kept in memory: each server
 * process limits on its own, which still bounds what one address or one phone number can send.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limits: readonly RateLimit[],
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit for every key, or throws 429 (counting nothing) when one of them is at its limit. */
  take(keys: readonly string[], message: string): void {
    const wait = this.retryAfter(keys);
    if (wait > 0) throw limited(wait, message);
    this.hit(keys);
  }

  /** Throws 429 when one of the keys is at its limit, without counting. */
  check(keys: readonly string[], message: string): void {
    const wait = this.retryAfter(keys);
    if (wait > 0) throw limited(wait, message);
  }

  /** Counts one hit for every key (a failed attempt, say). */
  hit(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) this.hits.set(key, [...this.recent(key, now), now]);
    if (this.hits.size > 100_000) this.prune(now);
  }

  private retryAfter(keys: readonly string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const limit = this.limits.find((l) => key.startsWith(l.prefix))?.limit ?? Number.POSITIVE_INFINITY;
      const recent = this.recent(key, now);
      if (recent.length >= limit) wait = Math.max(wait, (recent[0] as number) + this.windowMs - now);
    }
    return wait;
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const key of [...this.hits.keys()]) if (this.recent(key, now).length === 0) this.hits.delete(key);
  }
}

function limited(waitMs: number, message: string): ApiError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(429, 'RATE_LIMITED', `${message}，请 ${Math.ceil(seconds / 60)} 分钟后再试`, {
    retryAfterSeconds: seconds,
  });
}
