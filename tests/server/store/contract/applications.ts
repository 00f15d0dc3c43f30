import { expect } from 'chai';
import {
  ApplicationConflictError,
  GENESIS_HASH,
  type ApplicationHopInput,
  type ApplicationRecord,
  type StoredApplicationHop,
} from '@govflow/server';
import { rejection, type ContractContext } from './context.js';

const application = (id: string, overrides: Partial<ApplicationRecord> = {}): Omit<ApplicationRecord, 'version'> => ({
  id,
  number: `SQ20260921-${id}`,
  itemCode: 'JJ-RS-001',
  itemVersion: 1,
  channel: 'window',
  status: 'pending',
  formData: { applicantName: '王仕碧', $where: 'a form key that looks like an operator' },
  materials: [{ id: 'id-card', files: ['a'.repeat(64)] } as ApplicationRecord['materials'][number]],
  applicantName: '王仕碧',
  applicantId: null,
  receivedAt: '2026-09-21T09:00:00.000+08:00',
  unitId: 'jj-chunxilu-kejiaxiang',
  windowId: 'jj-chunxilu-kejiaxiang-room',
  caseId: null,
  receiptNumber: null,
  scopeKeys: ['window:jj-chunxilu-kejiaxiang-room', 'unit:jj-chunxilu-kejiaxiang', 'user:u-agent'],
  createdBy: 'u-agent',
  createdAt: '2026-09-21T09:00:00.000+08:00',
  updatedAt: '2026-09-21T09:00:00.000+08:00',
  ...overrides,
});

const hop = (
  action: ApplicationHopInput['action'],
  at: string,
  data: Record<string, unknown> = {},
): ApplicationHopInput => ({
  action,
  at,
  by: 'u-agent',
  unitId: 'jj-chunxilu-kejiaxiang',
  windowId: 'jj-chunxilu-kejiaxiang-room',
  data,
});

/** Applications before acceptance: one record with a hash-chained path, changed only at its expected version. */
export function applicationsContract(ctx: ContractContext): void {
  describe('applications', () => {
    it('given a new application with its first hop, then it reads back as stored, version 1, its hop chained from genesis', async () => {
      const store = ctx.store();
      const created = await store.createApplication(application('A1'), [
        hop('registered', '2026-09-21T09:00:00.000+08:00', { forwardBy: { limitDays: 1 } }),
      ]);
      expect(created.version).to.equal(1);
      expect(await store.getApplication('A1')).to.deep.equal({
        ...application('A1'),
        scopeKeys: [...created.scopeKeys],
        version: 1,
      });
      expect(created.scopeKeys).to.deep.equal([...application('A1').scopeKeys].sort());
      const hops = await store.listApplicationHops('A1');
      expect(hops).to.have.length(1);
      expect(hops[0]).to.include({ seq: 1, action: 'registered', prevHash: GENESIS_HASH, by: 'u-agent' });
      expect(hops[0]?.data).to.deep.equal({ forwardBy: { limitDays: 1 } });
      expect(hops[0]?.hash).to.match(/^[0-9a-f]{64}$/);
      expect(await store.getApplication('missing')).to.equal(undefined);
    });

    it('given an id or number already taken, when creating, then a conflict and the first stays', async () => {
      const store = ctx.store();
      await store.createApplication(application('A1'), [hop('registered', '2026-09-21T09:00:00.000+08:00')]);
      const again = await rejection(store.createApplication(application('A1', { applicantName: '别人' }), []));
      expect(again).to.be.instanceOf(ApplicationConflictError);
      const sameNumber = await rejection(store.createApplication(application('A2', { number: 'SQ20260921-A1' }), []));
      expect(sameNumber).to.be.instanceOf(ApplicationConflictError);
      expect((await store.getApplication('A1'))?.applicantName).to.equal('王仕碧');
      expect(await store.getApplication('A2')).to.equal(undefined);
    });

    it('given a commit at the expected version, then fields change, scope keys grow and the hops chain on', async () => {
      const store = ctx.store();
      const created = await store.createApplication(application('A1'), [
        hop('registered', '2026-09-21T09:00:00.000+08:00'),
      ]);
      const next = await store.commitApplication('A1', created.version, {
        status: 'pending',
        unitId: 'jj-chunxilu',
        windowId: 'jj-chunxilu-window',
        updatedAt: '2026-09-21T10:00:00.000+08:00',
        scopeKeys: ['unit:jj-chunxilu', 'window:jj-chunxilu-window'],
        hops: [hop('forwarded', '2026-09-21T10:00:00.000+08:00', { to: { unitId: 'jj-chunxilu' } })],
      });
      expect(next).to.include({ version: 2, unitId: 'jj-chunxilu', windowId: 'jj-chunxilu-window' });
      expect(next.scopeKeys).to.include.members(['unit:jj-chunxilu', 'unit:jj-chunxilu-kejiaxiang', 'user:u-agent']);
      expect(await store.getApplication('A1')).to.deep.equal(next);
      const hops: readonly StoredApplicationHop[] = await store.listApplicationHops('A1');
      expect(hops.map((h) => h.seq)).to.deep.equal([1, 2]);
      expect(hops[1]?.prevHash).to.equal(hops[0]?.hash);
      expect(hops[1]?.data).to.deep.equal({ to: { unitId: 'jj-chunxilu' } });
    });

    it('given two commits at the same version, then one wins, the other is a conflict and adds no hop', async () => {
      const store = ctx.store();
      const created = await store.createApplication(application('A1'), [
        hop('registered', '2026-09-21T09:00:00.000+08:00'),
      ]);
      const change = (status: 'accepted' | 'refused') => ({
        status,
        unitId: 'jj-chunxilu-kejiaxiang',
        windowId: null,
        updatedAt: '2026-09-21T10:00:00.000+08:00',
        hops: [hop(status, '2026-09-21T10:00:00.000+08:00')],
      });
      const outcomes = await Promise.allSettled([
        store.commitApplication('A1', created.version, change('accepted')),
        store.commitApplication('A1', created.version, change('refused')),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).to.have.length(1);
      const lost = outcomes.find((o) => o.status === 'rejected');
      expect(lost?.status === 'rejected' && lost.reason).to.be.instanceOf(ApplicationConflictError);
      expect(await store.listApplicationHops('A1')).to.have.length(2);
      expect((await store.getApplication('A1'))?.version).to.equal(2);
      expect(await rejection(store.commitApplication('missing', 1, change('accepted')))).to.be.instanceOf(
        ApplicationConflictError,
      );
    });

    it('given applications in several units and states, then lists filter by scope key, unit and status, newest change first', async () => {
      const store = ctx.store();
      await store.createApplication(application('A1', { updatedAt: '2026-09-21T09:00:00.000+08:00' }), []);
      await store.createApplication(
        application('A2', {
          unitId: 'jj-shuyuanjie',
          scopeKeys: ['unit:jj-shuyuanjie'],
          updatedAt: '2026-09-21T11:00:00.000+08:00',
        }),
        [],
      );
      await store.createApplication(
        application('A3', { status: 'returned', updatedAt: '2026-09-21T10:00:00.000+08:00' }),
        [],
      );
      const ids = (list: readonly ApplicationRecord[]) => list.map((a) => a.id);
      expect(ids(await store.listApplications({}, 10))).to.deep.equal(['A2', 'A3', 'A1']);
      expect(ids(await store.listApplications({ scopeKeys: ['user:u-agent'] }, 10))).to.deep.equal(['A3', 'A1']);
      expect(ids(await store.listApplications({ scopeKeys: [] }, 10))).to.deep.equal([]);
      expect(
        ids(await store.listApplications({ unitId: 'jj-chunxilu-kejiaxiang', statuses: ['pending'] }, 10)),
      ).to.deep.equal(['A1']);
      expect(ids(await store.listApplications({ statuses: ['pending', 'returned'] }, 2))).to.deep.equal(['A2', 'A3']);
    });

    it('given an operator object where an id or key belongs, then nothing is found or it rejects', async () => {
      const store = ctx.store();
      await store.createApplication(application('A1'), []);
      const operator = { $gt: '' } as unknown as string;
      const outcomes = await Promise.allSettled([
        store.getApplication(operator),
        store.listApplicationHops(operator),
        store.listApplications({ unitId: operator }, 10),
        store.listApplications({ scopeKeys: [operator] }, 10),
        store.findProgressCode(operator),
      ]);
      for (const outcome of outcomes) {
        const value = outcome.status === 'fulfilled' ? outcome.value : undefined;
        expect(value === undefined || (Array.isArray(value) && value.length === 0)).to.equal(true);
      }
    });
  });

  describe('progress codes', () => {
    it('given a code stored for a receipt, when reissued, then only the newest hash is kept', async () => {
      const store = ctx.store();
      await store.saveProgressCode({
        receiptNumber: 'SL1',
        caseId: 'C1',
        codeHash: 'h1',
        issuedAt: '2026-09-21T09:00:00Z',
      });
      await store.saveProgressCode({
        receiptNumber: 'SL2',
        caseId: 'C2',
        codeHash: 'h2',
        issuedAt: '2026-09-21T09:00:00Z',
      });
      await store.saveProgressCode({
        receiptNumber: 'SL1',
        caseId: 'C1',
        codeHash: 'h3',
        issuedAt: '2026-09-22T09:00:00Z',
      });
      expect(await store.findProgressCode('SL1')).to.deep.equal({
        receiptNumber: 'SL1',
        caseId: 'C1',
        codeHash: 'h3',
        issuedAt: '2026-09-22T09:00:00Z',
      });
      expect((await store.findProgressCode('SL2'))?.codeHash).to.equal('h2');
      expect(await store.findProgressCode('SL3')).to.equal(undefined);
    });
  });
}
