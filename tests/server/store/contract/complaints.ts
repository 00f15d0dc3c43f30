import {
  FeedbackConflictError,
  GENESIS_HASH,
  type ComplaintEntry,
  type ComplaintRecord,
  type EvaluationEntry,
  type EvaluationRecord,
} from '@govflow/server';
import { expect } from 'chai';
import { outboxMessage } from '../fixtures.js';
import { createCase, rejection, type ContractContext } from './context.js';

const AT = '2026-09-29T10:00:00.000+08:00';
const NOW = 1_800_000_000_000;

/** A new complaint with sensible defaults. */
function complaint(
  id: string,
  overrides: Partial<ComplaintRecord> = {},
): Omit<ComplaintRecord, 'entryCount' | 'headHash'> {
  return {
    id,
    number: `TS20260929-${id}`,
    channel: 'hotline',
    status: 'received',
    resolution: null,
    subject: '办件超期',
    content: '再就业证补办超过承诺期限仍未办结',
    about: null,
    complainant: { name: '王仕碧', phone: '13980012345', userId: null },
    receiptNumber: 'SL-C1',
    linkedCase: {
      caseId: 'C1',
      receiptNumber: 'SL-C1',
      itemCode: 'JJ-RS-001',
      itemName: '再就业证',
      departmentId: 'jj-labour',
    },
    receivedBy: 'hotline:abc',
    windowId: null,
    unitId: null,
    hotlineTicket: '12345-0001',
    departmentId: null,
    departmentName: null,
    scopeKeys: [],
    receivedAt: AT,
    decideDueAt: '2026-10-13T00:00:00.000+08:00',
    decidedAt: null,
    answerDueAt: null,
    answeredAt: null,
    closedAt: null,
    rejectionReasons: [],
    reply: null,
    pendingDueAt: '2026-10-13T00:00:00.000+08:00',
    updatedAt: AT,
    ...overrides,
  };
}

/** A new evaluation of case C1 with sensible defaults. */
function evaluation(
  id: string,
  overrides: Partial<EvaluationRecord> = {},
): Omit<EvaluationRecord, 'entryCount' | 'headHash'> {
  return {
    id,
    caseId: 'C1',
    receiptNumber: 'SL-C1',
    itemCode: 'JJ-RS-001',
    itemName: '再就业证',
    level: 'satisfied',
    negative: false,
    comment: null,
    channel: 'window',
    realName: true,
    evaluator: { name: '王仕碧', phone: '13980012345', userId: null },
    departmentId: 'jj-labour',
    departmentName: '区人社局',
    unitId: 'jj-chunxilu',
    windowId: 'jj-chunxilu-window',
    clerkId: 'u-clerk',
    scopeKeys: ['dept:jj-labour', 'window:jj-chunxilu-window', 'user:u-clerk'],
    evaluatedAt: AT,
    followUp: null,
    updatedAt: AT,
    ...overrides,
  };
}

const received: ComplaintEntry = {
  type: 'complaint.received',
  at: AT,
  by: 'hotline:abc',
  data: { $where: '1', 'a.b': 2 },
};
const given: EvaluationEntry = { type: 'evaluation.given', at: AT, by: 'applicant', data: { level: 'satisfied' } };

/** Complaints and 好差评: chained histories guarded by length, filters, counts, hotline keys, settings, window codes. */
export function complaintsContract(ctx: ContractContext): void {
  describe('complaints and evaluations', () => {
    it('given a new complaint, then it reads back as stored, its first entry chained from the genesis hash, its notices under complaint:<id>', async () => {
      const store = ctx.store();
      const stored = await store.createComplaint(
        complaint('k1', { scopeKeys: ['user:b', 'user:a', 'user:a'] }),
        received,
        [outboxMessage('complaint:k1:1:complainant')],
      );
      expect(stored).to.deep.include({ id: 'k1', entryCount: 1, scopeKeys: ['user:a', 'user:b'] });
      expect(await store.getComplaint('k1')).to.deep.equal(stored);
      const [entry] = await store.listComplaintEntries('k1');
      expect(entry).to.deep.include({ complaintId: 'k1', seq: 1, prevHash: GENESIS_HASH, hash: stored.headHash });
      expect(entry?.data).to.deep.equal({ $where: '1', 'a.b': 2 });
      expect((await store.listOutbox({ caseId: 'complaint:k1' }, 10)).map((m) => m.id)).to.deep.equal([
        'complaint:k1:1:complainant',
      ]);
      expect(await store.getComplaint('nope')).to.equal(undefined);
      expect(
        await rejection(store.createComplaint(complaint('k2', { number: 'TS20260929-k1' }), received, [])),
      ).to.be.instanceOf(Error);
    });

    it('given an entry at the expected length, then the change applies, scope keys only grow and the chain grows; a stale one writes nothing', async () => {
      const store = ctx.store();
      const first = await store.createComplaint(complaint('k1', { scopeKeys: ['applicant:u1'] }), received, []);
      const next = await store.appendComplaintEntry(
        'k1',
        1,
        { type: 'complaint.forwarded', at: '2026-10-08T09:00:00.000+08:00', by: 'u-supervisor', data: {} },
        { status: 'forwarded', departmentId: 'jj-labour', pendingDueAt: null, addScopeKeys: ['dept:jj-labour'] },
        [outboxMessage('n-forward', { channel: 'webhook', to: 'user:u-lead' })],
      );
      expect(next).to.deep.include({
        status: 'forwarded',
        departmentId: 'jj-labour',
        pendingDueAt: null,
        entryCount: 2,
      });
      expect(next.scopeKeys).to.deep.equal(['applicant:u1', 'dept:jj-labour']);
      expect(next.updatedAt).to.equal('2026-10-08T09:00:00.000+08:00');
      expect(await store.getComplaint('k1')).to.deep.equal(next);
      const entries = await store.listComplaintEntries('k1');
      expect(entries.map((e) => e.seq)).to.deep.equal([1, 2]);
      expect(entries[1]?.prevHash).to.equal(first.headHash);
      const stale = await rejection(
        store.appendComplaintEntry('k1', 1, { ...received, type: 'complaint.closed' }, { status: 'closed' }, [
          outboxMessage('lost'),
        ]),
      );
      expect(stale).to.be.instanceOf(FeedbackConflictError);
      expect((await store.getComplaint('k1'))?.status).to.equal('forwarded');
      expect(await store.listComplaintEntries('k1')).to.have.length(2);
      expect((await store.listOutbox({ caseId: 'complaint:k1' }, 10)).map((m) => m.id)).to.deep.equal(['n-forward']);
      expect(await rejection(store.appendComplaintEntry('missing', 1, received, {}, []))).to.be.instanceOf(
        FeedbackConflictError,
      );
    });

    it('given complaints of several channels, departments, deadlines and readers, then each filter narrows and the list is newest first', async () => {
      const store = ctx.store();
      await store.createComplaint(complaint('k1', { receivedAt: '2026-09-28T09:00:00.000+08:00' }), received, []);
      await store.createComplaint(
        complaint('k2', {
          channel: 'window',
          status: 'forwarded',
          departmentId: 'jj-labour',
          linkedCase: null,
          scopeKeys: ['dept:jj-labour', 'user:u-clerk'],
          receivedAt: '2026-09-29T09:00:00.000+08:00',
          pendingDueAt: '2026-10-20T00:00:00.000+08:00',
        }),
        received,
        [],
      );
      await store.createComplaint(
        complaint('k3', {
          channel: 'public',
          status: 'closed',
          pendingDueAt: null,
          receivedAt: '2026-09-30T09:00:00.000+08:00',
        }),
        received,
        [],
      );
      const ids = async (filter: Parameters<typeof store.listComplaints>[0], limit = 10) =>
        (await store.listComplaints(filter, limit)).map((c) => c.id);
      expect(await ids({})).to.deep.equal(['k3', 'k2', 'k1']);
      expect(await ids({}, 2)).to.deep.equal(['k3', 'k2']);
      expect(await ids({ channel: 'window' })).to.deep.equal(['k2']);
      expect(await ids({ status: 'received' })).to.deep.equal(['k1']);
      expect(await ids({ departmentId: 'jj-labour' })).to.deep.equal(['k2']);
      expect(await ids({ caseId: 'C1' })).to.deep.equal(['k3', 'k1']);
      expect(await ids({ scopeKeys: ['user:nobody', 'dept:jj-labour'] })).to.deep.equal(['k2']);
      expect(await ids({ scopeKeys: [] })).to.deep.equal([]);
      expect(await ids({ overdueAt: '2026-10-13T00:00:00.000+08:00' })).to.deep.equal(['k1']);
      expect(await ids({ overdueAt: '2026-10-12T23:59:59.999+08:00' })).to.deep.equal([]);
      expect(await ids({ overdueAt: '2026-10-20T00:00:00.000+08:00' })).to.deep.equal(['k2', 'k1']);
      expect(
        await ids({ receivedFrom: '2026-09-29T00:00:00.000+08:00', receivedTo: '2026-09-30T09:00:00.000+08:00' }),
      ).to.deep.equal(['k2']);
    });

    it('given complaints, then they are counted by department, channel, status and resolution within the period', async () => {
      const store = ctx.store();
      await store.createComplaint(complaint('k1'), received, []);
      await store.createComplaint(
        complaint('k2', { departmentId: 'jj-labour', status: 'closed', resolution: 'substantiated' }),
        received,
        [],
      );
      await store.createComplaint(
        complaint('k3', { departmentId: 'jj-labour', status: 'closed', resolution: 'substantiated' }),
        received,
        [],
      );
      await store.createComplaint(complaint('k4', { receivedAt: '2026-11-01T09:00:00.000+08:00' }), received, []);
      const period = { from: '2026-09-01T00:00:00.000+08:00', to: '2026-10-01T00:00:00.000+08:00' };
      expect(await store.countComplaints(period)).to.deep.equal([
        {
          departmentId: null,
          itemCode: 'JJ-RS-001',
          channel: 'hotline',
          status: 'received',
          resolution: null,
          count: 1,
        },
        {
          departmentId: 'jj-labour',
          itemCode: 'JJ-RS-001',
          channel: 'hotline',
          status: 'closed',
          resolution: 'substantiated',
          count: 2,
        },
      ]);
      expect((await store.countComplaints({ ...period, departmentId: 'jj-labour' })).map((r) => r.count)).to.deep.equal(
        [2],
      );
    });

    it('given a case, then its id is found by its receipt number and an unknown number finds nothing', async () => {
      await createCase(ctx, 'C7', { receiptNumber: 'SL20260929-0007' });
      expect(await ctx.store().findCaseIdByReceipt('SL20260929-0007')).to.equal('C7');
      expect(await ctx.store().findCaseIdByReceipt('SL20260929-9999')).to.equal(undefined);
    });

    it('given complaint notices, then the outbox claims them with the cases’ and marks them delivered by their complaint key', async () => {
      const store = ctx.store();
      await createCase(ctx, 'C1', { outbox: [outboxMessage('case-message')] });
      await store.createComplaint(complaint('k1'), received, [outboxMessage('complaint:k1:1:complainant')]);
      const claimed = await store.claimOutbox(NOW, 'dispatcher', NOW + 60_000, 10);
      expect(claimed.map((e) => `${e.caseId}/${e.id}`).sort()).to.deep.equal([
        'C1/case-message',
        'complaint:k1/complaint:k1:1:complainant',
      ]);
      await store.markOutboxDelivered(
        { caseId: 'complaint:k1', id: 'complaint:k1:1:complainant' },
        '2026-09-29T02:00:00Z',
      );
      const [delivered] = await store.listOutbox({ caseId: 'complaint:k1' }, 10);
      expect(delivered).to.deep.include({ status: 'delivered', deliveredAt: '2026-09-29T02:00:00Z' });
      expect((await store.listOutbox({ status: 'pending' }, 10)).map((e) => e.id)).to.deep.equal(['case-message']);
    });

    it('given hotline keys, then they read back, list newest first, and revoke once', async () => {
      const store = ctx.store();
      const key = { name: '12345 热线', secretHash: 'h', createdBy: 'u-admin', revokedAt: null, revokedBy: null };
      await store.saveHotlineKey({ ...key, id: 'aaa', createdAt: '2026-09-01T00:00:00Z' });
      await store.saveHotlineKey({ ...key, id: 'bbb', createdAt: '2026-09-02T00:00:00Z' });
      expect(
        await rejection(store.saveHotlineKey({ ...key, id: 'aaa', createdAt: '2026-09-03T00:00:00Z' })),
      ).to.be.instanceOf(Error);
      expect((await store.listHotlineKeys()).map((k) => k.id)).to.deep.equal(['bbb', 'aaa']);
      expect(await store.revokeHotlineKey('aaa', 'u-admin', '2026-09-05T00:00:00Z')).to.include({
        revokedAt: '2026-09-05T00:00:00Z',
      });
      expect(await store.revokeHotlineKey('aaa', 'u-other', '2026-09-06T00:00:00Z')).to.include({
        revokedBy: 'u-admin',
      });
      expect(await store.revokeHotlineKey('zzz', 'u-admin', '2026-09-06T00:00:00Z')).to.equal(undefined);
      expect(await store.findHotlineKey('bbb')).to.deep.equal({ ...key, id: 'bbb', createdAt: '2026-09-02T00:00:00Z' });
    });

    it('given the settings, then none at first, each save moves the version on, and a stale save is refused', async () => {
      const store = ctx.store();
      expect(await store.getFeedbackSettings()).to.equal(undefined);
      const first = await store.saveFeedbackSettings({ complaints: { decideDays: 3 } }, 0, 'u-admin', AT);
      expect(first).to.deep.equal({
        settings: { complaints: { decideDays: 3 } },
        version: 1,
        updatedAt: AT,
        updatedBy: 'u-admin',
      });
      expect(await store.getFeedbackSettings()).to.deep.equal(first);
      expect(await rejection(store.saveFeedbackSettings({}, 0, 'u-supervisor', AT))).to.be.instanceOf(
        FeedbackConflictError,
      );
      expect((await store.saveFeedbackSettings({}, 1, 'u-supervisor', AT)).version).to.equal(2);
    });

    it('given an evaluation of a case, then a second one of the same case writes nothing: no record, entry or notice', async () => {
      const store = ctx.store();
      await createCase(ctx, 'C1');
      const stored = await store.createEvaluation(evaluation('e1'), given, [outboxMessage('evaluation:e1:1:u-lead')]);
      expect(stored).to.deep.include({ id: 'e1', entryCount: 1 });
      expect(await store.getEvaluation('e1')).to.deep.equal(stored);
      expect((await store.listEvaluationEntries('e1'))[0]).to.deep.include({
        evaluationId: 'e1',
        seq: 1,
        prevHash: GENESIS_HASH,
      });
      const again = await store.createEvaluation(evaluation('e2', { level: 'very-dissatisfied' }), given, [
        outboxMessage('n2'),
      ]);
      expect(again).to.equal(undefined);
      expect(await store.getEvaluation('e2')).to.equal(undefined);
      expect(await store.listEvaluationEntries('e2')).to.deep.equal([]);
      expect((await store.listOutbox({ caseId: 'C1' }, 10)).map((m) => m.id)).to.deep.equal(['evaluation:e1:1:u-lead']);
    });

    it('given evaluations with follow-ups, then filters narrow, the overdue open ones are found, and a closed one is not', async () => {
      const store = ctx.store();
      const open = {
        status: 'open' as const,
        dueAt: '2026-10-14T00:00:00.000+08:00',
        callBacks: [],
        rectification: null,
        closedAt: null,
        closedBy: null,
        opinion: null,
      };
      await store.createEvaluation(evaluation('e1'), given, []);
      await store.createEvaluation(
        evaluation('e2', {
          caseId: 'C2',
          level: 'dissatisfied',
          negative: true,
          followUp: open,
          windowId: 'w2',
          clerkId: 'u-clerk2',
          scopeKeys: ['window:w2'],
          evaluatedAt: '2026-09-30T09:00:00.000+08:00',
        }),
        given,
        [],
      );
      const ids = async (filter: Parameters<typeof store.listEvaluations>[0]) =>
        (await store.listEvaluations(filter, 10)).map((e) => e.id);
      expect(await ids({})).to.deep.equal(['e2', 'e1']);
      expect(await ids({ negative: true })).to.deep.equal(['e2']);
      expect(await ids({ negative: false })).to.deep.equal(['e1']);
      expect(await ids({ level: 'satisfied' })).to.deep.equal(['e1']);
      expect(await ids({ windowId: 'w2' })).to.deep.equal(['e2']);
      expect(await ids({ clerkId: 'u-clerk' })).to.deep.equal(['e1']);
      expect(await ids({ caseId: 'C2', followUpStatus: 'open' })).to.deep.equal(['e2']);
      expect(await ids({ scopeKeys: ['window:w2'] })).to.deep.equal(['e2']);
      expect(await ids({ followUpOverdueAt: '2026-10-13T23:59:59.999+08:00' })).to.deep.equal([]);
      expect(await ids({ followUpOverdueAt: '2026-10-14T00:00:00.000+08:00' })).to.deep.equal(['e2']);
      const closed = await store.appendEvaluationEntry(
        'e2',
        1,
        { type: 'evaluation.closed', at: '2026-10-15T09:00:00.000+08:00', by: 'u-supervisor', data: {} },
        { followUp: { ...open, status: 'closed', closedAt: '2026-10-15T09:00:00.000+08:00' } },
        [],
      );
      expect(closed.followUp?.status).to.equal('closed');
      expect(await ids({ followUpOverdueAt: '2026-10-20T00:00:00.000+08:00' })).to.deep.equal([]);
      expect(await rejection(store.appendEvaluationEntry('e2', 1, given, {}, []))).to.be.instanceOf(
        FeedbackConflictError,
      );
    });

    it('given evaluations, then they are counted by department, window, clerk and level within the period', async () => {
      const store = ctx.store();
      await store.createEvaluation(evaluation('e1'), given, []);
      await store.createEvaluation(evaluation('e2', { caseId: 'C2' }), given, []);
      await store.createEvaluation(
        evaluation('e3', { caseId: 'C3', level: 'very-dissatisfied', clerkId: 'u-clerk2' }),
        given,
        [],
      );
      await store.createEvaluation(
        evaluation('e4', { caseId: 'C4', evaluatedAt: '2026-10-01T00:00:00.000+08:00' }),
        given,
        [],
      );
      const period = { from: '2026-09-01T00:00:00.000+08:00', to: '2026-10-01T00:00:00.000+08:00' };
      expect(await store.countEvaluations(period)).to.deep.equal([
        {
          departmentId: 'jj-labour',
          unitId: 'jj-chunxilu',
          windowId: 'jj-chunxilu-window',
          clerkId: 'u-clerk',
          itemCode: 'JJ-RS-001',
          level: 'satisfied',
          count: 2,
        },
        {
          departmentId: 'jj-labour',
          unitId: 'jj-chunxilu',
          windowId: 'jj-chunxilu-window',
          clerkId: 'u-clerk2',
          itemCode: 'JJ-RS-001',
          level: 'very-dissatisfied',
          count: 1,
        },
      ]);
      expect((await store.countEvaluations({ ...period, clerkId: 'u-clerk2' })).map((r) => r.count)).to.deep.equal([1]);
      expect(await store.countEvaluations({ ...period, windowId: 'other' })).to.deep.equal([]);
    });

    it('given window codes, then a live code is found until it expires or is used, and only then may the same code be issued again', async () => {
      const store = ctx.store();
      const code = {
        code: '123456',
        caseId: 'C1',
        clerkId: 'u-clerk',
        windowId: 'w1',
        createdAt: AT,
        expiresAt: '2026-09-29T10:30:00.000+08:00',
      };
      expect(await store.saveEvaluationCode(code)).to.equal(true);
      expect(
        await store.saveEvaluationCode({ ...code, caseId: 'C2', createdAt: '2026-09-29T10:10:00.000+08:00' }),
      ).to.equal(false);
      expect(await store.findEvaluationCode('123456', '2026-09-29T10:29:59.999+08:00')).to.deep.equal(code);
      expect(await store.findEvaluationCode('123456', '2026-09-29T10:30:00.000+08:00')).to.equal(undefined);
      expect(await store.findEvaluationCode('654321', AT)).to.equal(undefined);
      const later = {
        ...code,
        caseId: 'C3',
        createdAt: '2026-09-29T11:00:00.000+08:00',
        expiresAt: '2026-09-29T11:30:00.000+08:00',
      };
      expect(await store.saveEvaluationCode(later)).to.equal(true);
      expect(await store.findEvaluationCode('123456', '2026-09-29T11:10:00.000+08:00')).to.deep.equal(later);
      await store.consumeEvaluationCode('123456');
      expect(await store.findEvaluationCode('123456', '2026-09-29T11:10:00.000+08:00')).to.equal(undefined);
    });
  });
}
