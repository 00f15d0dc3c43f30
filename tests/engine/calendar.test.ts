import { expect } from 'chai';
import { createChinaCalendar } from '../../engine/src/time/chinaCalendar.js';

/**
 * Hand-written from the State Council notices, independently of the chinese-days package:
 * 国办发明电〔2024〕12号 (2025) and the notice of 2025-11-04 (2026). Ranges are inclusive.
 */
const HOLIDAYS: Record<number, ReadonlyArray<readonly [first: string, last: string, name: string]>> = {
  2025: [
    ['2025-01-01', '2025-01-01', '元旦'],
    ['2025-01-28', '2025-02-04', '春节'],
    ['2025-04-04', '2025-04-06', '清明节'],
    ['2025-05-01', '2025-05-05', '劳动节'],
    ['2025-05-31', '2025-06-02', '端午节'],
    ['2025-10-01', '2025-10-08', '国庆节、中秋节'],
  ],
  2026: [
    ['2026-01-01', '2026-01-03', '元旦'],
    ['2026-02-15', '2026-02-23', '春节'],
    ['2026-04-04', '2026-04-06', '清明节'],
    ['2026-05-01', '2026-05-05', '劳动节'],
    ['2026-06-19', '2026-06-21', '端午节'],
    ['2026-09-25', '2026-09-27', '中秋节'],
    ['2026-10-01', '2026-10-07', '国庆节'],
  ],
};

/** Make-up working days (调休上班) with the weekday they fall on. */
const MAKE_UP_DAYS: Record<number, ReadonlyArray<readonly [date: string, weekday: '周六' | '周日']>> = {
  2025: [
    ['2025-01-26', '周日'],
    ['2025-02-08', '周六'],
    ['2025-04-27', '周日'],
    ['2025-09-28', '周日'],
    ['2025-10-11', '周六'],
  ],
  2026: [
    ['2026-01-04', '周日'],
    ['2026-02-14', '周六'],
    ['2026-02-28', '周六'],
    ['2026-05-09', '周六'],
    ['2026-09-20', '周日'],
    ['2026-10-10', '周六'],
  ],
};

const DAY = 86_400_000;
const dateMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const utcWeekday = (date: string): number => new Date(dateMs(date)).getUTCDay();

function expand(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let ms = dateMs(first); ms <= dateMs(last); ms += DAY) dates.push(isoDate(ms));
  return dates;
}

function handTable(year: number): { rest: Set<string>; work: Set<string> } {
  const rest = new Set((HOLIDAYS[year] ?? []).flatMap(([first, last]) => expand(first, last)));
  const work = new Set((MAKE_UP_DAYS[year] ?? []).map(([date]) => date));
  return { rest, work };
}

/** The rule, applied to the hand table: Mon–Fri and not a holiday, or a make-up working day. */
function expectedWorking(date: string, table: { rest: Set<string>; work: Set<string> }): boolean {
  const weekday = utcWeekday(date);
  return table.work.has(date) || (weekday >= 1 && weekday <= 5 && !table.rest.has(date));
}

describe('Given the China working calendar built from chinese-days', () => {
  const calendar = createChinaCalendar();

  for (const year of [2025, 2026]) {
    describe(`when the ${year} holidays of the State Council notice are looked up`, () => {
      for (const [first, last, name] of HOLIDAYS[year] ?? []) {
        for (const date of expand(first, last)) {
          it(`then ${date} (${name}) is not a working day`, () => {
            expect(calendar.isWorkingDay(date)).to.equal(false);
          });
        }
      }
    });

    describe(`when the ${year} make-up working days are looked up`, () => {
      for (const [date, weekday] of MAKE_UP_DAYS[year] ?? []) {
        it(`then ${date} (${weekday}) is a working day although it is a weekend`, () => {
          expect(utcWeekday(date), 'the hand table names a weekend').to.equal(weekday === '周六' ? 6 : 0);
          expect(calendar.isWorkingDay(date)).to.equal(true);
        });
      }
    });

    describe(`when every day of ${year} is compared with the hand-written table`, () => {
      const table = handTable(year);
      for (let month = 1; month <= 12; month += 1) {
        const prefix = `${year}-${String(month).padStart(2, '0')}`;
        it(`then every day of ${prefix} agrees`, () => {
          const days = expand(`${prefix}-01`, isoDate(Date.UTC(year, month, 0)));
          const disagreeing = days.filter((date) => calendar.isWorkingDay(date) !== expectedWorking(date, table));
          expect(disagreeing).to.deep.equal([]);
        });
      }

      it(`then ${year} has 248 working days, as counted by hand`, () => {
        const all = expand(`${year}-01-01`, `${year}-12-31`);
        expect(all.filter((date) => expectedWorking(date, table))).to.have.length(248);
        expect(all.filter((date) => calendar.isWorkingDay(date))).to.have.length(248);
      });
    });
  }

  describe('when a date is given as an instant instead of YYYY-MM-DD', () => {
    it('then an ISO instant is read on its China date, not its UTC date', () => {
      // 2026-02-22T17:00Z is 01:00 on Monday 2026-02-23 in China, the last day of the Spring Festival.
      expect(calendar.isWorkingDay('2026-02-22T17:00:00Z')).to.equal(false);
      // 2026-02-23T16:00Z is 00:00 on Tuesday 2026-02-24 in China, the first working day after it.
      expect(calendar.isWorkingDay('2026-02-23T16:00:00Z')).to.equal(true);
    });

    it('then epoch milliseconds and Date objects are read on their China date', () => {
      const saturdayMakeUpNoon = Date.parse('2026-02-28T12:00:00+08:00');
      expect(calendar.isWorkingDay(saturdayMakeUpNoon)).to.equal(true);
      expect(calendar.isWorkingDay(new Date(saturdayMakeUpNoon))).to.equal(true);
      expect(calendar.isWorkingDay(Date.parse('2026-03-01T12:00:00+08:00'))).to.equal(false);
    });

    it('then a nonexistent YYYY-MM-DD date is refused with a RangeError naming it', () => {
      expect(() => calendar.isWorkingDay('2026-02-30')).to.throw(RangeError, '2026-02-30');
    });
  });

  describe('when the next or previous working day is asked for', () => {
    it('then the day after the last working day before the Spring Festival is the make-up Saturday', () => {
      expect(calendar.nextWorkingDay('2026-02-13')).to.equal('2026-02-14');
    });

    it('then the working day after the make-up Saturday skips the whole Spring Festival', () => {
      expect(calendar.nextWorkingDay('2026-02-14')).to.equal('2026-02-24');
      expect(calendar.nextWorkingDay('2026-02-18')).to.equal('2026-02-24');
    });

    it('then the working day before the end of the holiday is found backwards across it', () => {
      expect(calendar.previousWorkingDay('2026-02-24')).to.equal('2026-02-14');
      expect(calendar.previousWorkingDay('2026-10-08')).to.equal('2026-09-30');
      expect(calendar.previousWorkingDay('2025-02-05')).to.equal('2025-01-27');
    });

    it('then an ordinary weekend is skipped both ways', () => {
      expect(calendar.nextWorkingDay('2026-03-06')).to.equal('2026-03-09');
      expect(calendar.previousWorkingDay('2026-03-09')).to.equal('2026-03-06');
    });
  });
});
