import { expect } from 'chai';
import { createCase, type ContractContext } from './context.js';

/** An object where a string key belongs (`{ $gt: '' }` from hostile JSON) is never read as a query. */
export function keysContract(ctx: ContractContext): void {
  describe('keys that are not strings', () => {
    const operator = { $gt: '' } as unknown as string;

    it('given an operator object as a key, then no case, user or session is returned', async () => {
      await createCase(ctx, 'C1');
      await ctx.store().saveUser({
        id: 'u1',
        username: 'clerk',
        displayName: '窗口',
        role: 'clerk',
        unitId: null,
        departmentId: null,
        windowId: null,
        groups: [],
        passwordHash: 'x',
      });
      await ctx.store().saveSession('token-1', 'u1', '2099-01-01T00:00:00.000Z');
      const attempts = [
        ctx.store().getCase(operator),
        ctx.store().findUserByName(operator),
        ctx.store().findUser(operator),
        ctx.store().findSession(operator, '2026-01-01T00:00:00.000Z'),
        ctx.store().listEvents(operator),
      ];
      for (const outcome of await Promise.allSettled(attempts)) {
        const value = outcome.status === 'fulfilled' ? outcome.value : undefined;
        expect(value === undefined || (Array.isArray(value) && value.length === 0), JSON.stringify(value)).to.equal(
          true,
        );
      }
    });
  });
}
