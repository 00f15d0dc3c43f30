import type { OutboxEntry } from '../store/outbox.js';
import type { Notifier } from './notifier.js';

/** Where the log notifier writes: a message and structured fields (pino's `logger.info(fields, msg)` fits). */
export type NotificationLog = (message: string, fields: Readonly<Record<string, unknown>>) => void;

/**
 * The default notifier: writes each notification to the injected log (mobile numbers masked), so a
 * center without an SMS gateway still has a record of what the applicant would have been told.
 */
export class LogNotifier implements Notifier {
  readonly name = 'log';

  constructor(private readonly log: NotificationLog) {}

  async deliver(message: OutboxEntry): Promise<void> {
    this.log('通知已记录', {
      caseId: message.caseId,
      id: message.id,
      channel: message.channel,
      template: message.template,
      ...(message.to === undefined ? {} : { to: maskMobile(message.to) }),
      text: message.payload['text'],
    });
  }
}

/** A mobile number as logs may show it: `139****2345`. */
export function maskMobile(value: string): string {
  return /^\d{11}$/.test(value) ? `${value.slice(0, 3)}****${value.slice(7)}` : value;
}
