import type { UserRecord } from '@govflow/server';
import { expect } from 'chai';
import type { ContractContext } from './context.js';

const CLERK: UserRecord = {
  id: 'u-clerk',
  username: 'clerk',
  displayName: '街道窗口',
  role: 'clerk',
  groups: ['street-window'],
  unitId: 'jj-chunxilu',
  departmentId: null,
  windowId: 'jj-chunxilu-window',
  passwordHash: 'scrypt$placeholder',
};

/** Users and sessions. */
export function accountsContract(ctx: ContractContext): void {
  describe('users and sessions', () => {
    it('given a saved user, then it is found by name and by id, and counted', async () => {
      expect(await ctx.store().countUsers()).to.equal(0);
      await ctx.store().saveUser(CLERK);
      expect(await ctx.store().findUserByName('clerk')).to.deep.equal(CLERK);
      expect(await ctx.store().findUser('u-clerk')).to.deep.equal(CLERK);
      expect(await ctx.store().findUserByName('nobody')).to.equal(undefined);
      expect(await ctx.store().findUser('u-nobody')).to.equal(undefined);
      expect(await ctx.store().countUsers()).to.equal(1);
    });

    it('given a user saved again with the same id, then the account is replaced, not doubled', async () => {
      await ctx.store().saveUser(CLERK);
      const renamed = { ...CLERK, displayName: '街道窗口（二号）', groups: ['street-window', 'town-window'] };
      await ctx.store().saveUser(renamed);
      expect(await ctx.store().findUser('u-clerk')).to.deep.equal(renamed);
      expect(await ctx.store().countUsers()).to.equal(1);
    });

    it('given a session, then it is valid until it expires and gone once deleted', async () => {
      await ctx.store().saveUser(CLERK);
      await ctx.store().saveSession('token-1', 'u-clerk', '2099-03-02T10:00:00.000Z');
      expect(await ctx.store().findSession('token-1', '2099-03-02T09:59:59.000Z')).to.equal('u-clerk');
      expect(await ctx.store().findSession('token-1', '2099-03-02T10:00:00.000Z')).to.equal(undefined);
      expect(await ctx.store().findSession('token-2', '2099-03-02T09:00:00.000Z')).to.equal(undefined);
      await ctx.store().deleteSession('token-1');
      expect(await ctx.store().findSession('token-1', '2099-03-02T09:00:00.000Z')).to.equal(undefined);
    });
  });
}
