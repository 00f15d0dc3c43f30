import type { CaseEvent } from '@govflow/engine';
import type { OutboxMessage } from '../store/outbox.js';
import { renderNotice, type TemplateContext } from './templates.js';

/** The case as the notifications need it; a `CaseRecord` (plus the item's name) fits as it is. */
export interface CaseNotificationContext extends TemplateContext {
  /** The application form: the applicant's mobile number is read from it (`phone`, `mobile`, …). */
  readonly formData: Readonly<Record<string, unknown>>;
}

/** Form fields that may hold the applicant's mobile number, in order of preference. */
const PHONE_FIELDS = ['mobile', 'phone', 'contactPhone', 'applicantPhone', 'contactMobile'] as const;

const MOBILE = /^1\d{10}$/;

/**
 * Turns one commit's engine events into the applicant's notifications, to be written into the outbox
 * of that same commit: an SMS when the form gives a mobile number, else a log record (the window tells
 * the applicant in person). Ids are `<caseId>:<seq>:applicant`, so a retried command cannot double them.
 */
export function notificationsFor(events: readonly CaseEvent[], context: CaseNotificationContext): OutboxMessage[] {
  const to = applicantMobile(context.formData);
  const messages: OutboxMessage[] = [];
  for (const event of events) {
    const notice = renderNotice(event, context, events);
    if (!notice) continue;
    messages.push({
      id: `${event.caseId}:${event.seq}:applicant`,
      channel: to === undefined ? 'log' : 'sms',
      ...(to === undefined ? {} : { to }),
      template: notice.template,
      payload: {
        text: notice.text,
        caseId: event.caseId,
        receiptNumber: context.receiptNumber,
        itemName: context.itemName,
        applicantName: context.applicantName,
        eventSeq: event.seq,
      },
      createdAt: event.at,
    });
  }
  return messages;
}

/** The applicant's mobile number from the form, if one of the usual fields holds one. */
export function applicantMobile(formData: Readonly<Record<string, unknown>>): string | undefined {
  for (const field of PHONE_FIELDS) {
    const value = formData[field];
    if (typeof value === 'string' && MOBILE.test(value.trim())) return value.trim();
  }
  return undefined;
}
