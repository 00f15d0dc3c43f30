/**
 * Notifications: commands write `OutboxMessage`s into the outbox of their own atomic commit
 * (`notificationsFor`); the `NotificationDispatcher` delivers them later through a `Notifier`.
 *
 * @example
 * ```ts
 * const dispatcher = new NotificationDispatcher({ store, notifiers: createNotifiers({ log: (m, f) => logger.info(f, m) }) });
 * dispatcher.start();
 * ```
 */
export { createNotifiers, notifierConfigFromEnv, type NotifierConfig } from './createNotifiers.js';
export { LogNotifier, maskMobile, type NotificationLog } from './logNotifier.js';
export {
  NotificationDispatcher,
  type DispatchResult,
  type NotificationDispatcherOptions,
} from './notificationDispatcher.js';
export { applicantMobile, notificationsFor, type CaseNotificationContext } from './notificationsFor.js';
export { DeliveryError, notifierFor, type Notifier, type NotifierRoutes } from './notifier.js';
export { DEFAULT_RETRY_POLICY, nextRetryAt, type RetryPolicy } from './retryPolicy.js';
export { chinaDeadline, renderNotice, type RenderedNotice, type TemplateContext } from './templates.js';
export { WebhookNotifier, type WebhookBody, type WebhookNotifierOptions } from './webhookNotifier.js';
