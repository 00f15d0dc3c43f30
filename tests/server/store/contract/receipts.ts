import { expect } from 'chai';
import type { ContractContext } from './context.js';

/** Receipt numbers: one sequence per day, never two alike even when asked for at once. */
export function receiptsContract(ctx: ContractContext): void {
  describe('receipt numbers', () => {
    it('given two receipts on one day, then they are numbered in sequence and a new day restarts at 1', async () => {
      expect(await ctx.store().nextReceiptNumber('2026-03-03')).to.equal('SL20260303-0001');
      expect(await ctx.store().nextReceiptNumber('2026-03-03')).to.equal('SL20260303-0002');
      expect(await ctx.store().nextReceiptNumber('2026-03-04')).to.equal('SL20260304-0001');
    });

    it('given ten receipts asked for at once, then all ten numbers are distinct and consecutive', async () => {
      const numbers = await Promise.all(Array.from({ length: 10 }, () => ctx.store().nextReceiptNumber('2026-03-05')));
      expect([...numbers].sort()).to.deep.equal(
        Array.from({ length: 10 }, (_, i) => `SL20260305-${String(i + 1).padStart(4, '0')}`),
      );
    });
  });
}
