import { DEFAULT_FORWARDING_LIMIT_DAYS } from './forwardingDelays.js';

/**
 * The lower levels' forwarding limit from the environment: `GOVFLOW_FORWARDING_LIMIT_DAYS` working days
 * (a multiple of 0.5, at most 30), default 1; anything else is refused at start.
 */
export function forwardingLimitFromEnv(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env['GOVFLOW_FORWARDING_LIMIT_DAYS'];
  if (raw === undefined || raw.trim() === '') return DEFAULT_FORWARDING_LIMIT_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days * 2) || days <= 0 || days > 30) {
    throw new RangeError(`GOVFLOW_FORWARDING_LIMIT_DAYS 应为 0.5 的整数倍且在 0.5 到 30 之间：${raw}`);
  }
  return days;
}
