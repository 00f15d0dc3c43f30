/** Where a notification goes: an SMS to the applicant, a line in the log, or a POST to a department system. */
export type NotificationChannel = 'sms' | 'log' | 'webhook';

/**
 * A notification to send once the command that produced it is committed. Commands never send: they
 * write these into the outbox of the same atomic commit, and the dispatcher delivers them later.
 */
export interface OutboxMessage {
  /** Unique within its case; deterministic (`<caseId>:<event seq>:<purpose>`) so a retried command cannot double it. */
  readonly id: string;
  readonly channel: NotificationChannel;
  /** The recipient's address for the channel (a mobile number for `sms`); none for `log`. */
  readonly to?: string;
  /** The template code, e.g. `case.accepted`; the rendered Chinese text is in `payload.text`. */
  readonly template: string;
  /** Plain JSON handed to the adapter: the rendered text and the facts it was rendered from. */
  readonly payload: Readonly<Record<string, unknown>>;
  /** The business instant of the event that caused it (ISO, China time). */
  readonly createdAt: string;
}

/** Where an outbox message stands: waiting (or retrying), delivered, or given up on (dead letter, kept for inspection). */
export type OutboxStatus = 'pending' | 'delivered' | 'dead';

/** Identifies one outbox message in the store. */
export interface OutboxKey {
  readonly caseId: string;
  readonly id: string;
}

/** An outbox message as stored, with its delivery bookkeeping. */
export interface OutboxEntry extends OutboxMessage, OutboxKey {
  readonly status: OutboxStatus;
  /** Failed delivery attempts so far. */
  readonly attempts: number;
  /** Real-time epoch ms from which the next attempt may start (0: at once). */
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  /** Real time (ISO) of the successful delivery. */
  readonly deliveredAt: string | null;
}

/** What a failed delivery records: the error, and when to try again (`null`: never — a dead letter). */
export interface OutboxFailure {
  readonly error: string;
  readonly retryAt: number | null;
}

/** Which outbox messages to list for inspection. */
export interface OutboxFilter {
  readonly caseId?: string;
  readonly status?: OutboxStatus;
}
