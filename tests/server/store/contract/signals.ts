import { GENESIS_HASH, SignalConflictError, type SignalEntry, type SignalRecord } from '@govflow/server';
import { expect } from 'chai';
import { outboxMessage } from '../fixtures.js';
import { completeFirst, createCase, rejection, type ContractContext } from './context.js';

const AT = '2026-03-10T00:00:00.000+08:00';

/** A new signal of case C1 with sensible defaults. */
function signal(id: string, overrides: Partial<SignalRecord> = {}): Omit<SignalRecord, 'entryCount' | 'headHash'> {
  return {
    id,
    key: `C1|case|${id}`,
    kind: 'yellow-card',
    level: 'yellow',
    status: 'open',
    resolution: null,
    caseId: 'C1',
    receiptNumber: 'SL-C1',
    itemCode: 'JJ-RS-001',
    itemName: '失业人员再就业证补办',
    taskId: null,
    elementId: null,
    stepName: null,
    departmentId: 'jj-labour',
    departmentName: '区人力资源和社会保障局',
    unitId: 'jj-chunxilu',
    windowId: 'jj-chunxilu-window',
    responsibleId: 'u-reviewer',
    leadIds: ['u-lead'],
    scopeKeys: ['dept:jj-labour', 'user:u-reviewer', 'user:u-lead'],
    summary: '已超过承诺办结期限',
    facts: { deadline: AT, nested: { $where: '1', 'a.b': 'dotted' } },
    occurredAt: AT,
    createdAt: AT,
    answerDueAt: '2026-03-14T00:00:00.000+08:00',
    flaggedAt: null,
    relatedSignalId: null,
    letterNumber: null,
    updatedAt: AT,
    ...overrides,
  };
}

const created: SignalEntry = { type: 'signal.created', at: AT, by: 'system', data: { kind: 'yellow-card' } };

/** Signals (预警纠错): unique by key, hash-chained history guarded by its length, filters, settings, scan cursors. */
export function signalsContract(ctx: ContractContext): void {
  describe('signals', () => {
    beforeEach(async () => {
      await createCase(ctx, 'C1');
    });

    it('given a new signal, then it reads back as stored with its first entry chained from the genesis hash and its notices in the case’s outbox', async () => {
      const store = ctx.store();
      const stored = await store.createSignal(signal('s1'), created, [
        outboxMessage('signal:s1:1:u-reviewer', { channel: 'webhook', to: 'user:u-reviewer' }),
      ]);
      expect(stored).to.deep.include({ id: 's1', entryCount: 1 });
      expect(await store.getSignal('s1')).to.deep.equal(stored);
      const [entry] = await store.listSignalEntries('s1');
      expect(entry).to.deep.include({
        signalId: 's1',
        seq: 1,
        type: 'signal.created',
        by: 'system',
        prevHash: GENESIS_HASH,
      });
      expect(entry?.hash).to.equal(stored?.headHash);
      expect((await store.listOutbox({ caseId: 'C1' }, 10)).map((m) => m.id)).to.deep.equal(['signal:s1:1:u-reviewer']);
      expect(await store.getSignal('nope')).to.equal(undefined);
    });

    it('given a signal, when another with the same key is created, then nothing is written: no second signal, entry or notice', async () => {
      const store = ctx.store();
      await store.createSignal(signal('s1'), created, [outboxMessage('n1')]);
      const again = await store.createSignal(signal('s2', { key: 'C1|case|s1' }), created, [outboxMessage('n2')]);
      expect(again).to.equal(undefined);
      expect((await store.listSignals({}, 10)).map((s) => s.id)).to.deep.equal(['s1']);
      expect(await store.listSignalEntries('s2')).to.deep.equal([]);
      expect((await store.listOutbox({ caseId: 'C1' }, 10)).map((m) => m.id)).to.deep.equal(['n1']);
    });

    it('given an entry appended at the expected length, then the signal changes and the chain grows; at a stale length nothing is written', async () => {
      const store = ctx.store();
      const first = await store.createSignal(signal('s1'), created, []);
      const answered = await store.appendSignalEntry(
        's1',
        1,
        { type: 'signal.answered', at: '2026-03-11T09:00:00.000+08:00', by: 'u-reviewer', data: { text: '已整改' } },
        { status: 'answered' },
        [outboxMessage('n-answer')],
      );
      expect(answered).to.deep.include({
        status: 'answered',
        entryCount: 2,
        updatedAt: '2026-03-11T09:00:00.000+08:00',
      });
      expect(await store.getSignal('s1')).to.deep.equal(answered);
      const entries = await store.listSignalEntries('s1');
      expect(entries.map((e) => e.seq)).to.deep.equal([1, 2]);
      expect(entries[1]?.prevHash).to.equal(first?.headHash);
      expect(entries[1]?.data).to.deep.equal({ text: '已整改' });
      const stale = await rejection(
        store.appendSignalEntry(
          's1',
          1,
          { type: 'signal.closed', at: AT, by: 'u-supervisor', data: {} },
          { status: 'closed' },
          [outboxMessage('lost')],
        ),
      );
      expect(stale).to.be.instanceOf(SignalConflictError);
      expect((await store.getSignal('s1'))?.status).to.equal('answered');
      expect(await store.listSignalEntries('s1')).to.have.length(2);
      expect((await store.listOutbox({ caseId: 'C1' }, 10)).map((m) => m.id)).to.deep.equal(['n-answer']);
      expect(await rejection(store.appendSignalEntry('missing', 1, created, {}, []))).to.be.instanceOf(
        SignalConflictError,
      );
    });

    it('given signals of several kinds, levels, departments, units and readers, then each filter narrows and the list is newest first', async () => {
      const store = ctx.store();
      await store.createSignal(signal('s1', { createdAt: '2026-03-10T09:00:00.000+08:00' }), created, []);
      await store.createSignal(
        signal('s2', {
          key: 'C1|t3|red-card',
          kind: 'red-card',
          level: 'red',
          departmentId: 'jj-planning',
          unitId: 'jj',
          scopeKeys: ['dept:jj-planning', 'user:u-planner'],
          createdAt: '2026-03-11T09:00:00.000+08:00',
        }),
        created,
        [],
      );
      await store.createSignal(
        signal('s3', {
          key: 'C1|case|warning',
          kind: 'warning',
          level: 'warning',
          answerDueAt: null,
          createdAt: '2026-03-12T09:00:00.000+08:00',
        }),
        created,
        [],
      );
      const ids = async (filter: Parameters<typeof store.listSignals>[0], limit = 10) =>
        (await store.listSignals(filter, limit)).map((s) => s.id);
      expect(await ids({})).to.deep.equal(['s3', 's2', 's1']);
      expect(await ids({}, 2)).to.deep.equal(['s3', 's2']);
      expect(await ids({ kind: 'red-card' })).to.deep.equal(['s2']);
      expect(await ids({ level: 'warning' })).to.deep.equal(['s3']);
      expect(await ids({ departmentId: 'jj-labour' })).to.deep.equal(['s3', 's1']);
      expect(await ids({ caseId: 'C1', status: 'open' })).to.deep.equal(['s3', 's2', 's1']);
      expect(await ids({ key: 'C1|t3|red-card' })).to.deep.equal(['s2']);
      expect(await ids({ unitIds: ['jj', 'cd'] })).to.deep.equal(['s2']);
      expect(await ids({ unitIds: [] })).to.deep.equal([]);
      expect(await ids({ scopeKeys: ['user:u-planner', 'user:nobody'] })).to.deep.equal(['s2']);
      expect(await ids({ scopeKeys: [] })).to.deep.equal([]);
    });

    it('given open signals with answers due, then the overdue ones not yet flagged are found; once flagged or answered they are not', async () => {
      const store = ctx.store();
      await store.createSignal(signal('due', { answerDueAt: '2026-03-12T00:00:00.000+08:00' }), created, []);
      await store.createSignal(
        signal('later', { key: 'k-later', answerDueAt: '2026-03-20T00:00:00.000+08:00' }),
        created,
        [],
      );
      await store.createSignal(signal('none', { key: 'k-none', answerDueAt: null }), created, []);
      const overdue = async () =>
        (await store.listSignals({ answerOverdueAt: '2026-03-12T00:00:00.000+08:00' }, 10)).map((s) => s.id);
      expect(await overdue()).to.deep.equal(['due']);
      await store.appendSignalEntry(
        'due',
        1,
        { type: 'signal.flagged', at: AT, by: 'system', data: {} },
        { flaggedAt: AT },
        [],
      );
      expect(await overdue()).to.deep.equal([]);
      expect((await store.getSignal('due'))?.flaggedAt).to.equal(AT);
    });

    it('given the settings, then none at first, each save moves the version on, and a save at a stale version is refused', async () => {
      const store = ctx.store();
      expect(await store.getSignalSettings()).to.equal(undefined);
      const first = await store.saveSignalSettings(
        { center: { scheme: 'cards' }, items: { 'a.b': { x: 1 } } },
        0,
        'u-admin',
        AT,
      );
      expect(first).to.deep.equal({
        settings: { center: { scheme: 'cards' }, items: { 'a.b': { x: 1 } } },
        version: 1,
        updatedAt: AT,
        updatedBy: 'u-admin',
      });
      expect(await store.getSignalSettings()).to.deep.equal(first);
      expect(await rejection(store.saveSignalSettings({ center: {} }, 0, 'u-supervisor', AT))).to.be.instanceOf(
        SignalConflictError,
      );
      const second = await store.saveSignalSettings({ center: { scheme: 'lights' } }, 1, 'u-supervisor', AT);
      expect(second.version).to.equal(2);
      expect((await store.getSignalSettings())?.settings).to.deep.equal({ center: { scheme: 'lights' } });
    });

    it('given cases, then a case is pending until read at its version, again after each commit, and a cursor never moves back', async () => {
      const store = ctx.store();
      const c2 = await createCase(ctx, 'C2', { receiptNumber: 'SL-C2' });
      const pending = async (caseId?: string) =>
        (await store.pendingSignalScans(10, caseId)).map((s) => [s.caseId, s.version, s.seq]);
      expect((await pending()).map(([id]) => id).sort()).to.deep.equal(['C1', 'C2']);
      expect(await pending('C2')).to.deep.equal([['C2', 1, 0]]);
      await store.markSignalScan('C2', 1, c2.state.seq);
      expect(await pending('C2')).to.deep.equal([]);
      await completeFirst(ctx, c2, '2026-03-02T10:00:00+08:00');
      expect(await pending('C2')).to.deep.equal([['C2', 2, c2.state.seq]]);
      await store.markSignalScan('C2', 2, c2.state.seq + 3);
      await store.markSignalScan('C2', 1, 1);
      expect(await pending('C2')).to.deep.equal([]);
      expect(await pending('C-unknown')).to.deep.equal([]);
    });
  });
}
