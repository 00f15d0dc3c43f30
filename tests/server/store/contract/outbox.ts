import { CaseConflictError, type OutboxEntry } from '@govflow/server';
import { expect } from 'chai';
import { outboxMessage } from '../fixtures.js';
import { completeFirst, createCase, rejection, type ContractContext } from './context.js';

const NOW = 1_800_000_000_000;
const keyOf = (e: OutboxEntry) => ({ caseId: e.caseId, id: e.id });

/** The outbox: written in the case's atomic commit, delivered under a lease, retried with backoff, dead letters kept. */
export function outboxContract(ctx: ContractContext): void {
  describe('outbox', () => {
    it('given a case created and committed with messages, then they are stored pending, due at once, in order', async () => {
      const created = await createCase(ctx, 'C1', {
        outbox: [outboxMessage('m1'), outboxMessage('m2', { to: undefined, channel: 'log' })],
      });
      await completeFirst(ctx, created, '2026-03-02T10:00:00+08:00', [
        outboxMessage('m3', { createdAt: '2026-03-02T10:00:00+08:00', payload: { text: '第三条', n: 3 } }),
      ]);
      const listed = await ctx.store().listOutbox({ caseId: 'C1' }, 10);
      expect(listed.map((e) => e.id)).to.deep.equal(['m1', 'm2', 'm3']);
      expect(listed[0]).to.deep.equal({
        ...outboxMessage('m1'),
        caseId: 'C1',
        status: 'pending',
        attempts: 0,
        nextAttemptAt: 0,
        lastError: null,
        deliveredAt: null,
      });
      expect(listed[1]).not.to.have.property('to');
      expect(listed[2]?.payload).to.deep.equal({ text: '第三条', n: 3 });
      expect(await ctx.store().listOutbox({ caseId: 'C-unknown' }, 10)).to.deep.equal([]);
    });

    it('given a conflicting commit with messages, then it writes no outbox message', async () => {
      const created = await createCase(ctx, 'C1', { outbox: [outboxMessage('m1')] });
      await completeFirst(ctx, created, '2026-03-02T10:00:00+08:00');
      const error = await rejection(completeFirst(ctx, created, '2026-03-02T10:00:00+08:00', [outboxMessage('lost')]));
      expect(error).to.be.instanceOf(CaseConflictError);
      expect((await ctx.store().listOutbox({}, 10)).map((e) => e.id)).to.deep.equal(['m1']);
    });

    it('given a case whose creation fails, then its messages are not written either', async () => {
      await createCase(ctx, 'C1', { outbox: [outboxMessage('m1')] });
      await rejection(createCase(ctx, 'C1', { receiptNumber: 'SL-again', outbox: [outboxMessage('m2')] }));
      expect((await ctx.store().listOutbox({}, 10)).map((e) => e.id)).to.deep.equal(['m1']);
    });

    it('given pending messages, when claimed, then a second dispatcher gets none until the lease expires', async () => {
      await createCase(ctx, 'C1', { outbox: [outboxMessage('m1'), outboxMessage('m2')] });
      const claimed = await ctx.store().claimOutbox(NOW, 'dispatcher-a', NOW + 60_000, 10);
      expect(claimed.map((e) => e.id)).to.deep.equal(['m1', 'm2']);
      expect(await ctx.store().claimOutbox(NOW + 59_999, 'dispatcher-b', NOW + 120_000, 10)).to.deep.equal([]);
      const expired = await ctx.store().claimOutbox(NOW + 60_001, 'dispatcher-b', NOW + 120_000, 10);
      expect(expired.map((e) => e.id)).to.deep.equal(['m1', 'm2']);
    });

    it('given two dispatchers claiming at once, then no message goes to both and none is left out', async () => {
      for (let i = 1; i <= 5; i++) {
        await createCase(ctx, `C${i}`, {
          receiptNumber: `SL-${i}`,
          outbox: [outboxMessage('a'), outboxMessage('b'), outboxMessage('c')],
        });
      }
      const [a, b] = await Promise.all([
        ctx.store().claimOutbox(NOW, 'dispatcher-a', NOW + 60_000, 100),
        ctx.store().claimOutbox(NOW, 'dispatcher-b', NOW + 60_000, 100),
      ]);
      const keys = (list: readonly OutboxEntry[]) => list.map((e) => `${e.caseId}/${e.id}`);
      expect(keys(a).filter((k) => keys(b).includes(k))).to.deep.equal([]);
      expect([...keys(a), ...keys(b)]).to.have.length(15);
      expect(await ctx.store().claimOutbox(NOW, 'dispatcher-c', NOW + 60_000, 100)).to.deep.equal([]);
    });

    it('given a delivered message, then it is recorded with its time and never claimed again', async () => {
      await createCase(ctx, 'C1', { outbox: [outboxMessage('m1')] });
      const [claimed] = await ctx.store().claimOutbox(NOW, 'dispatcher-a', NOW + 60_000, 10);
      if (!claimed) throw new Error('nothing claimed');
      await ctx.store().markOutboxDelivered(keyOf(claimed), '2026-03-02T01:00:05.000Z');
      const [stored] = await ctx.store().listOutbox({ caseId: 'C1' }, 10);
      expect(stored).to.include({ status: 'delivered', deliveredAt: '2026-03-02T01:00:05.000Z', attempts: 0 });
      expect(await ctx.store().claimOutbox(NOW + 3_600_000, 'dispatcher-b', NOW + 4_000_000, 10)).to.deep.equal([]);
      expect(await ctx.store().listOutbox({ status: 'delivered' }, 10)).to.have.length(1);
      expect(await ctx.store().listOutbox({ status: 'pending' }, 10)).to.deep.equal([]);
    });

    it('given a failed attempt with a retry time, then the message waits until then and keeps the error', async () => {
      await createCase(ctx, 'C1', { outbox: [outboxMessage('m1')] });
      const [claimed] = await ctx.store().claimOutbox(NOW, 'dispatcher-a', NOW + 60_000, 10);
      if (!claimed) throw new Error('nothing claimed');
      await ctx.store().markOutboxFailed(keyOf(claimed), { error: '通知网关返回 HTTP 503', retryAt: NOW + 10_000 });
      expect(await ctx.store().claimOutbox(NOW + 9_999, 'dispatcher-a', NOW + 70_000, 10)).to.deep.equal([]);
      const [retried] = await ctx.store().claimOutbox(NOW + 10_000, 'dispatcher-b', NOW + 70_000, 10);
      expect(retried).to.include({
        id: 'm1',
        status: 'pending',
        attempts: 1,
        nextAttemptAt: NOW + 10_000,
        lastError: '通知网关返回 HTTP 503',
      });
    });

    it('given messages due at different times, then they are claimed earliest due first', async () => {
      await createCase(ctx, 'C1', { outbox: [outboxMessage('late'), outboxMessage('early'), outboxMessage('fresh')] });
      const claimed = await ctx.store().claimOutbox(NOW, 'dispatcher-a', NOW + 60_000, 10);
      const byId = new Map(claimed.map((e) => [e.id, e]));
      const fail = (id: string, retryAt: number) => {
        const entry = byId.get(id);
        if (!entry) throw new Error(`${id} not claimed`);
        return ctx.store().markOutboxFailed(keyOf(entry), { error: 'x', retryAt });
      };
      await fail('late', NOW + 2_000);
      await fail('early', NOW + 1_000);
      await fail('fresh', NOW + 3_000);
      const order = await ctx.store().claimOutbox(NOW + 5_000, 'dispatcher-b', NOW + 65_000, 10);
      expect(order.map((e) => e.id)).to.deep.equal(['early', 'late', 'fresh']);
    });

    it('given a failure with no retry left, then the message is a dead letter: kept for inspection, never claimed', async () => {
      await createCase(ctx, 'C1', { outbox: [outboxMessage('m1'), outboxMessage('m2')] });
      const claimed = await ctx.store().claimOutbox(NOW, 'dispatcher-a', NOW + 60_000, 10);
      const first = claimed.find((e) => e.id === 'm1');
      if (!first) throw new Error('m1 not claimed');
      await ctx.store().markOutboxFailed(keyOf(first), { error: '号码无效', retryAt: null });
      const dead = await ctx.store().listOutbox({ status: 'dead' }, 10);
      expect(dead).to.have.length(1);
      expect(dead[0]).to.include({ caseId: 'C1', id: 'm1', status: 'dead', attempts: 1, lastError: '号码无效' });
      const later = await ctx.store().claimOutbox(NOW + 86_400_000, 'dispatcher-b', NOW + 86_500_000, 10);
      expect(later.map((e) => e.id)).to.deep.equal(['m2']);
      // A late report from the first dispatcher changes nothing once the message is settled.
      await ctx.store().markOutboxDelivered(keyOf(first), '2026-03-02T01:00:00.000Z');
      expect((await ctx.store().listOutbox({ caseId: 'C1', status: 'dead' }, 10))[0]).to.include({ deliveredAt: null });
    });
  });
}
