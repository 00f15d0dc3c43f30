import { t } from '../../i18n/i18n';

/** A supervision signal (预警纠错) as `GET /api/supervision/signals` lists it. */
export interface Signal {
  readonly id: string;
  readonly kind: string;
  readonly level: 'warning' | 'yellow' | 'red';
  readonly status: 'open' | 'answered' | 'appealed' | 'closed';
  readonly resolution: 'upheld' | 'revoked' | null;
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly itemName: string;
  readonly stepName: string | null;
  readonly departmentName: string;
  readonly responsibleId: string;
  readonly summary: string;
  readonly occurredAt: string;
  readonly createdAt: string;
  readonly answerDueAt: string | null;
  readonly letterNumber: string | null;
}

/** `GET /api/supervision/signals/:id`. */
export interface SignalDetail {
  readonly signal: Signal;
  readonly history: readonly {
    seq: number;
    type: string;
    at: string;
    by: string;
    data: Record<string, unknown>;
    hash: string;
  }[];
  readonly evidence: { verified: boolean; algorithm: string; count: number; brokenAt: { seq: number } | null };
}

const KINDS: Readonly<Record<string, string>> = {
  warning: '临期预警',
  'yellow-card': '黄牌（超期）',
  'red-card': '红牌（督办期满仍未办结）',
  overdue: '超期红灯',
  'step-integrity': '环节完整性异常',
  'materials-missing': '材料不齐仍予受理',
  'reason-missing': '不予许可未说明理由',
  'fee-excess': '超标准收费',
  'late-entry': '延迟录入（体外循环）',
  'late-forwarding': '下级延迟报送',
  unanswered: '逾期未答复',
};
const LEVELS: Readonly<Record<string, string>> = { warning: '预警', yellow: '黄牌', red: '红牌' };
const STATUSES: Readonly<Record<string, string>> = {
  open: '待答复',
  answered: '已答复',
  appealed: '申诉中',
  closed: '已办结',
};
const ENTRIES: Readonly<Record<string, string>> = {
  'signal.created': '生成',
  'signal.answered': '答复',
  'signal.appealed': '申诉',
  'signal.closed': '办结',
  'signal.flagged': '逾期未答复',
};

/** Names in the current language. */
export const signalText = {
  kind: (kind: string) => t(KINDS[kind] ?? kind),
  level: (level: string) => t(LEVELS[level] ?? level),
  status: (status: string) => t(STATUSES[status] ?? status),
  entry: (type: string) => t(ENTRIES[type] ?? type),
};

/** The choices of the filters. */
export const SIGNAL_FILTERS = {
  kinds: Object.keys(KINDS),
  levels: Object.keys(LEVELS),
  statuses: Object.keys(STATUSES),
};
