import type { UserRecord } from '@govflow/server';
import { expect } from 'chai';
import { completeFirst, type ContractContext } from './context.js';

const ORG = {
  units: [
    { id: 'cd', name: '成都市', level: 'city' as const, parentId: null },
    { id: 'jj', name: '锦江区', level: 'district' as const, parentId: 'cd' },
  ],
  departments: [
    { id: 'jj-labour', name: '区人社局', unitId: 'jj', catalogName: '区人社局', groups: ['district-labour'] },
  ],
  windows: [{ id: 'jj-labour-window', name: '人社窗口', unitId: 'jj', departmentId: 'jj-labour', groups: [] }],
};

const user = (id: string, username: string): UserRecord => ({
  id,
  username,
  displayName: username,
  role: 'clerk',
  groups: [],
  unitId: 'jj',
  departmentId: 'jj-labour',
  windowId: null,
  passwordHash: 'scrypt$x',
});

/** The organisation document, the accounts list, and case reads by scope key. */
export function organisationContract(ctx: ContractContext): void {
  describe('organisation and scopes', () => {
    it('given no organisation, then none is read; given one saved, then it reads back with who and when', async () => {
      expect(await ctx.store().getOrganisation()).to.equal(undefined);
      await ctx.store().saveOrganisation(ORG, 'u-admin', '2026-09-21T09:00:00+08:00');
      expect(await ctx.store().getOrganisation()).to.deep.equal({
        organisation: ORG,
        updatedBy: 'u-admin',
        updatedAt: '2026-09-21T09:00:00+08:00',
      });
      const changed = { ...ORG, windows: [] };
      await ctx.store().saveOrganisation(changed, 'u-admin2', '2026-09-22T09:00:00+08:00');
      expect((await ctx.store().getOrganisation())?.organisation).to.deep.equal(changed);
    });

    it('given accounts, then listUsers gives all of them by user name with their places', async () => {
      await ctx.store().saveUser(user('u-2', 'zhao'));
      await ctx.store().saveUser(user('u-1', 'li'));
      const users = await ctx.store().listUsers();
      expect(users.map((u) => u.username)).to.deep.equal(['li', 'zhao']);
      expect(users[0]).to.deep.equal(user('u-1', 'li'));
    });

    it('given a case created with scope keys, then it reads back with them and is listed by any of them only', async () => {
      const { record, events } = ctx.factory().start('C1', { scopeKeys: ['window:w1', 'unit:jj', 'window:w1'] });
      const created = await ctx.store().createCase(record, events);
      expect(created.scopeKeys).to.deep.equal(['unit:jj', 'window:w1']);
      expect((await ctx.store().getCase('C1'))?.scopeKeys).to.deep.equal(['unit:jj', 'window:w1']);
      expect((await ctx.store().listCasesInScope(['dept:x', 'window:w1'], 10)).map((c) => c.id)).to.deep.equal(['C1']);
      expect(await ctx.store().listCasesInScope(['window:w2'], 10)).to.deep.equal([]);
      expect(await ctx.store().listCasesInScope([], 10)).to.deep.equal([]);
    });

    it('given a commit adding scope keys, then the case holds the old and the new ones, none twice', async () => {
      const { record, events } = ctx.factory().start('C1', { scopeKeys: ['unit:jj'] });
      const created = await ctx.store().createCase(record, events);
      const next = ctx.factory().completeFirst(created.state, '2026-03-02T10:00:00+08:00');
      const committed = await ctx
        .store()
        .commitCase('C1', created.version, { ...next, scopeKeys: ['unit:jj', 'dept:jj-labour'] });
      expect(committed.scopeKeys).to.deep.equal(['dept:jj-labour', 'unit:jj']);
      expect((await ctx.store().listCasesInScope(['dept:jj-labour'], 10)).map((c) => c.id)).to.deep.equal(['C1']);
    });

    it('given cases in two units, then the scoped worklist gives only the open tasks of the unit asked for', async () => {
      const a = ctx.factory().start('A', { scopeKeys: ['unit:jj-chunxilu'] });
      const b = ctx.factory().start('B', { scopeKeys: ['unit:jj-shuyuanjie'], receiptNumber: 'SL-B' });
      await ctx.store().createCase(a.record, a.events);
      const createdB = await ctx.store().createCase(b.record, b.events);
      expect((await ctx.store().listOpenTasksInScope('unit:jj-chunxilu', 10)).map((t) => t.caseId)).to.deep.equal([
        'A',
      ]);
      await completeFirst(ctx, createdB, '2026-03-02T10:00:00+08:00');
      const tasksB = await ctx.store().listOpenTasksInScope('unit:jj-shuyuanjie', 10);
      expect(tasksB.map((t) => t.caseId)).to.deep.equal(['B']);
      expect(tasksB[0]?.name).to.not.equal(a.record.state.tasks[0]?.name);
    });
  });
}
