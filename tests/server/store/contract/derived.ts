import type { CaseState, EngineResult } from '@govflow/engine';
import type { CaseRecord } from '@govflow/server';
import { expect } from 'chai';
import { completeFirst, createCase, type ContractContext } from './context.js';

const FAR = '2030-01-01T00:00:00+08:00';

/** Open tasks and timers: derived from the committed state, indexed for worklists and the scheduler. */
export function derivedContract(ctx: ContractContext): void {
  describe('tasks and timers derived from the state', () => {
    it('given a new case, then its open task is listed with the case fields a worklist shows', async () => {
      const created = await createCase(ctx, 'C1', { receiptNumber: 'SL20260302-0001' });
      const task = created.state.tasks[0];
      if (!task) throw new Error('no task');
      const expected = {
        id: `C1.${task.id}`,
        caseId: 'C1',
        taskId: task.id,
        elementId: task.el,
        name: task.name,
        assignee: task.assignee ?? null,
        candidateGroups: task.candidateGroups ?? [],
        claimedBy: null,
        startedAt: task.startedAt,
        dueAt: task.dueAt ?? null,
        itemCode: created.itemCode,
        receiptNumber: 'SL20260302-0001',
        applicantName: created.applicantName,
      };
      expect(await ctx.store().listOpenTasks(10)).to.deep.equal([expected]);
      expect(await ctx.store().findTask('C1', task.id)).to.deep.equal(expected);
      expect(await ctx.store().findTask('C1', 'no-such-task')).to.equal(undefined);
      expect(await ctx.store().findTask('C-unknown', task.id)).to.equal(undefined);
    });

    it('given a commit, then tasks and timers follow the new state and the old ones are gone', async () => {
      const created = await createCase(ctx, 'C1');
      const first = created.state.tasks[0];
      const committed = await completeFirst(ctx, created, '2026-03-02T10:00:00+08:00');
      expect((await ctx.store().listOpenTasks(10)).map((t) => t.name)).to.deep.equal(['审核']);
      expect(await ctx.store().findTask('C1', first?.id ?? '')).to.equal(undefined);
      const due = await ctx.store().dueTimers(FAR, 100);
      expect(due.map((t) => t.id).sort()).to.deep.equal(committed.state.timers.map((t) => t.id).sort());
      expect(due.every((t) => t.caseId === 'C1')).to.equal(true);
    });

    it('given tasks of several cases, then the worklist gives the earliest deadline first, up to the limit', async () => {
      await createCase(ctx, 'C1', { now: '2026-03-03T09:00:00+08:00' });
      await createCase(ctx, 'C2', { now: '2026-03-02T09:00:00+08:00' });
      const tasks = await ctx.store().listOpenTasks(10);
      expect(tasks.map((t) => t.caseId)).to.deep.equal(['C2', 'C1']);
      expect(await ctx.store().listOpenTasks(1)).to.have.length(1);
    });

    it('given timers due at different instants, then dueTimers gives those due by the instant, earliest first', async () => {
      const created = await createCase(ctx, 'C1');
      const timers = [...created.state.timers].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
      const third = timers[2];
      if (!third) throw new Error('fewer than three timers');
      const due = await ctx.store().dueTimers(third.dueAt, 100);
      expect(due.map((t) => t.dueAt)).to.deep.equal(timers.slice(0, 3).map((t) => t.dueAt));
      expect(due[0]).to.deep.equal({ caseId: 'C1', ...timers[0] });
      expect(await ctx.store().dueTimers(third.dueAt, 2)).to.have.length(2);
    });

    it('given 150 cases whose timers interleave and tie, then dueTimers orders them by instant, case and timer across cases, and a limit cuts that order', async () => {
      // Cases opened on three days at seven hours: many timers of different cases fall due at one instant.
      const records: CaseRecord[] = [];
      for (let i = 0; i < 150; i++) {
        const day = String(2 + (i % 3)).padStart(2, '0');
        const hour = String(9 + (i % 7)).padStart(2, '0');
        records.push(
          await createCase(ctx, `C${String(i).padStart(3, '0')}`, { now: `2026-03-${day}T${hour}:00:00+08:00` }),
        );
      }
      // Some cases moved on a step: their earliest timer changed.
      for (let i = 0; i < records.length; i += 4) {
        records[i] = await completeFirst(ctx, records[i] as CaseRecord, '2026-03-05T10:00:00+08:00');
      }
      const expected = records
        .flatMap((r) => r.state.timers.map((t) => ({ caseId: r.id, ...t })))
        .sort(
          (a, b) =>
            Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.caseId.localeCompare(b.caseId) || a.id.localeCompare(b.id),
        );
      expect(await ctx.store().dueTimers(FAR, 10_000)).to.deep.equal(expected);
      for (const limit of [1, 7, 200, 500]) {
        expect(await ctx.store().dueTimers(FAR, limit), `limit ${limit}`).to.deep.equal(expected.slice(0, limit));
      }
      const middle = expected[400];
      if (!middle) throw new Error('fewer than 401 timers');
      const until = await ctx.store().dueTimers(middle.dueAt, 10_000);
      expect(until).to.deep.equal(expected.filter((t) => Date.parse(t.dueAt) <= Date.parse(middle.dueAt)));
    });

    it('given the same commands committed with and without the state they replace, then tasks, timers and lights are the same', async () => {
      // Case A's commits carry `previous` (as the services' do), case B's do not: the adapter may then compare
      // instead of reading, and must end with the same rows.
      const clerk = { id: 'clerk', groups: ['street-window'] };
      const steps: [string, string, (state: CaseState, now: string) => EngineResult][] = [
        [
          'claim',
          '2026-03-02T09:30:00+08:00',
          (state, now) =>
            ctx.factory().step(state, { type: 'claim', actor: clerk, taskId: state.tasks[0]?.id ?? '' }, now),
        ],
        ['complete', '2026-03-02T10:00:00+08:00', (state, now) => ctx.factory().completeFirst(state, now)],
        [
          'stopClock',
          '2026-03-03T09:00:00+08:00',
          (state, now) =>
            ctx.factory().step(state, { type: 'stopClock', actor: clerk, kind: 'supplement', reason: '补正' }, now),
        ],
        [
          'resumeClock',
          '2026-03-05T09:00:00+08:00',
          (state, now) => ctx.factory().step(state, { type: 'resumeClock', actor: clerk }, now),
        ],
        [
          'terminate',
          '2026-03-05T10:00:00+08:00',
          (state, now) =>
            ctx.factory().step(state, { type: 'terminate', actor: { id: 'lead' }, reasons: ['申请人不符合条件'] }, now),
        ],
      ];
      const rowsOf = async (caseId: string) => ({
        tasks: (await ctx.store().listOpenTasks(10))
          .filter((t) => t.caseId === caseId)
          .map(({ id: _id, caseId: _caseId, receiptNumber: _number, ...task }) => task),
        timers: (await ctx.store().dueTimers(FAR, 100))
          .filter((t) => t.caseId === caseId)
          .map(({ caseId: _caseId, ...timer }) => timer),
      });
      let [a, b] = [await createCase(ctx, 'A'), await createCase(ctx, 'B')];
      for (const [name, now, step] of steps) {
        a = await ctx.store().commitCase('A', a.version, { ...step(a.state, now), previous: a.state });
        b = await ctx.store().commitCase('B', b.version, step(b.state, now));
        const [rowsA, rowsB] = [await rowsOf('A'), await rowsOf('B')];
        expect(rowsA, name).to.deep.equal(rowsB);
        expect(
          rowsA.tasks.map((t) => [t.taskId, t.claimedBy]),
          name,
        ).to.deep.equal(a.state.tasks.map((t) => [t.id, t.claimedBy ?? null]));
        expect(rowsA.timers.map((t) => t.id).sort(), name).to.deep.equal(a.state.timers.map((t) => t.id).sort());
        // The facts: both cases count under one light (stopped while the clock is), and neither once terminated
        const rows = await ctx.store().countOpenByLight(Date.parse(now), {}, []);
        const counts = rows.flatMap((row) => Object.entries(row.counts)).filter(([, n]) => n > 0);
        if (name === 'terminate') expect(counts, name).to.deep.equal([]);
        else {
          expect(
            counts.map(([, n]) => n),
            name,
          ).to.deep.equal([2]);
          expect(counts[0]?.[0] === 'stopped', name).to.equal(name === 'stopClock');
        }
      }
    });

    it('given a case closed by a command, then it has no open task and no timer', async () => {
      const created = await createCase(ctx, 'C1');
      const closed = ctx
        .factory()
        .step(
          created.state,
          { type: 'terminate', actor: { id: 'lead' }, reasons: ['申请人不符合条件'] },
          '2026-03-02T10:00:00+08:00',
        );
      await ctx.store().commitCase('C1', 1, closed);
      expect(await ctx.store().listOpenTasks(10)).to.deep.equal([]);
      expect(await ctx.store().dueTimers(FAR, 10)).to.deep.equal([]);
    });

    it('given refreshDerived, then tasks and timers are rewritten from the stored state (and an unknown case is ignored)', async () => {
      await createCase(ctx, 'C1');
      const tasks = await ctx.store().listOpenTasks(10);
      const timers = await ctx.store().dueTimers(FAR, 100);
      await ctx.store().claimDueTimers(FAR, 'scheduler-a', Date.now() + 60_000, 100);
      await ctx.store().refreshDerived('C1');
      await ctx.store().refreshDerived('C-unknown');
      expect(await ctx.store().listOpenTasks(10)).to.deep.equal(tasks);
      expect(await ctx.store().dueTimers(FAR, 100)).to.deep.equal(timers);
      expect(await ctx.store().claimDueTimers(FAR, 'scheduler-b', Date.now() + 60_000, 100)).to.have.length(
        timers.length,
      );
    });
  });
}
