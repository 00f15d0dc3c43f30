import { CaseConflictError, CaseExistsError } from '@govflow/server';
import { expect } from 'chai';
import { completeFirst, createCase, rejection, type ContractContext } from './context.js';

/** Cases: created at version 1, read back exactly, listed newest first, committed with a version check. */
export function casesContract(ctx: ContractContext): void {
  describe('cases', () => {
    it('given a created case, then it is stored at version 1 and reads back exactly as written', async () => {
      const { record, events } = ctx.factory().start('C1');
      const created = await ctx.store().createCase(record, events);
      expect(created).to.deep.equal({ ...record, version: 1 });
      expect(await ctx.store().getCase('C1')).to.deep.equal(created);
      expect(await ctx.store().getCase('C-unknown')).to.equal(undefined);
    });

    it('given form data with keys like `$where` and dotted names, then they are stored as data, unchanged', async () => {
      const created = await createCase(ctx, 'C1');
      const stored = await ctx.store().getCase('C1');
      expect(stored?.formData).to.deep.equal(created.formData);
      expect(stored?.formData['note']).to.deep.equal({ $where: '1', 'a.b': 'dotted' });
    });

    it('given a case id that exists, when created again, then CASE_EXISTS and the stored case is unchanged', async () => {
      const first = await createCase(ctx, 'C1');
      const error = await rejection(createCase(ctx, 'C1', { receiptNumber: 'SL-other' }));
      expect(error).to.be.instanceOf(CaseExistsError);
      expect((error as CaseExistsError).code).to.equal('CASE_EXISTS');
      expect(await ctx.store().getCase('C1')).to.deep.equal(first);
    });

    it('given three cases, then listCases gives the newest first, up to the limit', async () => {
      await createCase(ctx, 'C1', { now: '2026-03-02T09:00:00+08:00' });
      await createCase(ctx, 'C2', { now: '2026-03-02T10:00:00+08:00' });
      await createCase(ctx, 'C3', { now: '2026-03-02T11:00:00+08:00' });
      expect((await ctx.store().listCases(10)).map((c) => c.id)).to.deep.equal(['C3', 'C2', 'C1']);
      expect((await ctx.store().listCases(2)).map((c) => c.id)).to.deep.equal(['C3', 'C2']);
    });

    it('given a commit at the stored version, then the version rises and the new state is stored', async () => {
      const created = await createCase(ctx, 'C1');
      const committed = await completeFirst(ctx, created, '2026-03-02T10:00:00+08:00');
      expect(committed.version).to.equal(2);
      expect(committed.state.tasks.map((t) => t.name)).to.deep.equal(['审核']);
      expect(await ctx.store().getCase('C1')).to.deep.equal(committed);
    });

    it('given a stale expected version, when committing, then CASE_CONFLICT and nothing is written', async () => {
      const created = await createCase(ctx, 'C1');
      const committed = await completeFirst(ctx, created, '2026-03-02T10:00:00+08:00');
      const before = {
        record: await ctx.store().getCase('C1'),
        events: await ctx.store().listEvents('C1'),
        tasks: await ctx.store().listOpenTasks(100),
        timers: await ctx.store().dueTimers('2030-01-01T00:00:00+08:00', 100),
      };
      const stale = ctx.factory().completeFirst(created.state, '2026-03-02T11:00:00+08:00');
      const error = await rejection(ctx.store().commitCase('C1', 1, stale));
      expect(error).to.be.instanceOf(CaseConflictError);
      expect((error as CaseConflictError).code).to.equal('CASE_CONFLICT');
      expect(await ctx.store().getCase('C1')).to.deep.equal(before.record);
      expect(await ctx.store().listEvents('C1')).to.deep.equal(before.events);
      expect(await ctx.store().listOpenTasks(100)).to.deep.equal(before.tasks);
      expect(await ctx.store().dueTimers('2030-01-01T00:00:00+08:00', 100)).to.deep.equal(before.timers);
      expect(committed.version).to.equal(2);
    });

    it('given two commits racing from the same version, then exactly one wins and the other is CASE_CONFLICT', async () => {
      const created = await createCase(ctx, 'C1');
      const results = await Promise.allSettled([
        completeFirst(ctx, created, '2026-03-02T10:00:00+08:00'),
        completeFirst(ctx, created, '2026-03-02T10:00:00+08:00'),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      const lost = results.find((r) => r.status === 'rejected');
      expect(lost?.status === 'rejected' ? lost.reason : undefined).to.be.instanceOf(CaseConflictError);
      expect((await ctx.store().getCase('C1'))?.version).to.equal(2);
    });

    it('given a commit for a case that does not exist, then CASE_CONFLICT', async () => {
      const { record } = ctx.factory().start('C-missing');
      const error = await rejection(ctx.store().commitCase('C-missing', 1, { state: record.state, events: [] }));
      expect(error).to.be.instanceOf(CaseConflictError);
      expect(await ctx.store().getCase('C-missing')).to.equal(undefined);
    });
  });
}
