import {
  DeliveryError,
  NotificationDispatcher,
  nextRetryAt,
  SqliteStore,
  type NotificationDispatcherOptions,
  type Notifier,
  type OutboxEntry,
  type RetryPolicy,
} from '@govflow/server';
import { expect } from 'chai';
import { caseFactory, outboxMessage } from './store/fixtures.js';

/** A notifier that records what it was given and fails while told to. */
class RecordingNotifier implements Notifier {
  readonly name = 'recording';
  readonly delivered: string[] = [];
  failing = false;
  async deliver(message: OutboxEntry): Promise<void> {
    if (this.failing) throw new DeliveryError('网关暂不可用');
    this.delivered.push(`${message.caseId}/${message.id}`);
  }
}

const POLICY: RetryPolicy = { baseDelayMs: 1_000, factor: 2, maxDelayMs: 5_000, maxAttempts: 5 };

describe('notifications / dispatcher: delivers the outbox with leases, retries with backoff, keeps dead letters', () => {
  let store: SqliteStore;
  let now: number;

  beforeEach(async () => {
    store = new SqliteStore({ file: ':memory:' });
    now = 1_800_000_000_000;
    const factory = await caseFactory();
    const { record, events } = factory.start('C1');
    await store.createCase(record, events, [
      outboxMessage('m1'),
      outboxMessage('m2', { channel: 'log', to: undefined }),
    ]);
  });
  afterEach(() => store.close());

  const dispatcher = (notifier: Notifier, extra: Partial<NotificationDispatcherOptions> = {}) =>
    new NotificationDispatcher({ store, notifiers: { default: notifier }, retry: POLICY, now: () => now, ...extra });

  it('given pending messages, when a pass runs, then each is delivered once and recorded as delivered', async () => {
    const notifier = new RecordingNotifier();
    const result = await dispatcher(notifier).deliverDue();
    expect(result).to.deep.equal({ delivered: 2, retried: 0, dead: 0 });
    expect(notifier.delivered).to.deep.equal(['C1/m1', 'C1/m2']);
    const stored = await store.listOutbox({ caseId: 'C1' }, 10);
    expect(stored.map((e) => [e.status, e.deliveredAt])).to.deep.equal([
      ['delivered', new Date(now).toISOString()],
      ['delivered', new Date(now).toISOString()],
    ]);
    expect(await dispatcher(notifier).deliverDue()).to.deep.equal({ delivered: 0, retried: 0, dead: 0 });
  });

  it('given channels with their own notifiers, then each message goes to its channel’s notifier, the rest to the default', async () => {
    const sms = new RecordingNotifier();
    const fallback = new RecordingNotifier();
    await new NotificationDispatcher({ store, notifiers: { default: fallback, sms }, now: () => now }).deliverDue();
    expect(sms.delivered).to.deep.equal(['C1/m1']);
    expect(fallback.delivered).to.deep.equal(['C1/m2']);
  });

  it('given a failing gateway, then attempts back off exponentially up to the cap and end in a dead letter', async () => {
    const notifier = new RecordingNotifier();
    notifier.failing = true;
    const errors: unknown[] = [];
    const d = dispatcher(notifier, { onError: (e: unknown) => errors.push(e) });
    const waits: number[] = [];
    for (let attempt = 1; attempt <= POLICY.maxAttempts; attempt++) {
      const result = await d.deliverDue();
      const [m1] = await store.listOutbox({ caseId: 'C1' }, 1);
      expect(m1?.attempts).to.equal(attempt);
      expect(m1?.lastError).to.equal('网关暂不可用');
      if (attempt < POLICY.maxAttempts) {
        expect(result).to.deep.equal({ delivered: 0, retried: 2, dead: 0 });
        waits.push((m1?.nextAttemptAt ?? 0) - now);
        expect(await d.deliverDue(), 'nothing is due before the backoff ends').to.deep.equal({
          delivered: 0,
          retried: 0,
          dead: 0,
        });
        now = m1?.nextAttemptAt ?? now;
      } else {
        expect(result).to.deep.equal({ delivered: 0, retried: 0, dead: 2 });
        expect(m1?.status).to.equal('dead');
      }
    }
    expect(waits).to.deep.equal([1_000, 2_000, 4_000, 5_000]);
    expect(errors).to.have.length(2 * POLICY.maxAttempts);
    expect(await store.listOutbox({ status: 'dead' }, 10)).to.have.length(2);
    now += 86_400_000;
    notifier.failing = false;
    expect(await d.deliverDue()).to.deep.equal({ delivered: 0, retried: 0, dead: 0 });
  });

  it('given a gateway that recovers, then the retried message is delivered', async () => {
    const notifier = new RecordingNotifier();
    notifier.failing = true;
    const d = dispatcher(notifier);
    await d.deliverDue();
    notifier.failing = false;
    now += 1_000;
    expect(await d.deliverDue()).to.deep.equal({ delivered: 2, retried: 0, dead: 0 });
    expect((await store.listOutbox({ caseId: 'C1' }, 10)).map((e) => [e.status, e.attempts])).to.deep.equal([
      ['delivered', 1],
      ['delivered', 1],
    ]);
  });

  it('given two dispatchers polling at once, then every message is delivered exactly once', async () => {
    const factory = await caseFactory();
    for (let i = 2; i <= 10; i++) {
      const { record, events } = factory.start(`C${i}`);
      await store.createCase(record, events, [outboxMessage('a'), outboxMessage('b')]);
    }
    const a = new RecordingNotifier();
    const b = new RecordingNotifier();
    const [ra, rb] = await Promise.all([
      new NotificationDispatcher({ store, notifiers: { default: a }, batchSize: 3, now: () => now }).deliverDue(),
      new NotificationDispatcher({ store, notifiers: { default: b }, batchSize: 3, now: () => now }).deliverDue(),
    ]);
    expect(ra.delivered + rb.delivered).to.equal(20);
    expect(new Set([...a.delivered, ...b.delivered]).size).to.equal(20);
  });

  it('given a store that fails, then the pass reports it and resolves instead of throwing', async () => {
    const errors: unknown[] = [];
    await store.close();
    const result = await dispatcher(new RecordingNotifier(), { onError: (e: unknown) => errors.push(e) }).deliverDue();
    expect(result).to.deep.equal({ delivered: 0, retried: 0, dead: 0 });
    expect(errors).to.have.length(1);
    store = new SqliteStore({ file: ':memory:' });
  });

  it('given start, then it polls on its own; given stop, then it waits for the pass and polls no more', async () => {
    const notifier = new RecordingNotifier();
    const d = new NotificationDispatcher({ store, notifiers: { default: notifier } });
    d.start(5);
    for (let i = 0; i < 100 && notifier.delivered.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    await d.stop();
    expect(notifier.delivered).to.deep.equal(['C1/m1', 'C1/m2']);
  });

  it('given the default policy, then delays double from 10 s, are capped at 30 minutes, and end after 10 attempts', () => {
    expect(nextRetryAt(1, 0)).to.equal(10_000);
    expect(nextRetryAt(2, 0)).to.equal(20_000);
    expect(nextRetryAt(9, 0)).to.equal(30 * 60_000);
    expect(nextRetryAt(10, 0)).to.equal(null);
  });
});
