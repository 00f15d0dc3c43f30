import { expect } from 'chai';
import { createChinaCalendar } from '@govflow/engine';
import { classifyLight, daysLeft, type LightInput } from '../../../server/src/supervision/classifyLight.js';

const calendar = createChinaCalendar();
/** Promised due at the end of 2026-10-08, the first working day after National Day; yellow at 3 days left, red at 1. */
const CASE: LightInput = {
  dueAt: '2026-10-09T00:00:00.000+08:00',
  clock: 'running',
  yellowDaysLeft: 3,
  redDaysLeft: 1,
  unit: 'working',
};

describe('supervision / classifyLight: lights change on the right working day around holidays', () => {
  const table: [string, string][] = [
    ['2026-09-25T10:00:00+08:00', 'green'], // Mid-Autumn holiday; 09-28, 09-29, 09-30, 10-08 still ahead
    ['2026-09-28T17:00:00+08:00', 'green'],
    ['2026-09-29T09:00:00+08:00', 'yellow'], // 09-29, 09-30 and 10-08 left: three working days
    ['2026-09-30T23:59:00+08:00', 'yellow'],
    ['2026-10-05T12:00:00+08:00', 'yellow'], // National Day: red comes with the working day on which 1 is left
    ['2026-10-08T00:00:00+08:00', 'red'],
    ['2026-10-08T09:00:00+08:00', 'red'],
    ['2026-10-09T00:00:00+08:00', 'overdue'],
    ['2026-10-10T09:00:00+08:00', 'overdue'], // make-up Saturday counts, but the deadline has passed
  ];
  for (const [now, light] of table) {
    it(`given the deadline at the end of 10-08, at ${now}, then ${light}`, () => {
      expect(classifyLight(CASE, now, calendar)).to.equal(light);
    });
  }

  it('given a stopped clock, then the light says so whatever the date; finished work is done', () => {
    expect(classifyLight({ ...CASE, clock: 'stopped' }, '2026-10-20T09:00:00+08:00', calendar)).to.equal('stopped');
    expect(classifyLight({ ...CASE, clock: 'finished' }, '2026-10-20T09:00:00+08:00', calendar)).to.equal('done');
  });

  it('given a calendar-day item, then the thresholds count calendar days across the holiday', () => {
    const calendarCase: LightInput = { ...CASE, unit: 'calendar' };
    expect(classifyLight(calendarCase, '2026-10-05T12:00:00+08:00', calendar)).to.equal('green');
    expect(classifyLight(calendarCase, '2026-10-06T12:00:00+08:00', calendar)).to.equal('yellow');
    expect(classifyLight(calendarCase, '2026-10-08T12:00:00+08:00', calendar)).to.equal('red');
  });

  it('given the deadline, then the days left count working days only, in halves', () => {
    expect(daysLeft(CASE.dueAt, '2026-09-29T00:00:00+08:00', calendar)).to.equal(3);
    expect(daysLeft(CASE.dueAt, '2026-09-30T12:00:00+08:00', calendar)).to.equal(1.5);
    expect(daysLeft(CASE.dueAt, '2026-10-03T12:00:00+08:00', calendar)).to.equal(1);
    expect(daysLeft(CASE.dueAt, '2026-10-09T12:00:00+08:00', calendar)).to.equal(-0.5);
  });
});
