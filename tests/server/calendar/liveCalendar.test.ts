import { expect } from 'chai';
import { createChinaCalendar, WorkingCalendar } from '@govflow/engine';
import { LiveCalendar } from '../../../server/src/calendar/liveCalendar.js';

describe('server: the live calendar every service holds', () => {
  it('given the engine calendar, then every public method and getter is passed on to the current calendar', () => {
    const own = Object.getOwnPropertyNames(LiveCalendar.prototype);
    const missing = Object.getOwnPropertyNames(WorkingCalendar.prototype).filter(
      (name) => name !== 'constructor' && !own.includes(name),
    );
    expect(missing).to.deep.equal([]);
  });

  it('given a replacement, then later calls use it and earlier answers stay what they were', () => {
    const live = new LiveCalendar(createChinaCalendar());
    const before = live.addWorkingDays('2026-09-21T09:00:00+08:00', 1);
    expect(live.isWorkingDay('2026-09-22')).to.equal(true);
    live.replace(createChinaCalendar({ holidays: ['2026-09-22'], coveredYears: [2027] }));
    expect(live.isWorkingDay('2026-09-22')).to.equal(false);
    expect(live.addWorkingDays('2026-09-21T09:00:00+08:00', 1)).to.be.greaterThan(before);
    expect(live.coveredYears).to.include(2027);
    expect(live.toJSON().holidays).to.include('2026-09-22');
  });

  it('given a replacement with another beyond-coverage rule, then it is refused and the current calendar stays', () => {
    const live = new LiveCalendar(createChinaCalendar());
    expect(() => live.replace(createChinaCalendar([], { beyondCoverage: 'error' }))).to.throw(RangeError);
    expect(live.isWorkingDay('2030-01-02')).to.equal(true);
  });
});
