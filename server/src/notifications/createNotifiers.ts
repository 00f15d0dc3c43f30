import { LogNotifier, type NotificationLog } from './logNotifier.js';
import type { NotifierRoutes } from './notifier.js';
import { WebhookNotifier } from './webhookNotifier.js';

/** The notification settings a deployment gives (from `GOVFLOW_WEBHOOK_URL` and friends). */
export interface NotifierConfig {
  /** When set, SMS and webhook messages are POSTed here; else every message goes to the log. */
  readonly webhookUrl?: string | undefined;
  /** Sent as `authorization: Bearer <token>` to the webhook. */
  readonly webhookToken?: string | undefined;
  readonly webhookTimeoutMs?: number | undefined;
  readonly log: NotificationLog;
}

/**
 * Chooses the notifiers: the log for everything by default; with a webhook URL, `sms` and `webhook`
 * messages go to the webhook (e.g. an SMS gateway) and `log` messages stay in the log.
 */
export function createNotifiers(config: NotifierConfig): NotifierRoutes {
  const log = new LogNotifier(config.log);
  if (!config.webhookUrl) return { default: log };
  const webhook = new WebhookNotifier({
    url: config.webhookUrl,
    ...(config.webhookTimeoutMs === undefined ? {} : { timeoutMs: config.webhookTimeoutMs }),
    ...(config.webhookToken ? { headers: { authorization: `Bearer ${config.webhookToken}` } } : {}),
  });
  return { default: log, log, sms: webhook, webhook };
}

/** The notifier settings from the environment: `GOVFLOW_WEBHOOK_URL`, `GOVFLOW_WEBHOOK_TOKEN`, `GOVFLOW_WEBHOOK_TIMEOUT_MS`. */
export function notifierConfigFromEnv(env: NodeJS.ProcessEnv, log: NotificationLog): NotifierConfig {
  const timeout = Number(env['GOVFLOW_WEBHOOK_TIMEOUT_MS']);
  return {
    webhookUrl: env['GOVFLOW_WEBHOOK_URL'],
    webhookToken: env['GOVFLOW_WEBHOOK_TOKEN'],
    webhookTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
    log,
  };
}
