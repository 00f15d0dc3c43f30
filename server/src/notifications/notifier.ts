import type { NotificationChannel, OutboxEntry } from '../store/outbox.js';

/** Delivers one outbox message; resolves when the recipient's system took it, throws when it did not. */
export interface Notifier {
  /** A short name for logs, e.g. `log` or `webhook`. */
  readonly name: string;
  deliver(message: OutboxEntry): Promise<void>;
}

/** Which notifier delivers which channel; channels without their own go to `default`. */
export type NotifierRoutes = { readonly default: Notifier } & Partial<Readonly<Record<NotificationChannel, Notifier>>>;

/** A delivery that failed; the dispatcher records the message and retries it later. */
export class DeliveryError extends Error {
  readonly code = 'NOTIFICATION_DELIVERY_FAILED';
  constructor(
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** The notifier for a message's channel. */
export function notifierFor(routes: NotifierRoutes, channel: NotificationChannel): Notifier {
  return routes[channel] ?? routes.default;
}
