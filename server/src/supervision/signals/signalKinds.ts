import type { SignalLevel, SignalStatus } from '../../store/signalStore.js';

/**
 * The kinds of supervision signal (预警纠错), with their Chinese names: the time ladder of both schemes
 * (a: lights, the overdue case or step is the red; b: warning → yellow card → red card) and the
 * detectors beyond time.
 */
export const SIGNAL_KINDS = {
  warning: '临期预警',
  'yellow-card': '黄牌（超期）',
  'red-card': '红牌（督办期满仍未办结）',
  overdue: '超期红灯',
  'step-integrity': '环节完整性异常',
  'materials-missing': '材料不齐仍予受理',
  'reason-missing': '不予许可未说明理由',
  'fee-excess': '超标准收费',
  'late-entry': '延迟录入（体外循环）',
  // Reserved for forwarding by a lower level (村 → 镇 → 区), detected once forwarding is recorded.
  'late-forwarding': '下级延迟报送',
  unanswered: '逾期未答复',
} as const;

/** A kind of signal. */
export type SignalKind = keyof typeof SIGNAL_KINDS;

/** Chinese names of the levels. */
export const SIGNAL_LEVEL_NAMES: Readonly<Record<SignalLevel, string>> = {
  warning: '预警',
  yellow: '黄牌',
  red: '红牌',
};

/** Chinese names of the statuses. */
export const SIGNAL_STATUS_NAMES: Readonly<Record<SignalStatus, string>> = {
  open: '待答复',
  answered: '已答复',
  appealed: '申诉中',
  closed: '已办结',
};

/** The levels, mildest first. */
export const SIGNAL_LEVELS: readonly SignalLevel[] = ['warning', 'yellow', 'red'];

/** The statuses, in workflow order. */
export const SIGNAL_STATUSES: readonly SignalStatus[] = ['open', 'answered', 'appealed', 'closed'];

/** Whether a text names a signal kind. */
export function isSignalKind(text: string): text is SignalKind {
  return Object.hasOwn(SIGNAL_KINDS, text);
}
