import { expect } from 'chai';
import type { IntakeDecisionRecord } from '@govflow/server';
import type { ContractContext } from './context.js';

const notice = (id: string, decidedAt: string, number: string): IntakeDecisionRecord => ({
  id,
  kind: 'one-time-notice',
  number,
  decidedAt,
  data: {
    id,
    kind: 'one-time-notice',
    missing: [{ id: 'loss-statement', name: '再就业证遗失声明' }],
    $note: '键名原样保存',
  },
});

/** Intake decisions (一次性告知书, 不予受理决定书): append-only, listed newest first, numbered per prefix and day. */
export function intakeDecisionsContract(ctx: ContractContext): void {
  describe('intake decisions', () => {
    it('given two decisions, then each reads back as stored and the list is newest first', async () => {
      const store = ctx.store();
      const first = notice('d1', '2026-09-21T09:00:00.000+08:00', 'BZ20260921-0001');
      const second = { ...notice('d2', '2026-09-22T09:00:00.000+08:00', 'BSL20260922-0001'), kind: 'refusal' };
      await store.saveIntakeDecision(first);
      await store.saveIntakeDecision(second);
      expect(await store.getIntakeDecision('d1')).to.deep.equal(first);
      expect((await store.listIntakeDecisions(10)).map((d) => d.id)).to.deep.equal(['d2', 'd1']);
      expect(await store.getIntakeDecision('nope')).to.equal(undefined);
    });

    it('given a decision, when written again with the same id, then the write fails and the first stays', async () => {
      const store = ctx.store();
      const original = notice('d1', '2026-09-21T09:00:00.000+08:00', 'BZ20260921-0001');
      await store.saveIntakeDecision(original);
      let failed = false;
      try {
        await store.saveIntakeDecision({ ...original, number: 'BZ20260921-0009', data: { rewritten: true } });
      } catch {
        failed = true;
      }
      expect(failed).to.equal(true);
      expect(await store.getIntakeDecision('d1')).to.deep.equal(original);
    });

    it('given document numbers of two prefixes, then each prefix counts per day on its own, apart from receipts', async () => {
      const store = ctx.store();
      expect(await store.nextDocumentNumber('BZ', '2026-09-21')).to.equal('BZ20260921-0001');
      expect(await store.nextDocumentNumber('BZ', '2026-09-21')).to.equal('BZ20260921-0002');
      expect(await store.nextDocumentNumber('BSL', '2026-09-21')).to.equal('BSL20260921-0001');
      expect(await store.nextReceiptNumber('2026-09-21')).to.equal('SL20260921-0001');
      expect(await store.nextDocumentNumber('BZ', '2026-09-22')).to.equal('BZ20260922-0001');
    });
  });
}
