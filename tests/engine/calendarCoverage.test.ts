import { expect } from 'chai';
import { EngineError } from '../../engine/src/errors.js';
import { createChinaCalendar } from '../../engine/src/time/chinaCalendar.js';
import { CalendarNotCoveredError } from '../../engine/src/time/calendarErrors.js';
import { WorkingCalendar, type CalendarOverrides } from '../../engine/src/time/workingCalendar.js';

/** Epoch ms of a China wall-clock time, e.g. `cn('2026-03-03T00:00')`. */
const cn = (local: string): number => Date.parse(`${local}+08:00`);
/** China wall-clock time of epoch ms, `YYYY-MM-DDTHH:mm`. */
const wall = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);

/** The error `run` throws; fails the test when it throws nothing. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  expect.fail('expected an error');
}

/** Asserts that `run` throws CALENDAR_NOT_COVERED naming `date`. */
function expectNotCovered(run: () => unknown, date: string): void {
  const error = thrown(run);
  expect(error).to.be.instanceOf(CalendarNotCoveredError);
  expect(error).to.be.instanceOf(EngineError);
  const notCovered = error as CalendarNotCoveredError;
  expect(notCovered.code).to.equal('CALENDAR_NOT_COVERED');
  expect(notCovered.date).to.equal(date);
  expect(notCovered.message).to.equal(`工作日历未覆盖 ${date}，请管理员录入该年度的节假日和调休安排`);
}

/** A hypothetical 2027 arrangement, as an administrator would enter it once it is published. */
const YEAR_2027: CalendarOverrides = {
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07', '2027-02-08'],
  workdays: ['2027-01-30'],
  coveredYears: [2027],
};

describe('Given the China working calendar and the years its data covers', () => {
  const calendar = createChinaCalendar();
  const strict = createChinaCalendar([], { beyondCoverage: 'error' });

  describe('when its coverage is asked for', () => {
    it('then it covers 2004-01-01 through 2026-12-31', () => {
      expect(calendar.coveredFrom).to.equal('2004-01-01');
      expect(calendar.coveredUntil).to.equal('2026-12-31');
      expect(calendar.coveredYears).to.have.length(23);
      expect(calendar.beyondCoverage).to.equal('assume-weekdays');
    });

    it('then 2027 dates and dates before 2004 are not covered', () => {
      expect(calendar.isCovered('2026-12-31')).to.equal(true);
      expect(calendar.isCovered('2027-01-04')).to.equal(false);
      expect(calendar.isCovered('2003-12-31')).to.equal(false);
      // 16:00 UTC on 2026-12-31 is already 2027-01-01 in China.
      expect(calendar.isCovered('2026-12-31T15:59:59Z')).to.equal(true);
      expect(calendar.isCovered('2026-12-31T16:00:00Z')).to.equal(false);
    });
  });

  describe('when a computation needs 2027 and the calendar assumes plain weekdays', () => {
    it('then 2027 is counted Monday to Friday without an error', () => {
      expect(calendar.isWorkingDay('2027-01-01')).to.equal(true);
      expect(calendar.isWorkingDay('2027-01-02')).to.equal(false);
      expect(wall(calendar.addWorkingDays(cn('2026-12-31T00:00'), 2))).to.equal('2027-01-02T00:00');
    });

    it('then the first uncovered date is reported so that the engine can warn', () => {
      expect(calendar.firstUncoveredDate('2026-12-01', '2027-02-01')).to.equal('2027-01-01');
      expect(calendar.firstUncoveredDate('2027-02-01', '2026-12-01')).to.equal('2027-01-01');
      expect(calendar.firstUncoveredDate('2026-01-01', '2026-12-31')).to.equal(undefined);
      expect(calendar.firstUncoveredDate('2003-12-30', '2004-01-05')).to.equal('2003-12-30');
    });

    it('then a span of instants ending at 2027-01-01 00:00 needs no 2027 data', () => {
      const deadline = calendar.addWorkingDays(cn('2026-12-30T00:00'), 2);
      expect(wall(deadline)).to.equal('2027-01-01T00:00');
      expect(calendar.firstUncoveredDate(cn('2026-12-30T00:00'), deadline)).to.equal(undefined);
      expect(calendar.firstUncoveredDate(cn('2026-12-30T00:00'), deadline + 1)).to.equal('2027-01-01');
    });
  });

  describe("when the calendar is set to 'error' beyond its coverage", () => {
    it('then asking whether a 2027 date is a working day throws CALENDAR_NOT_COVERED', () => {
      expectNotCovered(() => strict.isWorkingDay('2027-01-04'), '2027-01-04');
    });

    it('then a period ending exactly at 24:00 on 2026-12-31 is still computed', () => {
      expect(wall(strict.addWorkingDays(cn('2026-12-31T00:00'), 1))).to.equal('2027-01-01T00:00');
      expect(strict.workingDaysBetween(cn('2026-12-01T00:00'), cn('2027-01-01T00:00'))).to.equal(23);
    });

    it('then a period reaching into 2027 throws, naming the first day it needed', () => {
      expectNotCovered(() => strict.addWorkingDays(cn('2026-12-31T00:00'), 1.5), '2027-01-01');
      expectNotCovered(() => strict.workingDaysBetween(cn('2026-12-31T00:00'), cn('2027-01-01T00:01')), '2027-01-01');
      expectNotCovered(() => strict.nextWorkingDay('2026-12-31'), '2027-01-01');
    });

    it('then a period reaching back before 2004 throws too', () => {
      // 2004-01-01 was New Year's Day, so a day back from noon on 2004-01-02 needs 2003-12-31.
      expectNotCovered(() => strict.addWorkingDays(cn('2004-01-02T12:00'), -1), '2003-12-31');
      expectNotCovered(() => strict.previousWorkingDay('2004-01-02'), '2003-12-31');
    });

    it('then inside the coverage it agrees with the default calendar', () => {
      const from = cn('2026-02-13T09:30');
      for (const days of [-30, -1.5, 0.5, 1, 20, 45]) {
        expect(strict.addWorkingDays(from, days)).to.equal(calendar.addWorkingDays(from, days));
      }
      expect(strict.workingDaysBetween(cn('2025-01-01T00:00'), cn('2027-01-01T00:00'))).to.equal(496);
    });
  });

  describe('when an administrator checks the coming months', () => {
    it('then a gap within the next three months is reported by its first date', () => {
      expect(calendar.coverageGap('2026-11-15', 3)).to.equal('2027-01-01');
      expect(calendar.coverageGap('2026-10-01')).to.equal('2027-01-01');
    });

    it('then no gap is reported while the window stays inside the coverage', () => {
      expect(calendar.coverageGap('2026-06-01', 3)).to.equal(undefined);
      expect(calendar.coverageGap('2026-09-30', 3)).to.equal(undefined);
      expect(calendar.coverageGap('2026-11-30', 1)).to.equal(undefined);
      expect(calendar.coverageGap('2026-12-31', 0)).to.equal(undefined);
    });

    it('then a bad number of months is refused', () => {
      expect(() => calendar.coverageGap('2026-06-01', -1)).to.throw(RangeError);
      expect(() => calendar.coverageGap('2026-06-01', 1.5)).to.throw(RangeError);
    });
  });
});

describe('Given per-center and administrator overrides', () => {
  const calendar = createChinaCalendar();

  describe('when the 2027 arrangement is entered with its covered year', () => {
    const with2027 = createChinaCalendar(YEAR_2027, { beyondCoverage: 'error' });

    it('then 2027 is covered and used', () => {
      expect(with2027.isCovered('2027-06-01')).to.equal(true);
      expect(with2027.coveredUntil).to.equal('2027-12-31');
      expect(with2027.isWorkingDay('2027-01-01')).to.equal(false);
      expect(with2027.isWorkingDay('2027-01-30')).to.equal(true);
      expect(with2027.isWorkingDay('2027-01-04')).to.equal(true);
      expect(with2027.coverageGap('2026-11-15', 3)).to.equal(undefined);
    });

    it('then a strict calendar computes across the new year', () => {
      // 2026-12-31 (Thu) counts, 2027-01-01..03 are holidays, Monday 2027-01-04 counts.
      expect(wall(with2027.addWorkingDays(cn('2026-12-31T00:00'), 1.5))).to.equal('2027-01-04T12:00');
    });

    it('then withOverrides gives the same result and leaves the original calendar unchanged', () => {
      const layered = calendar.withOverrides(YEAR_2027);
      expect(layered.isWorkingDay('2027-01-01')).to.equal(false);
      expect(layered.isCovered('2027-01-01')).to.equal(true);
      expect(calendar.isWorkingDay('2027-01-01')).to.equal(true);
      expect(calendar.isCovered('2027-01-01')).to.equal(false);
      expect(createChinaCalendar().coveredUntil).to.equal('2026-12-31');
    });
  });

  describe('when dates are entered without declaring the year covered', () => {
    it('then the dates are used but the year still counts as uncovered', () => {
      const partial = createChinaCalendar({ holidays: ['2027-01-01'] });
      expect(partial.isWorkingDay('2027-01-01')).to.equal(false);
      expect(partial.isCovered('2027-01-01')).to.equal(false);
      expect(partial.coverageGap('2026-12-01', 1)).to.equal('2027-01-01');
    });
  });

  describe('when a later year is covered but the year between is not', () => {
    it('then the gap year is still reported', () => {
      const gap = createChinaCalendar({ coveredYears: [2028] });
      expect(gap.isCovered('2027-07-01')).to.equal(false);
      expect(gap.isCovered('2028-07-01')).to.equal(true);
      expect(gap.coveredUntil).to.equal('2028-12-31');
      expect(gap.firstUncoveredDate('2026-12-31', '2028-06-01')).to.equal('2027-01-01');
    });
  });

  describe('when an override contradicts the national data', () => {
    it('then an override workday removes a holiday', () => {
      expect(createChinaCalendar({ workdays: ['2026-10-07'] }).isWorkingDay('2026-10-07')).to.equal(true);
    });

    it('then an override holiday removes a make-up working day', () => {
      expect(createChinaCalendar({ holidays: ['2026-02-14'] }).isWorkingDay('2026-02-14')).to.equal(false);
    });

    it('then a local holiday on a weekday is a rest day', () => {
      const local = createChinaCalendar({ holidays: ['2026-03-05'] });
      expect(local.isWorkingDay('2026-03-05')).to.equal(false);
      expect(wall(local.addWorkingDays(cn('2026-03-04T00:00'), 2))).to.equal('2026-03-07T00:00');
    });

    it('then later overrides win over earlier ones', () => {
      const layers = [{ holidays: ['2026-03-05'] }, { workdays: ['2026-03-05'] }];
      expect(createChinaCalendar(layers).isWorkingDay('2026-03-05')).to.equal(true);
      expect(calendar.withOverrides(...[...layers].reverse()).isWorkingDay('2026-03-05')).to.equal(false);
    });

    it('then the option beyondCoverage is kept by withOverrides', () => {
      const strict = createChinaCalendar([], { beyondCoverage: 'error' }).withOverrides({
        holidays: ['2026-03-05'],
      });
      expect(strict.beyondCoverage).to.equal('error');
    });
  });

  describe('when an override is invalid', () => {
    const cases: ReadonlyArray<readonly [string, CalendarOverrides, string]> = [
      ['a nonexistent date', { holidays: ['2026-02-30'] }, '2026-02-30'],
      ['a date with slashes', { holidays: ['2026/01/01'] }, '2026/01/01'],
      ['a date without leading zeros', { workdays: ['2026-1-4'] }, '2026-1-4'],
      ['an empty date', { workdays: [''] }, '调休上班日'],
      ['the same date in both lists', { holidays: ['2026-03-05'], workdays: ['2026-03-05'] }, '2026-03-05'],
      ['a fractional covered year', { coveredYears: [2026.5] }, '2026.5'],
      ['an implausible covered year', { coveredYears: [1800] }, '1800'],
    ];
    for (const [what, override, named] of cases) {
      it(`then ${what} is refused with a RangeError naming it`, () => {
        expect(() => createChinaCalendar(override)).to.throw(RangeError, named);
      });
    }

    it('then a value that is not a list is refused', () => {
      const notAList = { holidays: '2026-03-05' } as unknown as CalendarOverrides;
      expect(() => calendar.withOverrides(notAList)).to.throw(RangeError, '节假日');
    });

    it('then an unknown beyondCoverage option is refused', () => {
      const options = { beyondCoverage: 'ignore' } as unknown as { beyondCoverage: 'error' };
      expect(() => new WorkingCalendar({}, options)).to.throw(RangeError, 'ignore');
    });
  });
});

describe('Given a calendar to be stored', () => {
  const calendar = createChinaCalendar(YEAR_2027);

  describe('when it is written with toJSON', () => {
    const json = calendar.toJSON();

    it('then the dates are sorted and the coverage is stated', () => {
      expect(json.holidays[0]).to.equal('2004-01-01');
      expect(json.holidays.at(-1)).to.equal('2027-02-08');
      expect(json.workdays).to.include.members(['2026-02-14', '2026-10-10', '2027-01-30']);
      expect([...json.holidays].sort()).to.deep.equal(json.holidays);
      expect([...json.workdays].sort()).to.deep.equal(json.workdays);
      expect(json.coveredFrom).to.equal('2004-01-01');
      expect(json.coveredUntil).to.equal('2027-12-31');
      expect(json.coveredYears).to.have.length(24);
    });

    it('then reading it back gives a calendar that agrees on every day from 2024 to 2027', () => {
      const restored = WorkingCalendar.fromJSON(JSON.parse(JSON.stringify(json)) as typeof json);
      for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 86_400_000) {
        const date = new Date(ms).toISOString().slice(0, 10);
        expect(restored.isWorkingDay(date), date).to.equal(calendar.isWorkingDay(date));
        expect(restored.isCovered(date), date).to.equal(calendar.isCovered(date));
      }
    });

    it('then a stored form with only coveredFrom and coveredUntil covers those years', () => {
      const restored = WorkingCalendar.fromJSON({
        holidays: json.holidays,
        workdays: json.workdays,
        coveredFrom: '2025-01-01',
        coveredUntil: '2027-12-31',
      });
      expect(restored.coveredYears).to.deep.equal([2025, 2026, 2027]);
      expect(restored.isWorkingDay('2027-01-01')).to.equal(false);
      expect(() => WorkingCalendar.fromJSON({ holidays: [], coveredFrom: '2025-01-01' })).to.throw(RangeError);
    });
  });

  describe('when a calendar has no data at all', () => {
    const plain = new WorkingCalendar();

    it('then it counts plain Monday–Friday weeks and covers nothing', () => {
      expect(plain.isWorkingDay('2026-02-16')).to.equal(true);
      expect(plain.isWorkingDay('2026-02-14')).to.equal(false);
      expect(plain.coveredFrom).to.equal(undefined);
      expect(plain.isCovered('2026-01-01')).to.equal(false);
      expect(plain.toJSON()).to.deep.equal({ holidays: [], workdays: [], coveredYears: [] });
      expect(wall(plain.addWorkingDays(cn('2026-03-06T12:00'), 5.5))).to.equal('2026-03-14T00:00');
    });

    it("then in 'error' mode every day is uncovered", () => {
      expectNotCovered(() => plain.withOptions({ beyondCoverage: 'error' }).isWorkingDay('2026-01-05'), '2026-01-05');
    });
  });
});
