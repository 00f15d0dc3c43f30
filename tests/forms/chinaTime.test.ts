import { expect } from 'chai';
import { chinaToday, createFormValidator, resolveDateLimit } from '@govflow/forms';
import { idNumber } from './support/checkDigits.js';

const SCHEMA = {
  type: 'object',
  properties: {
    applyDate: { type: 'string', format: 'cn-date', maxDate: 'today' },
    startDate: { type: 'string', format: 'cn-date', minDate: 'today+1d' },
    idNumber: { type: 'string', format: 'cn-id-number', maxDate: 'today-18y' },
  },
};

/** 2026-11-21 17:30 UTC is already 2026-11-22 01:30 in China. */
const LATE_UTC_EVENING = new Date('2026-11-21T17:30:00Z');

describe('forms / dates in China time', () => {
  it('given an instant after 16:00 UTC, when the China date is taken, then it is the next calendar day', () => {
    expect(chinaToday(LATE_UTC_EVENING)).to.equal('2026-11-22');
    expect(chinaToday(new Date('2026-11-21T15:59:59Z'))).to.equal('2026-11-21');
  });

  it('given relative limits, when resolved, then days, months and years move from the China date (month ends clamp)', () => {
    expect(resolveDateLimit('today', LATE_UTC_EVENING)).to.equal('2026-11-22');
    expect(resolveDateLimit('today+10d', LATE_UTC_EVENING)).to.equal('2026-12-02');
    expect(resolveDateLimit('today-18y', LATE_UTC_EVENING)).to.equal('2008-11-22');
    expect(resolveDateLimit('today-1m', new Date('2026-03-31T00:00:00Z'))).to.equal('2026-02-28');
    expect(resolveDateLimit('today-4y', new Date('2028-02-29T00:00:00Z'))).to.equal('2024-02-29');
    expect(resolveDateLimit('2026-10-01', LATE_UTC_EVENING)).to.equal('2026-10-01');
    expect(resolveDateLimit('tomorrow', LATE_UTC_EVENING)).to.equal(undefined);
  });

  it("given the China date 2026-11-22, when an application is dated that day, then 'not after today' accepts it", () => {
    const { errors } = createFormValidator(SCHEMA).validate({ applyDate: '2026-11-22' }, { now: LATE_UTC_EVENING });
    expect(errors).to.deep.equal([]);
  });

  it("given the same instant, when dated the day after, then the message names today's China date", () => {
    const { errors } = createFormValidator(SCHEMA).validate({ applyDate: '2026-11-23' }, { now: LATE_UTC_EVENING });
    expect(errors).to.deep.equal([
      { path: '/applyDate', keyword: 'maxDate', message: '日期不能晚于今天（2026-11-22）' },
    ]);
  });

  it('given a start date that must be after today, when it is today, then minDate rejects it in Chinese', () => {
    const { errors } = createFormValidator(SCHEMA).validate({ startDate: '2026-11-22' }, { now: LATE_UTC_EVENING });
    expect(errors).to.deep.equal([{ path: '/startDate', keyword: 'minDate', message: '日期不能早于2026-11-23' }]);
  });

  it('given an applicant who turns 18 on the China date, when checked against today-18y, then the birth date in the ID passes', () => {
    const validator = createFormValidator(SCHEMA);
    expect(
      validator.validate({ idNumber: idNumber('110105', '20081122', '001') }, { now: LATE_UTC_EVENING }).valid,
    ).to.equal(true);
    const { errors } = validator.validate(
      { idNumber: idNumber('110105', '20081123', '001') },
      { now: LATE_UTC_EVENING },
    );
    expect(errors).to.deep.equal([
      { path: '/idNumber', keyword: 'maxDate', message: '身份证号码中的出生日期不能晚于2008-11-22' },
    ]);
  });

  it("given the machine's time zone changed to America/Los_Angeles, when validating, then the answers do not change", () => {
    const saved = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    try {
      expect(new Date(LATE_UTC_EVENING).getDate()).to.equal(21); // the machine now thinks it is still the 21st
      expect(chinaToday(LATE_UTC_EVENING)).to.equal('2026-11-22');
      expect(
        createFormValidator(SCHEMA).validate({ applyDate: '2026-11-22' }, { now: LATE_UTC_EVENING }).valid,
      ).to.equal(true);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('given a schema with an unreadable date limit, when compiled, then FORM_SCHEMA_INVALID explains the accepted forms', () => {
    expect(() => createFormValidator({ type: 'string', maxDate: 'next week' })).to.throw(
      /maxDate 的值 "next week" 无效/,
    );
  });
});
