import { expect } from 'chai';
import { completeFirst, createCase, sleep, type ContractContext } from './context.js';

const FAR = '2030-01-01T00:00:00+08:00';
const key = (t: { caseId: string; id: string }) => `${t.caseId}/${t.id}`;

/** Timer leases: two schedulers never hold the same timer; an expired lease may be taken again. */
export function timerLeasesContract(ctx: ContractContext): void {
  describe('timer leases', () => {
    it('given due timers, when claimed, then they come earliest first, up to the limit, and only once', async () => {
      await createCase(ctx, 'C1', { now: '2026-03-02T09:00:00+08:00' });
      await createCase(ctx, 'C2', { now: '2026-03-02T10:00:00+08:00' });
      const due = await ctx.store().dueTimers(FAR, 100);
      const first = await ctx.store().claimDueTimers(FAR, 'scheduler-a', Date.now() + 60_000, 3);
      expect(first).to.deep.equal(due.slice(0, 3));
      const rest = await ctx.store().claimDueTimers(FAR, 'scheduler-a', Date.now() + 60_000, 100);
      expect(rest).to.deep.equal(due.slice(3));
      expect(await ctx.store().claimDueTimers(FAR, 'scheduler-b', Date.now() + 60_000, 100)).to.deep.equal([]);
    });

    it('given due timers of many cases, when claimed in batches, then the batches follow the due order and together hold every timer once', async () => {
      for (let i = 0; i < 40; i++) {
        await createCase(ctx, `C${String(i).padStart(2, '0')}`, {
          now: `2026-03-0${2 + (i % 3)}T${String(9 + (i % 5)).padStart(2, '0')}:00:00+08:00`,
        });
      }
      const due = await ctx.store().dueTimers(FAR, 1000);
      const batches = [];
      for (
        let batch = await ctx.store().claimDueTimers(FAR, 'scheduler-a', Date.now() + 60_000, 25);
        batch.length > 0;
      ) {
        expect(batch.length).to.be.at.most(25);
        batches.push(...batch);
        batch = await ctx.store().claimDueTimers(FAR, 'scheduler-a', Date.now() + 60_000, 25);
      }
      expect(batches).to.deep.equal(due);
    });

    it('given timers not yet due, then they are not claimed', async () => {
      const created = await createCase(ctx, 'C1');
      const earliest = [...created.state.timers].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
      if (!earliest) throw new Error('no timer');
      const before = new Date(Date.parse(earliest.dueAt) - 1).toISOString();
      expect(await ctx.store().claimDueTimers(before, 'scheduler-a', Date.now() + 60_000, 100)).to.deep.equal([]);
    });

    it('given two schedulers claiming at once, then no timer goes to both and none is left out', async () => {
      for (let i = 1; i <= 6; i++) await createCase(ctx, `C${i}`);
      const due = await ctx.store().dueTimers(FAR, 1000);
      const [a, b] = await Promise.all([
        ctx.store().claimDueTimers(FAR, 'scheduler-a', Date.now() + 60_000, 1000),
        ctx.store().claimDueTimers(FAR, 'scheduler-b', Date.now() + 60_000, 1000),
      ]);
      const keysA = new Set(a.map(key));
      expect(b.filter((t) => keysA.has(key(t)))).to.deep.equal([]);
      expect([...a, ...b].map(key).sort()).to.deep.equal(due.map(key).sort());
    });

    it('given a lease that expired, then another scheduler may claim the timer', async () => {
      await createCase(ctx, 'C1');
      const claimed = await ctx.store().claimDueTimers(FAR, 'scheduler-a', Date.now() + 40, 100);
      expect(claimed.length).to.be.greaterThan(0);
      expect(await ctx.store().claimDueTimers(FAR, 'scheduler-b', Date.now() + 60_000, 100)).to.deep.equal([]);
      await sleep(60);
      expect(await ctx.store().claimDueTimers(FAR, 'scheduler-b', Date.now() + 60_000, 100)).to.deep.equal(claimed);
    });

    it('given leased timers, when the case is committed, then its new timers carry no lease', async () => {
      const created = await createCase(ctx, 'C1');
      await ctx.store().claimDueTimers(FAR, 'scheduler-a', Date.now() + 60_000, 100);
      const committed = await completeFirst(ctx, created, '2026-03-02T10:00:00+08:00');
      const reclaimed = await ctx.store().claimDueTimers(FAR, 'scheduler-b', Date.now() + 60_000, 100);
      expect(reclaimed.map((t) => t.id).sort()).to.deep.equal(committed.state.timers.map((t) => t.id).sort());
    });
  });
}
