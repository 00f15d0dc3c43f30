import { expect } from 'chai';
import fc from 'fast-check';
import { createChinaCalendar } from '../../engine/src/time/chinaCalendar.js';

const DAY = 86_400_000;
const HALF = DAY / 2;
/** Epoch ms of a China wall-clock time, e.g. `cn('2026-03-03T00:00')`. */
const cn = (local: string): number => Date.parse(`${local}+08:00`);
const CHINA_OFFSET = 8 * 3_600_000;
/** China wall-clock time of epoch ms, `YYYY-MM-DDTHH:mm`. */
const wall = (ms: number): string => new Date(ms + CHINA_OFFSET).toISOString().slice(0, 16);
/** Whether epoch ms is exactly 00:00 China time. */
const isChinaMidnight = (ms: number): boolean => (ms + CHINA_OFFSET) % DAY === 0;

describe('Given the China working calendar, counting working time', () => {
  const calendar = createChinaCalendar();
  const add = (from: string, days: number): string => wall(calendar.addWorkingDays(cn(from), days));

  describe('when working days are added to an ordinary week', () => {
    it('then one day from Tuesday 00:00 ends at the end of Tuesday (Wednesday 00:00)', () => {
      expect(add('2026-03-03T00:00', 1)).to.equal('2026-03-04T00:00');
    });

    it('then half a day from Tuesday 00:00 ends at Tuesday noon', () => {
      expect(add('2026-03-03T00:00', 0.5)).to.equal('2026-03-03T12:00');
    });

    it('then two days from Friday 00:00 end at the end of Monday, the weekend not counting', () => {
      expect(add('2026-03-06T00:00', 2)).to.equal('2026-03-10T00:00');
    });

    it('then one day from Friday 00:00 ends at Friday 24:00, not after the weekend', () => {
      expect(add('2026-03-06T00:00', 1)).to.equal('2026-03-07T00:00');
    });

    it('then zero days returns the very instant given, even on a rest day', () => {
      const onHoliday = cn('2026-02-16T15:07');
      expect(calendar.addWorkingDays(onHoliday, 0)).to.equal(onHoliday);
      expect(calendar.addWorkingDays('2026-03-03T09:30:00+08:00', 0)).to.equal(cn('2026-03-03T09:30'));
    });

    it('then a start in the middle of a working day keeps its time of day', () => {
      expect(add('2026-03-03T09:30', 3)).to.equal('2026-03-06T09:30');
      expect(add('2026-03-05T15:00', 2)).to.equal('2026-03-09T15:00');
    });
  });

  describe('when a period is accepted right before the 2026 Spring Festival (end of 2026-02-13)', () => {
    const endOfFeb13 = '2026-02-14T00:00';
    const cases: ReadonlyArray<readonly [number, string, string]> = [
      [0.5, '2026-02-14T12:00', 'half of the make-up Saturday'],
      [1, '2026-02-15T00:00', 'the whole make-up Saturday 02-14'],
      [1.5, '2026-02-24T12:00', 'the holiday 02-15..02-23 not counting'],
      [2, '2026-02-25T00:00', 'the end of Tuesday 02-24'],
      [5, '2026-02-28T00:00', 'the end of Friday 02-27'],
      [5.5, '2026-02-28T12:00', 'half of the make-up Saturday 02-28'],
      [6, '2026-03-01T00:00', 'the end of the make-up Saturday 02-28'],
      [6.5, '2026-03-02T12:00', 'Sunday 03-01 not counting'],
      [7, '2026-03-03T00:00', 'the end of Monday 03-02'],
    ];
    for (const [days, expected, why] of cases) {
      it(`then ${days} working days end at ${expected} (${why})`, () => {
        expect(add(endOfFeb13, days)).to.equal(expected);
      });
    }

    it('then the statutory 20 days from 09:30 on 2026-02-13 end at 09:30 on 2026-03-19', () => {
      expect(add('2026-02-13T09:30', 20)).to.equal('2026-03-19T09:30');
    });
  });

  describe('when half days run across other holidays and make-up days', () => {
    const cases: ReadonlyArray<readonly [string, number, string]> = [
      ['2026-04-02T00:00', 0.5, '2026-04-02T12:00'],
      ['2026-04-02T00:00', 1.5, '2026-04-03T12:00'],
      ['2026-04-02T00:00', 2, '2026-04-04T00:00'],
      ['2026-04-02T00:00', 2.5, '2026-04-07T12:00'],
      ['2026-09-18T00:00', 1.5, '2026-09-20T12:00'],
      ['2026-09-18T00:00', 2, '2026-09-21T00:00'],
      ['2025-01-25T00:00', 1, '2025-01-27T00:00'],
      ['2025-01-25T00:00', 2, '2025-01-28T00:00'],
      ['2025-01-25T00:00', 2.5, '2025-02-05T12:00'],
      ['2025-09-30T00:00', 1.5, '2025-10-09T12:00'],
      ['2025-10-09T00:00', 2.5, '2025-10-11T12:00'],
    ];
    for (const [from, days, expected] of cases) {
      it(`then ${days} days from ${from} end at ${expected}`, () => {
        expect(add(from, days)).to.equal(expected);
      });
    }
  });

  describe('when the start instant lies inside a rest day', () => {
    it('then counting starts at 00:00 of the next working day (holiday 02-16 → 02-24)', () => {
      expect(add('2026-02-16T15:00', 0.5)).to.equal('2026-02-24T12:00');
    });

    it('then a Saturday start counts from Monday 00:00', () => {
      expect(add('2026-03-07T10:00', 1)).to.equal('2026-03-10T00:00');
    });

    it('then a National Day start counts 10-08, 10-09 and the make-up Saturday 10-10', () => {
      expect(add('2026-10-03T08:00', 2.5)).to.equal('2026-10-10T12:00');
    });
  });

  describe('when negative days walk backwards', () => {
    const cases: ReadonlyArray<readonly [string, number, string, string]> = [
      ['2026-02-24T12:00', -0.5, '2026-02-24T00:00', 'back to the start of Tuesday'],
      ['2026-02-24T12:00', -1, '2026-02-14T12:00', 'across the Spring Festival'],
      ['2026-02-24T12:00', -1.5, '2026-02-14T00:00', "to the make-up day's 00:00, not 02-13 24:00"],
      ['2026-02-24T12:00', -2.5, '2026-02-13T00:00', 'to the start of Friday 02-13'],
      ['2026-03-09T00:00', -1, '2026-03-06T00:00', 'from Monday 00:00 to Friday 00:00'],
      ['2026-03-04T00:00', -1, '2026-03-03T00:00', 'from the end of Tuesday to its start'],
      ['2026-02-20T10:00', -0.5, '2026-02-14T12:00', 'from inside the holiday'],
    ];
    for (const [from, days, expected, why] of cases) {
      it(`then ${days} days from ${from} end at ${expected} (${why})`, () => {
        expect(add(from, days)).to.equal(expected);
      });
    }
  });

  describe('when a period is added and then taken away again', () => {
    const starts = [
      '2026-02-13T00:00',
      '2026-02-13T12:00',
      '2026-02-14T00:00',
      '2026-02-14T12:00',
      '2026-02-24T00:00',
      '2026-03-06T12:00',
      '2026-09-30T12:00',
      '2025-01-27T00:00',
      '2025-12-31T12:00',
    ];
    it('then adding d and then -d returns every half-day boundary of a working day', () => {
      for (const start of starts) {
        for (const days of [0.5, 1, 1.5, 2, 2.5, 5, 10, 20, 45]) {
          const there = calendar.addWorkingDays(cn(start), days);
          expect(wall(calendar.addWorkingDays(there, -days)), `${start} ± ${days}`).to.equal(start);
        }
      }
    });

    it("then taking d away and adding it back returns a working day's noon or 24:00", () => {
      for (const end of ['2026-02-14T12:00', '2026-02-15T00:00', '2026-02-24T12:00', '2026-10-09T12:00']) {
        for (const days of [0.5, 1, 1.5, 2, 7.5, 20]) {
          const back = calendar.addWorkingDays(cn(end), -days);
          expect(wall(calendar.addWorkingDays(back, days)), `${end} ∓ ${days}`).to.equal(end);
        }
      }
    });

    it("then from a working day's 00:00 after a weekend, the way back lands on the previous 24:00", () => {
      // Monday 00:00 minus half a day is Friday noon; plus half a day is Friday 24:00, which has
      // no working time between it and Monday 00:00: forward results never skip rest days.
      const back = calendar.addWorkingDays(cn('2026-03-09T00:00'), -0.5);
      expect(wall(back)).to.equal('2026-03-06T12:00');
      expect(wall(calendar.addWorkingDays(back, 0.5))).to.equal('2026-03-07T00:00');
      expect(calendar.workingDaysBetween(cn('2026-03-07T00:00'), cn('2026-03-09T00:00'))).to.equal(0);
    });
  });

  describe('when the working time between two instants is measured', () => {
    it('then Tuesday 00:00 to Wednesday 00:00 is one day, and the reverse is minus one', () => {
      expect(calendar.workingDaysBetween(cn('2026-03-03T00:00'), cn('2026-03-04T00:00'))).to.equal(1);
      expect(calendar.workingDaysBetween(cn('2026-03-04T00:00'), cn('2026-03-03T00:00'))).to.equal(-1);
      expect(calendar.workingDaysBetween(cn('2026-03-04T00:00'), cn('2026-03-04T00:00'))).to.equal(0);
    });

    it('then the Spring Festival 2026 counts nothing and its make-up Saturday counts', () => {
      expect(calendar.workingDaysBetween(cn('2026-02-13T00:00'), cn('2026-02-25T00:00'))).to.equal(3);
      expect(calendar.workingDaysBetween(cn('2026-02-16T00:00'), cn('2026-02-21T00:00'))).to.equal(0);
      expect(calendar.workingDaysBetween(cn('2026-02-13T06:00'), cn('2026-02-14T18:00'))).to.equal(1.5);
    });

    it('then the whole of 2026 holds 248 working days', () => {
      expect(calendar.workingDaysBetween(cn('2026-01-01T00:00'), cn('2027-01-01T00:00'))).to.equal(248);
    });

    it('then it inverts addWorkingDays for the statutory periods', () => {
      const accepted = cn('2026-09-24T16:30');
      for (const days of [5, 10, 15, 20, 30, 45, 60]) {
        const deadline = calendar.addWorkingDays(accepted, days);
        expect(calendar.workingDaysBetween(accepted, deadline)).to.equal(days);
      }
    });

    it('then integer milliseconds are kept exactly', () => {
      const from = cn('2026-02-13T23:59');
      const to = calendar.addWorkingMs(from, 60_001);
      expect(wall(to)).to.equal('2026-02-14T00:00');
      expect(to - cn('2026-02-14T00:00')).to.equal(1);
      expect(calendar.workingMsBetween(from, to)).to.equal(60_001);
    });
  });

  describe('when instants are written with offsets other than China time', () => {
    it('then a UTC instant is counted on the China calendar', () => {
      // 2026-03-02T16:00Z is Tuesday 2026-03-03 00:00 in China.
      expect(calendar.addWorkingDays('2026-03-02T16:00:00Z', 1)).to.equal(Date.parse('2026-03-03T16:00:00Z'));
      expect(calendar.addWorkingDays('2026-03-02T11:00:00-05:00', 0.5)).to.equal(cn('2026-03-03T12:00'));
    });

    it('then an instant on a UTC Friday that is already the China Saturday counts from Monday', () => {
      // 2026-03-06T16:00Z is Friday in UTC but Saturday 2026-03-07 00:00 in China.
      expect(wall(calendar.addWorkingDays('2026-03-06T16:00:00Z', 1))).to.equal('2026-03-10T00:00');
    });

    it('then results do not depend on the machine time zone', () => {
      const saved = process.env['TZ'];
      const run = (): number[] => [
        calendar.addWorkingDays(cn('2026-02-13T09:30'), 20),
        calendar.addWorkingDays(new Date(cn('2026-02-24T12:00')), -1.5),
        calendar.workingDaysBetween('2026-02-13T06:00:00+08:00', '2026-02-14T10:00:00Z'),
        Number(calendar.isWorkingDay('2026-02-13T16:30:00Z')),
        Number(calendar.isWorkingDay(cn('2026-02-15T00:30'))),
      ];
      try {
        const results = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai'].map((tz) => {
          process.env['TZ'] = tz;
          return run();
        });
        for (const result of results) expect(result).to.deep.equal(results[0]);
        expect(wall(results[0]?.[0] ?? 0)).to.equal('2026-03-19T09:30');
      } finally {
        if (saved === undefined) delete process.env['TZ'];
        else process.env['TZ'] = saved;
      }
    });
  });

  describe('when amounts are unusual', () => {
    it('then non-finite days are refused with a RangeError', () => {
      expect(() => calendar.addWorkingDays(cn('2026-03-03T00:00'), Number.NaN)).to.throw(RangeError);
      expect(() => calendar.addWorkingDays(cn('2026-03-03T00:00'), Infinity)).to.throw(RangeError);
      expect(() => calendar.addCalendarDays(cn('2026-03-03T00:00'), -Infinity)).to.throw(RangeError);
    });

    it('then an unreadable instant is refused with a RangeError', () => {
      expect(() => calendar.addWorkingDays('not a time', 1)).to.throw(RangeError, 'not a time');
    });

    it('then a fraction of a day is rounded to the millisecond', () => {
      const from = cn('2026-03-03T00:00');
      expect(calendar.addWorkingDays(from, 0.1)).to.equal(from + 8_640_000);
      expect(calendar.addWorkingDays(from, 1 / 3) - from).to.equal(28_800_000);
    });

    it('then a million working days forward and back are computed and inverted quickly', () => {
      const from = cn('2026-03-03T09:00');
      const started = performance.now();
      for (const days of [1_000_000, -1_000_000, 12_345.5, -54_321.5]) {
        const there = calendar.addWorkingDays(from, days);
        expect(calendar.workingDaysBetween(from, there)).to.equal(days);
        expect(calendar.addWorkingDays(there, -days)).to.equal(from);
      }
      expect(performance.now() - started).to.be.below(200);
    });

    it('then calendar days are plain 24-hour days in China time', () => {
      expect(wall(calendar.addCalendarDays(cn('2026-02-13T09:30'), 10))).to.equal('2026-02-23T09:30');
      expect(wall(calendar.addCalendarDays('2026-02-13T09:30:00+08:00', -0.5))).to.equal('2026-02-12T21:30');
    });
  });

  describe('when it is called on every engine command', () => {
    it('then adding 20 working days takes microseconds', () => {
      const from = cn('2026-01-05T09:00');
      let sink = 0;
      const runs = 20_000;
      const started = performance.now();
      for (let i = 0; i < runs; i += 1) sink += calendar.addWorkingDays(from + i * 3_600_000, 20);
      const microseconds = ((performance.now() - started) * 1000) / runs;
      expect(sink).to.be.above(0);
      expect(microseconds).to.be.below(50);
    });

    it('then building the national calendar happens once', () => {
      expect(createChinaCalendar()).to.equal(calendar);
    });
  });
});

describe('Property: addWorkingDays and workingDaysBetween are inverses', () => {
  const calendar = createChinaCalendar();
  const instant = fc.integer({ min: cn('2024-06-01T00:00'), max: cn('2027-06-30T00:00') });
  const halfDays = fc.integer({ min: -240, max: 240 }).map((n) => n / 2);
  /** A day start (China) of any working day from 2024-06 to 2027-06. */
  const workingDayStart = fc
    .integer({ min: Date.UTC(2024, 5, 1) / DAY, max: Date.UTC(2027, 5, 30) / DAY })
    .map((dayNumber) => dayNumber * DAY - CHINA_OFFSET)
    .filter((start) => calendar.isWorkingDay(start));

  it('then the working time from any instant to from + d is exactly d half days', () => {
    fc.assert(
      fc.property(instant, halfDays, (from, days) => {
        expect(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, days))).to.equal(days);
      }),
      { numRuns: 2000 },
    );
  });

  it('then the same holds for any integer number of milliseconds', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -90 * DAY, max: 90 * DAY }), (from, ms) => {
        expect(calendar.workingMsBetween(from, calendar.addWorkingMs(from, ms))).to.equal(ms);
      }),
      { numRuns: 2000 },
    );
  });

  it('then adding the measured time from `from` to `to` reaches `to`, or the earliest instant equal in working time', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const reached = calendar.addWorkingDays(from, calendar.workingDaysBetween(from, to));
        expect(reached).to.be.at.most(to);
        expect(calendar.workingMsBetween(reached, to)).to.equal(0);
        if (calendar.isWorkingDay(to) && !isChinaMidnight(to)) {
          expect(reached).to.equal(to);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('then +d then −d returns any half-day boundary of a working day (d > 0)', () => {
    fc.assert(
      fc.property(workingDayStart, fc.constantFrom(0, HALF), halfDays, (start, offset, d) => {
        const days = Math.abs(d) + 0.5;
        const t = start + offset;
        expect(calendar.addWorkingDays(calendar.addWorkingDays(t, days), -days)).to.equal(t);
      }),
      { numRuns: 1000 },
    );
  });

  it("then −d then +d returns a working day's noon or 24:00 (d > 0)", () => {
    fc.assert(
      fc.property(workingDayStart, fc.constantFrom(HALF, DAY), halfDays, (start, offset, d) => {
        const days = Math.abs(d) + 0.5;
        const t = start + offset;
        expect(calendar.addWorkingDays(calendar.addWorkingDays(t, -days), days)).to.equal(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('then more working days never end earlier', () => {
    fc.assert(
      fc.property(instant, halfDays, halfDays, (from, d1, d2) => {
        const [low, high] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(calendar.addWorkingDays(from, low)).to.be.at.most(calendar.addWorkingDays(from, high));
      }),
      { numRuns: 1000 },
    );
  });
});
