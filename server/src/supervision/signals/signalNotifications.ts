import { chinaDeadline } from '../../notifications/templates.js';
import type { OutboxMessage } from '../../store/outbox.js';
import type { SignalRecord } from '../../store/port.js';
import { SIGNAL_KINDS, SIGNAL_LEVEL_NAMES, type SignalKind } from './signalKinds.js';

/** The signal as its notices need it. */
type Noticed = Pick<
  SignalRecord,
  'id' | 'kind' | 'level' | 'caseId' | 'receiptNumber' | 'summary' | 'answerDueAt' | 'responsibleId' | 'leadIds'
>;

/**
 * The notices of one history entry of a signal, one per recipient (the responsible clerk and their
 * leads), written into the outbox of the signal's case in the same write as the entry. Staff notices go
 * to the `webhook` channel (a department's office system; the log when none is configured). Ids are
 * `signal:<id>:<entry seq>:<user>`, so a retried write cannot double them.
 */
export function signalNotices(
  signal: Noticed,
  seq: number,
  template: 'signal.created' | 'signal.closed',
  at: string,
  detail = '',
): OutboxMessage[] {
  const recipients = [...new Set([signal.responsibleId, ...signal.leadIds])];
  const text = template === 'signal.created' ? createdText(signal) : closedText(signal, detail);
  return recipients.map((userId) => ({
    id: `signal:${signal.id}:${seq}:${userId}`,
    channel: 'webhook' as const,
    to: `user:${userId}`,
    template,
    payload: {
      text,
      signalId: signal.id,
      caseId: signal.caseId,
      receiptNumber: signal.receiptNumber,
      kind: signal.kind,
      level: signal.level,
      recipient: userId,
    },
    createdAt: at,
  }));
}

function createdText(signal: Noticed): string {
  const answer = signal.answerDueAt
    ? `请于 ${chinaDeadline(signal.answerDueAt)}前作出说明或整改并答复；逾期未答复的将另行记录。`
    : '请及时处理。';
  return `【电子监察·${SIGNAL_LEVEL_NAMES[signal.level]}】${nameOf(signal.kind)}：${signal.summary}。${answer}`;
}

function closedText(signal: Noticed, detail: string): string {
  return `【电子监察】${nameOf(signal.kind)}（受理编号 ${signal.receiptNumber}）已由监察人员办结：${detail}`;
}

function nameOf(kind: string): string {
  return Object.hasOwn(SIGNAL_KINDS, kind) ? SIGNAL_KINDS[kind as SignalKind] : kind;
}
