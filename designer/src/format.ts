import { locale } from './i18n/i18n.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-02T00:00:00.000+08:00` → `3月1日`, the last day of a deadline ending at midnight. */
export function formatDeadline(instant: string | null): string {
  if (!instant) return '—';
  const ms = Date.parse(instant) - 1;
  const china = new Date(ms + 8 * 3_600_000);
  if (locale() === 'en') return `${MONTHS[china.getUTCMonth()] ?? ''} ${china.getUTCDate()}`;
  return `${china.getUTCMonth() + 1}月${china.getUTCDate()}日`;
}

/** `2026-03-02T09:30:00.000+08:00` → `2026-03-02 09:30`. */
export function formatInstant(instant: string): string {
  return instant.slice(0, 16).replace('T', ' ');
}

/** Chinese labels of case statuses. */
export const STATUS_LABELS: Record<string, string> = {
  running: '办理中',
  completed: '已办结',
  terminated: '不予许可',
  withdrawn: '已撤回',
};
