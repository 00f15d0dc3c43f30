import { expect } from 'chai';
import { createChinaCalendar, startCase, applyCommand, compileProcess } from '@govflow/engine';
import { demoCatalog, publishItem } from '@govflow/catalog';
import { CaseConflictError, GENESIS_HASH, hashEvent, SqliteStore, type CaseRecord } from '@govflow/server';

describe('server / SQLite store', () => {
  const calendar = createChinaCalendar();
  let store: SqliteStore;
  let record: CaseRecord;

  beforeEach(async () => {
    store = new SqliteStore({ file: ':memory:' });
    const item = demoCatalog()[0];
    if (!item) throw new Error('demo catalog is empty');
    await store.savePublishedItem(
      (await publishItem(item, { by: 'admin', at: '2026-03-01T09:00:00+08:00' })).published,
    );
    const { model } = await compileProcess(item.processXml);
    const started = startCase(model, {
      caseId: 'C1',
      actor: { id: 'clerk' },
      now: '2026-03-02T09:00:00+08:00',
      calendar,
    });
    record = await store.createCase(
      {
        id: 'C1',
        receiptNumber: 'SL20260302-0001',
        itemCode: item.code,
        itemVersion: item.version,
        state: started.state,
        formData: {},
        materials: [],
        applicantName: '张三',
        createdBy: 'clerk',
        createdAt: started.state.startedAt,
      },
      started.events,
    );
    const task = started.state.tasks[0];
    if (!task) throw new Error('no first task');
    const next = applyCommand(
      model,
      started.state,
      {
        type: 'complete',
        taskId: task.id,
        actor: { id: 'u', groups: ['street-window'] },
        verifiedMaterials: ['id-card', 'loss-statement'],
      },
      { now: '2026-03-02T10:00:00+08:00', calendar },
    );
    record = await store.commitCase('C1', 1, next);
  });
  afterEach(() => store.close());

  it('given a committed command, then the version rises and tasks and timers follow the new state', async () => {
    expect(record.version).to.equal(2);
    const tasks = await store.listOpenTasks(10);
    expect(tasks.map((t) => t.name)).to.deep.equal(['审核']);
    const due = await store.dueTimers('2030-01-01T00:00:00+08:00', 100);
    expect(due.map((t) => t.id).sort()).to.deep.equal([...record.state.timers.map((t) => t.id)].sort());
  });

  it('given a stale expected version, when committing, then CASE_CONFLICT is thrown and nothing changes', async () => {
    const before = await store.getCase('C1');
    let error: unknown;
    try {
      await store.commitCase('C1', 1, { state: record.state, events: [] });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(CaseConflictError);
    expect((error as CaseConflictError).code).to.equal('CASE_CONFLICT');
    expect(await store.getCase('C1')).to.deep.equal(before);
  });

  it('given the stored events, then each one is SM3-chained to the one before', async () => {
    const events = await store.listEvents('C1');
    expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const { hash, prevHash, ...event } of events) {
      expect(prevHash).to.equal(prev);
      expect(hashEvent(event, prevHash, 'sm3')).to.equal(hash);
      prev = hash;
    }
  });

  it('given two receipts on one day, then they are numbered in sequence and days restart at 1', async () => {
    expect(await store.nextReceiptNumber('2026-03-03')).to.equal('SL20260303-0001');
    expect(await store.nextReceiptNumber('2026-03-03')).to.equal('SL20260303-0002');
    expect(await store.nextReceiptNumber('2026-03-04')).to.equal('SL20260304-0001');
  });
});
