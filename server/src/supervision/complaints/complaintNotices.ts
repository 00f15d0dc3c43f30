import { chinaDeadline } from '../../notifications/templates.js';
import type { ComplaintRecord, OutboxMessage } from '../../store/port.js';

/** How a complaint's closing is said to the complainant. */
export const RESOLUTION_NAMES = { substantiated: '反映问题属实', unsubstantiated: '反映问题不属实' } as const;

const MOBILE = /^1\d{10}$/u;

type Noticed = Pick<ComplaintRecord, 'id' | 'number' | 'subject' | 'complainant'>;

/**
 * The complainant's notice of one step (acceptance, refusal, closing): an SMS to a mobile number, else a
 * log record (the hotline or the window tells them). Its id is `complaint:<id>:<entry seq>:complainant`,
 * so a retried write cannot double it. The text never names the case the complaint may be linked to.
 */
export function complainantNotice(
  complaint: Noticed,
  seq: number,
  template: 'complaint.accepted' | 'complaint.rejected' | 'complaint.closed',
  at: string,
  detail: string,
): OutboxMessage {
  const phone = complaint.complainant.phone;
  const sms = MOBILE.test(phone);
  return {
    id: `complaint:${complaint.id}:${seq}:complainant`,
    channel: sms ? 'sms' : 'log',
    ...(sms ? { to: phone } : {}),
    template,
    payload: { text: complainantText(complaint, template, detail), complaintNumber: complaint.number },
    createdAt: at,
  };
}

/** The department leads' notices of a forwarded complaint (webhook `user:<id>`, one per lead). */
export function forwardedNotices(
  complaint: Noticed & Pick<ComplaintRecord, 'departmentName'>,
  seq: number,
  at: string,
  answerDueAt: string,
  leadIds: readonly string[],
): OutboxMessage[] {
  const text =
    `【投诉转办】投诉 ${complaint.number}「${complaint.subject}」已转${complaint.departmentName ?? '贵部门'}调查处理，` +
    `请于 ${chinaDeadline(answerDueAt)}前答复。`;
  return [...new Set(leadIds)].map((userId) => ({
    id: `complaint:${complaint.id}:${seq}:${userId}`,
    channel: 'webhook' as const,
    to: `user:${userId}`,
    template: 'complaint.forwarded',
    payload: { text, complaintId: complaint.id, complaintNumber: complaint.number, recipient: userId },
    createdAt: at,
  }));
}

function complainantText(complaint: Noticed, template: string, detail: string): string {
  const head = `${complaint.complainant.name}您好，您反映的「${complaint.subject}」（投诉编号 ${complaint.number}）`;
  if (template === 'complaint.accepted') return `${head}已受理，我们将转有关部门调查处理，办结后告知您处理结果。`;
  if (template === 'complaint.rejected') return `${head}经审查不予受理，理由：${detail}。如有疑问，可拨打 12345 咨询。`;
  return `${head}已办理完毕：${detail}。感谢您对政务服务的监督。`;
}
