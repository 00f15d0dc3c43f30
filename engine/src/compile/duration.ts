import type { TimerDuration } from '../model/types.js';

const PATTERN = /^P(?:(\d+(?:\.5)?)D)?(?:T(?:(\d+)H)?)?$/;
/** The longest timer accepted, in days (ten years, like a step's limit): longer is a mistake or an attack. */
const MAX_DAYS = 3650;

/**
 * Reads the ISO 8601 durations timers may use: `P3D`, `P0.5D`, `PT4H`, `P1DT2H`.
 * Days count working days unless `calendar`; hours count real time. Returns undefined when unreadable
 * or longer than ten years.
 */
export function parseTimerDuration(text: string, calendar: boolean): TimerDuration | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const days = match[1] === undefined ? 0 : Number(match[1]);
  const hours = match[2] === undefined ? 0 : Number(match[2]);
  if ((days === 0 && hours === 0) || days > MAX_DAYS || hours > MAX_DAYS * 24) return undefined;
  return { days, hours, calendar, text: text.trim() };
}
