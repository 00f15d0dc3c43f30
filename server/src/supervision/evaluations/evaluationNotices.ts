import { chinaDeadline } from '../../notifications/templates.js';
import type { EvaluationRecord, OutboxMessage } from '../../store/port.js';
import { EVALUATION_LEVEL_NAMES } from './evaluationLevels.js';

/**
 * The notices of a negative evaluation (差评) to the department's leads and the clerk who served, written
 * into the case's outbox with the evaluation: webhook `user:<id>` messages (a department's office system;
 * the log when none is configured). Ids are `evaluation:<id>:1:<user>`, so a retried write cannot double them.
 */
export function negativeNotices(evaluation: EvaluationRecord, recipients: readonly string[]): OutboxMessage[] {
  const dueAt = evaluation.followUp?.dueAt;
  const text =
    `【好差评·差评】受理编号 ${evaluation.receiptNumber}「${evaluation.itemName}」收到「${EVALUATION_LEVEL_NAMES[evaluation.level]}」评价` +
    `${evaluation.comment ? `：${evaluation.comment}` : ''}。${evaluation.realName ? '请回访申请人，' : ''}` +
    `${dueAt ? `请于 ${chinaDeadline(dueAt)}前完成整改并报告。` : ''}`;
  return [...new Set(recipients)].map((userId) => ({
    id: `evaluation:${evaluation.id}:1:${userId}`,
    channel: 'webhook' as const,
    to: `user:${userId}`,
    template: 'evaluation.negative',
    payload: {
      text,
      evaluationId: evaluation.id,
      caseId: evaluation.caseId,
      receiptNumber: evaluation.receiptNumber,
      level: evaluation.level,
      recipient: userId,
    },
    createdAt: evaluation.evaluatedAt,
  }));
}
