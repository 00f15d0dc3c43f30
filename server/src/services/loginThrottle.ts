/** Limits of the login throttle. */
export interface LoginThrottleOptions {
  /** Failed attempts allowed per user name within the window. */
  readonly maxFailures: number;
  /** Failed attempts allowed per client address (many users may share a window's address). */
  readonly maxFailuresPerAddress: number;
  /** The window and the lock-out, in milliseconds of real time. */
  readonly windowMs: number;
}

/** Five failures of a name (fifty from an address) in fifteen minutes lock it out for fifteen minutes. */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  maxFailures: 5,
  maxFailuresPerAddress: 50,
  windowMs: 15 * 60_000,
};

/**
 * Counts failed logins per user name (`user:` keys) and per client address (`ip:` keys) in real time;
 * once either reaches its limit, logins from it are refused until the window has passed. Kept in memory: each server process
 * throttles on its own, which still bounds guessing to a few attempts per minute per process.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the keys may try again, or 0 when they may now. */
  retryAfter(keys: readonly string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      const limit = key.startsWith('ip:') ? this.options.maxFailuresPerAddress : this.options.maxFailures;
      if (recent.length >= limit) {
        wait = Math.max(wait, (recent[0] as number) + this.options.windowMs - now);
      }
    }
    return wait;
  }

  /** Records a failed attempt for each key. */
  fail(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 100_000) this.prune(now);
  }

  /** Forgets the failures of a user name after a successful login. */
  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.options.windowMs);
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key, now).length === 0) this.failures.delete(key);
    }
  }
}
