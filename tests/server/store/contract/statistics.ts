import { expect } from 'chai';
import type { CaseRecord, FactLight, OpenLightRow, Store } from '@govflow/server';
import { T0 } from '../fixtures.js';
import { completeFirst, rejection, type ContractContext } from './context.js';

const ms = (iso: string): number => Date.parse(iso);
const MARCH = [ms('2026-03-01T00:00:00+08:00'), ms('2026-04-01T00:00:00+08:00')] as const;

/** The counts of one light in grouped rows. */
function total(rows: readonly OpenLightRow[], light: FactLight): number {
  return rows.reduce((sum, row) => sum + row.counts[light], 0);
}

/** The instant of one of the case's own light timers. */
function timerOf(record: CaseRecord, level: 'yellow' | 'red' | 'due'): number {
  const timer = record.state.timers.find((t) => t.id === `case:${level}`);
  if (!timer) throw new Error(`no case:${level} timer`);
  return ms(timer.dueAt);
}

async function newCase(ctx: ContractContext, id: string, now = T0, windowId: string | null = 'jj-chunxilu-window') {
  const { record, events } = ctx.factory().start(id, { now });
  return ctx.store().createCase({ ...record, windowId }, events);
}

async function lightOf(store: Store, at: number): Promise<Record<FactLight, number>> {
  const rows = await store.countOpenByLight(at, {}, []);
  const lights: FactLight[] = ['green', 'yellow', 'red', 'overdue', 'stopped', 'done'];
  return Object.fromEntries(lights.map((l) => [l, total(rows, l)])) as Record<FactLight, number>;
}

/** Statistics facts: kept with every commit, counted by light with instants, by period, by step; score settings and runs. */
export function statisticsContract(ctx: ContractContext): void {
  describe('statistics facts', () => {
    it('given a case, then it counts green, yellow, red and overdue exactly at the instants its timers hold', async () => {
      const record = await newCase(ctx, 'c1');
      const store = ctx.store();
      const [yellow, red, due] = [timerOf(record, 'yellow'), timerOf(record, 'red'), timerOf(record, 'due')];
      expect((await lightOf(store, yellow - 1)).green).to.equal(1);
      expect((await lightOf(store, yellow)).yellow).to.equal(1);
      expect((await lightOf(store, red)).red).to.equal(1);
      expect((await lightOf(store, due - 1)).red).to.equal(1);
      expect((await lightOf(store, due)).overdue).to.equal(1);
      const rows = await store.countOpenByLight(yellow, {}, ['windowId', 'clerkId']);
      expect(rows).to.deep.equal([
        {
          itemCode: 'JJ-RS-001',
          unitId: 'jj-chunxilu',
          windowId: 'jj-chunxilu-window',
          clerkId: 'clerk',
          counts: { green: 0, yellow: 1, red: 0, overdue: 0, stopped: 0, done: 0 },
        },
      ]);
    });

    it('given the first step completed in a commit, then the step facts hold it as the engine dated it', async () => {
      const record = await newCase(ctx, 'c1');
      await completeFirst(ctx, record, '2026-03-02T11:00:00+08:00');
      const steps = await ctx.store().listStepFacts('JJ-RS-001', MARCH[0], MARCH[1], {});
      const task = record.state.tasks[0];
      expect(steps).to.deep.equal([
        {
          caseId: 'c1',
          taskId: task?.id,
          itemCode: 'JJ-RS-001',
          itemVersion: record.itemVersion,
          elementId: 'accept',
          startedMs: ms(task?.startedAt ?? ''),
          completedMs: ms('2026-03-02T11:00:00+08:00'),
          dueMs: ms(task?.dueAt ?? ''),
        },
      ]);
      expect(await ctx.store().listStepFacts('JJ-RS-001', MARCH[1], MARCH[1] + 86_400_000, {})).to.deep.equal([]);
      expect(
        await ctx.store().listStepFacts('JJ-RS-001', MARCH[0], MARCH[1], { scopeKeys: ['dept:other'] }),
      ).to.deep.equal([]);
    });

    it('given a stopped clock, then the case counts as stopped whatever the instant', async () => {
      const record = await newCase(ctx, 'c1');
      const stopped = ctx
        .factory()
        .step(
          record.state,
          { type: 'stopClock', actor: { id: 'clerk' }, kind: 'supplement', reason: '补正' },
          '2026-03-03T09:00:00+08:00',
        );
      await ctx.store().commitCase('c1', record.version, stopped);
      expect((await lightOf(ctx.store(), timerOf(record, 'due') + 86_400_000)).stopped).to.equal(1);
    });

    it('given one case refused and one withdrawn, then both leave the open counts and March counts them by how they ended', async () => {
      const store = ctx.store();
      const refused = await newCase(ctx, 'c1');
      const withdrawn = await newCase(ctx, 'c2', '2026-03-02T10:00:00+08:00', null);
      const end = '2026-03-04T09:00:00+08:00';
      await store.commitCase(
        'c1',
        refused.version,
        ctx.factory().step(refused.state, { type: 'terminate', actor: { id: 'lead' }, reasons: ['不符合条件'] }, end),
      );
      await store.commitCase(
        'c2',
        withdrawn.version,
        ctx.factory().step(withdrawn.state, { type: 'withdraw', actor: { id: 'clerk' } }, end),
      );
      expect(await store.countOpenByLight(ms(end), {}, [])).to.deep.equal([]);
      const [row, ...rest] = await store.periodCounts(MARCH[0], MARCH[1], {});
      expect(rest).to.have.length(1);
      // c1 (window) and c2 (no window) are two groups; 03-03 and 0.375 of 03-04 used: 1 day in halves, early against 7
      const all = [row, ...rest];
      const sum = (
        key: 'accepted' | 'completed' | 'refused' | 'early' | 'onTime' | 'withdrawn' | 'pending' | 'usedDays',
      ) => all.reduce((s, r) => s + (r?.[key] ?? 0), 0);
      expect([
        sum('accepted'),
        sum('completed'),
        sum('refused'),
        sum('early'),
        sum('onTime'),
        sum('withdrawn'),
        sum('pending'),
      ]).to.deep.equal([2, 1, 1, 1, 1, 1, 0]);
      expect(sum('usedDays')).to.equal(1);
      expect(all.map((r) => r?.windowId).sort()).to.deep.equal(['jj-chunxilu-window', null]);
      const noWindow = await store.periodCounts(MARCH[0], MARCH[1], { windowIds: [''] });
      expect(noWindow.map((r) => [r.withdrawn, r.accepted])).to.deep.equal([[1, 1]]);
    });

    it('lists open cases reddest first and narrows by scope keys, (item, unit) pairs and clerks', async () => {
      const store = ctx.store();
      const early = await newCase(ctx, 'c1');
      await newCase(ctx, 'c2', '2026-03-03T09:00:00+08:00');
      const at = timerOf(early, 'yellow');
      const listed = await store.listOpenCases(at, {}, undefined, 10, 0);
      expect(listed.map((r) => [r.caseId, r.light])).to.deep.equal([
        ['c1', 'yellow'],
        ['c2', 'green'],
      ]);
      expect((await store.listOpenCases(at, {}, 'green', 10, 0)).map((r) => r.caseId)).to.deep.equal(['c2']);
      expect((await store.listOpenCases(at, {}, undefined, 1, 1)).map((r) => r.caseId)).to.deep.equal(['c2']);
      expect(await store.listOpenCases(at, { scopeKeys: ['window:elsewhere'] }, undefined, 10, 0)).to.deep.equal([]);
      expect(
        await store.listOpenCases(at, { scopeKeys: ['window:jj-chunxilu-window'] }, undefined, 10, 0),
      ).to.have.length(2);
      expect(
        await store.listOpenCases(at, { pairs: [['JJ-RS-001', 'jj-shuyuanjie']] }, undefined, 10, 0),
      ).to.deep.equal([]);
      expect(
        await store.listOpenCases(at, { pairs: [['JJ-RS-001', 'jj-chunxilu']], clerkIds: ['clerk'] }, undefined, 10, 0),
      ).to.have.length(2);
      expect(await store.countOpenByLight(at, { itemCodes: [] }, [])).to.deep.equal([]);
    });

    it('counts intake decisions of a period by kind, item and window', async () => {
      const store = ctx.store();
      const decision = (id: string, kind: string, decidedAt: string) =>
        store.saveIntakeDecision({
          id,
          kind,
          number: `N-${id}`,
          decidedAt,
          data: { itemCode: 'JJ-RS-001', windowId: 'jj-chunxilu-window' },
        });
      await decision('d1', 'one-time-notice', '2026-03-02T09:00:00.000+08:00');
      await decision('d2', 'one-time-notice', '2026-03-31T23:59:59.999+08:00');
      await decision('d3', 'refusal', '2026-04-01T00:00:00.000+08:00');
      expect(await store.intakeCounts(MARCH[0], MARCH[1])).to.deep.equal([
        { kind: 'one-time-notice', itemCode: 'JJ-RS-001', windowId: 'jj-chunxilu-window', count: 2 },
      ]);
    });

    it('keeps the score settings by version (a stale write fails) and a published month with its warnings queued once', async () => {
      const store = ctx.store();
      expect(await store.getScoreSettings()).to.equal(undefined);
      const saved = await store.saveScoreSettings({ base: 100 }, 0, 'u-supervisor', '2026-11-02T09:00:00.000+08:00');
      expect(saved.version).to.equal(1);
      const stale = await rejection(
        store.saveScoreSettings({ base: 90 }, 0, 'u-admin', '2026-11-02T10:00:00.000+08:00'),
      );
      expect((stale as { code?: string }).code).to.equal('SCORE_SETTINGS_CONFLICT');
      expect((await store.getScoreSettings())?.settings).to.deep.equal({ base: 100 });
      const warning = {
        id: 'score:2026-10:d:user:u-lead',
        channel: 'webhook' as const,
        to: 'user:u-lead',
        template: 'score.warning',
        payload: { text: '警示' },
        createdAt: '2026-11-02T09:00:00.000+08:00',
      };
      const run = {
        month: '2026-10',
        publishedAt: '2026-11-02T09:00:00.000+08:00',
        publishedBy: 'u-supervisor',
        data: { warned: ['d'] },
      };
      await store.saveScoreRun(run, [warning]);
      await store.saveScoreRun({ ...run, publishedBy: 'u-admin' }, [warning]);
      expect(await store.getScoreRun('2026-10')).to.deep.equal({ ...run, publishedBy: 'u-admin' });
      expect(await store.getScoreRun('2026-09')).to.equal(undefined);
      const queued = await store.listOutbox({ caseId: 'score:2026-10' }, 10);
      expect(queued.map((m) => [m.id, m.to, m.status])).to.deep.equal([[warning.id, 'user:u-lead', 'pending']]);
    });
  });
}
