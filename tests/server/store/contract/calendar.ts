import { expect } from 'chai';
import type { CalendarOverridesData } from '@govflow/server';
import { rejection, type ContractContext } from './context.js';

const OVERRIDES: CalendarOverridesData = {
  holidays: ['2027-01-01', '2027-02-05'],
  workdays: ['2027-02-07'],
  coveredYears: [2027],
};

/** The calendar overrides: one document, replaced whole over the revision it replaces. */
export function calendarContract(ctx: ContractContext): void {
  describe('calendar overrides', () => {
    it('given no save, then there are none; given a first save and a second over it, then the second reads back', async () => {
      const store = ctx.store();
      expect(await store.getCalendarOverrides()).to.equal(undefined);
      const first = await store.saveCalendarOverrides(OVERRIDES, 0, 'u-admin', '2026-11-05T09:00:00.000+08:00');
      expect(first).to.deep.equal({
        ...OVERRIDES,
        revision: 1,
        updatedBy: 'u-admin',
        updatedAt: '2026-11-05T09:00:00.000+08:00',
      });
      const second = await store.saveCalendarOverrides(
        { holidays: [], workdays: ['2027-02-07'], coveredYears: [2027, 2028] },
        1,
        'u-admin2',
        '2026-11-06T09:00:00.000+08:00',
      );
      expect(second.revision).to.equal(2);
      expect(await store.getCalendarOverrides()).to.deep.equal(second);
    });

    it('given saved overrides, when saved over a stale revision or created twice, then the write fails and nothing changes', async () => {
      const store = ctx.store();
      const first = await store.saveCalendarOverrides(OVERRIDES, 0, 'u-admin', '2026-11-05T09:00:00.000+08:00');
      const empty = { holidays: [], workdays: [], coveredYears: [] };
      const stale = await rejection(store.saveCalendarOverrides(empty, 7, 'u-x', '2026-11-06T09:00:00.000+08:00'));
      expect((stale as { code?: string }).code).to.equal('CALENDAR_CONFLICT');
      const twice = await rejection(store.saveCalendarOverrides(empty, 0, 'u-x', '2026-11-06T09:00:00.000+08:00'));
      expect((twice as { code?: string }).code).to.equal('CALENDAR_CONFLICT');
      expect(await store.getCalendarOverrides()).to.deep.equal(first);
    });

    it('given overrides with extra properties, then only the three lists are stored', async () => {
      const store = ctx.store();
      const sneaky = { ...OVERRIDES, revision: 99, $where: 'x' } as CalendarOverridesData;
      await store.saveCalendarOverrides(sneaky, 0, 'u-admin', '2026-11-05T09:00:00.000+08:00');
      const stored = await store.getCalendarOverrides();
      expect(stored?.revision).to.equal(1);
      expect(Object.keys(stored ?? {}).sort()).to.deep.equal([
        'coveredYears',
        'holidays',
        'revision',
        'updatedAt',
        'updatedBy',
        'workdays',
      ]);
    });
  });
}
