import { expect } from 'chai';
import { createChinaCalendar, type CaseEvent, type EventType } from '@govflow/engine';
import type { CaseReply, ErrorReply } from '../../scenarios/support/lifecycle.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import type { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { caseFactory } from '../store/fixtures.js';
import { feeStandard } from '../../../server/src/supervision/signals/detectors/feeStandard.js';
import { DEFAULT_SIGNAL_SETTINGS } from '../../../server/src/supervision/signals/signalSettings.js';
import { configure, signalsOf, signInAll } from './signalsSupport.js';

const MONDAY = '2026-09-21T09:00:00+08:00';

describe('supervision signals / detectors beyond time', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;
  let supervisor: HttpClient;

  before(async () => {
    server = await startTestServer({ now: MONDAY });
    [clerk, reviewer, supervisor] = await signInAll(server.url, 'clerk', 'reviewer', 'supervisor');
  });
  after(() => server.close());

  const kindsOf = async (caseId: string) => (await signalsOf(supervisor, `caseId=${caseId}`)).map((s) => s.kind).sort();

  /** A case taken through 受理 → 审核 → 发证 by the book, ready for 办结. */
  async function finishedCase(): Promise<string> {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    let step = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    step = await reviewer.post<CaseReply>(`/api/tasks/${step.body.tasks[0]?.id}/complete`, { opinion: '同意补办' });
    step = await clerk.post<CaseReply>(`/api/tasks/${step.body.tasks[0]?.id}/complete`, {});
    expect(step.body.status).to.equal('completed');
    return accepted.body.id;
  }

  describe('case data entered long after the materials arrived (体外循环)', () => {
    it('given materials received five working days before entry, then a late-entry card for the accepting clerk', async () => {
      const accepted = await clerk.post<CaseReply>('/api/cases', {
        ...REEMPLOYMENT_APPLICATION,
        receivedAt: '2026-09-14T10:00:00+08:00',
      });
      expect(accepted.status, JSON.stringify(accepted.body)).to.equal(201);
      const [late] = await signalsOf(supervisor, `caseId=${accepted.body.id}&kind=late-entry`);
      expect(late).to.deep.include({ level: 'yellow', responsibleId: 'u-clerk' });
      // 09-14 10:00 … 09-21 09:00 counts 09-15..18 and the make-up Sunday 09-20: 5.5 working days.
      expect(late?.facts).to.deep.include({ workingDays: 5.5, limitDays: 1 });
      const detail = await clerk.get<{ intake: Record<string, unknown> }>(`/api/cases/${accepted.body.id}`);
      expect(detail.body.intake['materialsReceivedAt']).to.equal('2026-09-14T10:00:00.000+08:00');
    });

    it('given materials received the same morning, then no card', async () => {
      const accepted = await clerk.post<CaseReply>('/api/cases', {
        ...REEMPLOYMENT_APPLICATION,
        receivedAt: '2026-09-21T08:30:00+08:00',
      });
      expect(await kindsOf(accepted.body.id)).to.deep.equal([]);
    });

    it('given a receipt time in the future or not a time, then the intake is refused and no case is stored', async () => {
      const before = (await clerk.get<unknown[]>('/api/cases')).body.length;
      const future = await clerk.post<ErrorReply>('/api/cases', {
        ...REEMPLOYMENT_APPLICATION,
        receivedAt: '2026-09-22T09:00:00+08:00',
      });
      expect(future.status).to.equal(422);
      expect(future.body.code).to.equal('RECEIVED_AT_INVALID');
      const garbage = await clerk.post<ErrorReply>('/api/cases', { ...REEMPLOYMENT_APPLICATION, receivedAt: '上周一' });
      expect(garbage.status).to.equal(400);
      expect((await clerk.get<unknown[]>('/api/cases')).body.length).to.equal(before);
    });
  });

  describe('a fee above the item’s standard', () => {
    it('given an item that charges nothing, when 办结 records a fee of 20 yuan, then a red signal with its letter', async () => {
      const id = await finishedCase();
      const concluded = await clerk.post(`/api/cases/${id}/conclude`, {
        result: 'approved',
        certificateNumber: 'JJ-ZY-2026-0931',
        fee: 20,
      });
      expect(concluded.status, JSON.stringify(concluded.body)).to.equal(200);
      const [fee] = await signalsOf(supervisor, `caseId=${id}&kind=fee-excess`);
      expect(fee).to.deep.include({ level: 'red', responsibleId: 'u-clerk' });
      expect(fee?.facts).to.deep.include({ feeYuan: 20, standardYuan: 0, charged: false });
      expect(fee?.letterNumber).to.match(/^JCJY/);
    });

    it('given no fee or a fee of 0, then no signal; a negative fee is refused', async () => {
      const id = await finishedCase();
      expect(
        (await clerk.post(`/api/cases/${id}/conclude`, { result: 'approved', certificateNumber: 'X-1', fee: -5 }))
          .status,
      ).to.equal(400);
      await clerk.post(`/api/cases/${id}/conclude`, { result: 'approved', certificateNumber: 'X-1', fee: 0 });
      expect(await kindsOf(id)).to.deep.equal([]);
    });

    it('given a charged item with a standard amount, then only a fee above the amount is a breach', async () => {
      const factory = await caseFactory();
      const { record } = factory.start('c-fee', { now: MONDAY });
      const item = {
        ...factory.item,
        fee: { charged: true as const, standard: '工本费每证 10 元', basis: '发改价格〔2026〕1号', amountYuan: 10 },
      };
      const found = (fee: number) =>
        feeStandard.detect({
          record: { ...record, version: 1 },
          item,
          model: factory.model,
          events: [concludedEvent(fee)],
          fresh: [concludedEvent(fee)],
          rules: DEFAULT_SIGNAL_SETTINGS.center,
          calendar: createChinaCalendar(),
        });
      expect(found(10)).to.deep.equal([]);
      expect(found(15)[0]).to.deep.include({ kind: 'fee-excess', level: 'red' });
    });
  });

  describe('refusal or termination without reasons', () => {
    it('given a termination whose only reason is 「否」, then a card for the reviewer; with a real reason, none', async () => {
      for (const [reasons, expected] of [
        [['否'], ['reason-missing']],
        [['遗失声明未在区级以上报刊登载，不符合补办条件'], []],
      ] as const) {
        const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
        const step = await clerk.post<CaseReply>(`/api/tasks/${accepted.body.tasks[0]?.id}/complete`, {
          verifiedMaterials: ['id-card', 'loss-statement'],
        });
        await reviewer.post(`/api/tasks/${step.body.tasks[0]?.id}/claim`, {});
        const ended = await reviewer.post(`/api/cases/${accepted.body.id}/terminate`, { reasons });
        expect(ended.status, JSON.stringify(ended.body)).to.equal(200);
        expect(await kindsOf(accepted.body.id)).to.deep.equal(expected);
      }
      const [card] = await signalsOf(supervisor, 'kind=reason-missing');
      expect(card?.responsibleId).to.equal('u-reviewer');
    });
  });

  describe('cases that came in another way (an import, a rewritten record)', () => {
    it('given a case stored with a required material missing, when the sweep reads it, then a materials-missing card', async () => {
      const factory = await caseFactory();
      const { record, events } = factory.start('imported-1', { now: MONDAY, receiptNumber: 'SL-IMPORT-1' });
      await server.store.createCase(record, events);
      expect((await supervisor.post('/api/supervision/signals/sweep', {})).status).to.equal(200);
      const [card] = await signalsOf(supervisor, 'caseId=imported-1&kind=materials-missing');
      expect(card?.summary).to.contain('再就业证遗失声明');
      expect((card?.facts['missing'] as { id: string }[]).map((m) => m.id)).to.deep.equal(['loss-statement']);
    });

    it('given a history with a step done that was never opened, a step opened before its predecessor and a case ended without its steps, then each is an integrity card', async () => {
      const factory = await caseFactory();
      const { record, events } = factory.start('imported-2', { now: MONDAY, receiptNumber: 'SL-IMPORT-2' });
      const stored = await server.store.createCase(
        { ...record, materials: [{ id: 'id-card' }, { id: 'loss-statement' }] },
        events,
      );
      const at = '2026-09-21T10:00:00.000+08:00';
      const crafted = [
        craft(stored.state.seq + 1, 'task.created', {
          taskId: 't98',
          elementId: 'issue',
          name: '发证',
          candidateGroups: [],
        }),
        craft(
          stored.state.seq + 2,
          'task.completed',
          { taskId: 't99', elementId: 'review', name: '审核' },
          'u-reviewer',
        ),
        craft(stored.state.seq + 3, 'case.completed', { endEventId: 'end', outcome: '办结' }),
      ].map((e) => ({ ...e, at, caseId: 'imported-2' }));
      await server.store.commitCase('imported-2', stored.version, {
        state: { ...stored.state, seq: stored.state.seq + 3, updatedAt: at },
        events: crafted,
      });
      await supervisor.post('/api/supervision/signals/sweep', {});
      const cards = await signalsOf(supervisor, 'caseId=imported-2&kind=step-integrity');
      const rules = Object.fromEntries(cards.map((c) => [c.taskId ?? 'case', c.facts['rule']]));
      expect(rules).to.deep.equal({ t99: 'not-opened', t98: 'out-of-order', case: 'skipped' });
      const skipped = cards.find((c) => c.taskId === null);
      // 审核 has a (never opened) completion, signalled on its own; 受理 and 发证 were never done.
      expect(skipped?.facts['steps']).to.deep.equal(['accept', 'issue']);
      expect(cards.find((c) => c.taskId === 't99')?.responsibleId).to.equal('u-reviewer');
    });

    it('given a case taken through every step by the book, then no integrity card', async () => {
      const id = await finishedCase();
      expect(await kindsOf(id)).to.deep.equal([]);
    });
  });

  describe('detectors switched off', () => {
    it('given late entry switched off for the center, then a late entry is not signalled', async () => {
      await configure(supervisor, { detectors: { ...DEFAULT_SIGNAL_SETTINGS.center.detectors, 'late-entry': false } });
      const accepted = await clerk.post<CaseReply>('/api/cases', {
        ...REEMPLOYMENT_APPLICATION,
        receivedAt: '2026-09-01T10:00:00+08:00',
      });
      expect(await kindsOf(accepted.body.id)).to.deep.equal([]);
    });
  });
});

function craft(
  seq: number,
  type: string,
  data: Record<string, unknown>,
  by?: string,
): Omit<CaseEvent, 'at' | 'caseId'> {
  // Crafted history: the server facts and engine events of another system, typed as the store keeps them.
  return { seq, type: type as EventType, data, ...(by === undefined ? {} : { by }) };
}

function concludedEvent(fee: number): CaseEvent & { hash: string; prevHash: string } {
  return {
    seq: 20,
    type: 'case.concluded' as EventType,
    at: '2026-09-25T10:00:00.000+08:00',
    caseId: 'c-fee',
    by: 'u-clerk',
    data: { result: 'approved', feeYuan: fee },
    hash: '',
    prevHash: '',
  };
}
