import { chinaDeadline } from '../../notifications/templates.js';
import type { OutboxMessage } from '../../store/outbox.js';
import type { DepartmentScore } from './scoreService.js';

/** Who a poorly scoring department's warning goes to (seed 003: 责任单位、监察人员和相关领导). */
export interface WarningRecipients {
  /** The department itself (`dept:<id>`, its office system). */
  readonly departmentId: string;
  readonly supervisorIds: readonly string[];
  readonly leadIds: readonly string[];
}

/**
 * The warning (警示) of a department scored below the threshold: one staff notice per recipient on the
 * `webhook` channel, ids `score:<month>:<department>:<recipient>` so publishing the month again never
 * sends one twice.
 */
export function scoreWarnings(
  month: { key: string; label: string },
  score: DepartmentScore,
  warnBelow: number,
  rectifyBy: string,
  recipients: WarningRecipients,
  at: string,
): OutboxMessage[] {
  const deductions = score.lines.filter((l) => l.points !== 0).map((l) => `${l.label} ${l.count} 次 ${l.points} 分`);
  const text =
    `【绩效评估·警示】${score.departmentName}${month.label}绩效得分 ${score.score} 分，低于 ${warnBelow} 分` +
    `${deductions.length ? `（${deductions.join('，')}）` : ''}。请于 ${chinaDeadline(rectifyBy)}前提交整改报告。`;
  const to = [
    `dept:${recipients.departmentId}`,
    ...[...new Set([...recipients.supervisorIds, ...recipients.leadIds])].map((id) => `user:${id}`),
  ];
  return to.map((address) => ({
    id: `score:${month.key}:${recipients.departmentId}:${address}`,
    channel: 'webhook' as const,
    to: address,
    template: 'score.warning',
    payload: {
      text,
      month: month.key,
      departmentId: recipients.departmentId,
      score: score.score,
      warnBelow,
      rectifyBy,
      recipient: address,
    },
    createdAt: at,
  }));
}
