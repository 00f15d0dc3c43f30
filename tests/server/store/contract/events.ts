import { GENESIS_HASH, hashEvent, type ChainAlgorithm, type StoredEvent } from '@govflow/server';
import { expect } from 'chai';
import { completeFirst, createCase, type ContractContext } from './context.js';

/** Events: append-only, exactly the engine's, each hash-chained to the one before (SM3 or SHA-256). */
export function eventsContract(ctx: ContractContext): void {
  describe('events and their hash chain', () => {
    it('given a created and a committed case, then its events are the engine events in order, nothing added', async () => {
      const { record, events } = ctx.factory().start('C1');
      const created = await ctx.store().createCase(record, events);
      const next = ctx.factory().completeFirst(created.state, '2026-03-02T10:00:00+08:00');
      await ctx.store().commitCase('C1', 1, next);
      const stored = await ctx.store().listEvents('C1');
      expect(stored.map(({ hash: _h, prevHash: _p, ...event }) => event)).to.deep.equal([...events, ...next.events]);
      expect(stored.map((e) => e.seq)).to.deep.equal(stored.map((_, i) => i + 1));
      expect(await ctx.store().listEvents('C-unknown')).to.deep.equal([]);
    });

    it('given the default store, then the chain is SM3 and each event links to the one before across commits', async () => {
      expect(ctx.store().chainAlgorithm).to.equal('sm3');
      const created = await createCase(ctx, 'C1');
      const firstCommit = (await ctx.store().listEvents('C1')).length;
      await completeFirst(ctx, created, '2026-03-02T10:00:00+08:00');
      const events = await ctx.store().listEvents('C1');
      expect(events.length).to.be.greaterThan(firstCommit);
      expect(events[firstCommit]?.prevHash).to.equal(events[firstCommit - 1]?.hash);
      expect(verify(events, 'sm3')).to.equal(true);
      expect(verify(events, 'sha256')).to.equal(false);
    });

    it('given a store opened with SHA-256, then its chains verify with SHA-256', async () => {
      const store = await ctx.open({ chainAlgorithm: 'sha256' });
      try {
        expect(store.chainAlgorithm).to.equal('sha256');
        const { record, events } = ctx.factory().start('C1');
        await store.createCase(record, events);
        const stored = await store.listEvents('C1');
        expect(verify(stored, 'sha256')).to.equal(true);
        expect(verify(stored, 'sm3')).to.equal(false);
      } finally {
        await ctx.close(store);
      }
    });

    it('given a stored event altered after the fact, then the chain no longer verifies', async () => {
      await createCase(ctx, 'C1');
      const events = await ctx.store().listEvents('C1');
      const [first, ...rest] = events;
      if (!first) throw new Error('no events');
      const forged = [{ ...first, at: '2026-03-01T09:00:00.000+08:00' }, ...rest];
      expect(verify(events, 'sm3')).to.equal(true);
      expect(verify(forged, 'sm3')).to.equal(false);
    });
  });
}

function verify(events: readonly StoredEvent[], algorithm: ChainAlgorithm): boolean {
  let prev = GENESIS_HASH;
  for (const { hash, prevHash, ...event } of events) {
    if (prevHash !== prev || hashEvent(event, prevHash, algorithm) !== hash) return false;
    prev = hash;
  }
  return true;
}
