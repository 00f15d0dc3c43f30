import type { OutboxEntry } from '../store/outbox.js';
import { DeliveryError, type Notifier } from './notifier.js';

/** Options of the webhook notifier. */
export interface WebhookNotifierOptions {
  /** Where to POST, e.g. the SMS gateway's endpoint. */
  readonly url: string;
  /** Milliseconds before an attempt counts as failed (default 5,000). */
  readonly timeoutMs?: number;
  /** Extra request headers, e.g. `authorization`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The JSON body the webhook receives. */
export interface WebhookBody {
  /** `<caseId>:<message id>`: the same on every retry, so the receiver can drop duplicates. */
  readonly key: string;
  readonly caseId: string;
  readonly channel: OutboxEntry['channel'];
  readonly to: string | null;
  readonly template: string;
  readonly text: string;
  readonly payload: OutboxEntry['payload'];
  readonly createdAt: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

/**
 * Delivers by HTTP POST of JSON to a configured URL (an SMS gateway or a department system). Any
 * answer other than 2xx, a network error or a timeout is a failed attempt. Delivery is at least once:
 * the `idempotency-key` header (and `key` in the body) lets the receiver drop a repeat.
 */
export class WebhookNotifier implements Notifier {
  readonly name = 'webhook';
  private readonly timeoutMs: number;

  constructor(private readonly options: WebhookNotifierOptions) {
    // A malformed URL fails at start-up rather than at the first delivery.
    if (!URL.canParse(options.url) || !/^https?:$/.test(new URL(options.url).protocol)) {
      throw new DeliveryError(`通知网关地址无效：${options.url}`, { code: 'WEBHOOK_URL_INVALID' });
    }
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  async deliver(message: OutboxEntry): Promise<void> {
    const key = `${message.caseId}:${message.id}`;
    const body: WebhookBody = {
      key,
      caseId: message.caseId,
      channel: message.channel,
      to: message.to ?? null,
      template: message.template,
      text: typeof message.payload['text'] === 'string' ? message.payload['text'] : '',
      payload: message.payload,
      createdAt: message.createdAt,
      attempt: message.attempts + 1,
    };
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key, ...this.options.headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as { name?: unknown }).name === 'TimeoutError';
      throw new DeliveryError(timedOut ? `通知网关在 ${this.timeoutMs} 毫秒内未响应` : '无法连接通知网关', {
        cause: String((error as { cause?: unknown }).cause ?? error),
      });
    }
    await response.body?.cancel();
    if (!response.ok) throw new DeliveryError(`通知网关返回 HTTP ${response.status}`, { status: response.status });
  }
}
