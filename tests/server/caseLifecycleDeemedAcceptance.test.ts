import { expect } from 'chai';
import { createChinaCalendar } from '@govflow/engine';
import { deemedAcceptance } from '../../server/src/services/intake/deemedAcceptance.js';

describe('case life cycle / Art. 32 deemed acceptance: a one-time notice later than 5 working days means accepted', () => {
  const calendar = createChinaCalendar();

  it('given materials on Monday 09-21, then the notice is due by the end of 09-29 (the Mid-Autumn holiday does not count)', () => {
    const onTheSpot = deemedAcceptance({
      receivedAt: '2026-09-21T10:00:00+08:00',
      noticeGivenAt: '2026-09-21T10:20:00+08:00',
      calendar,
    });
    expect(onTheSpot).to.deep.equal({
      status: 'in-time',
      deemedAccepted: false,
      acceptedOn: null,
      noticeDueBy: '2026-09-30T00:00:00.000+08:00',
    });
  });

  it('given the notice on the fifth working day, then it is in time; given it the day after, then the case counts as accepted from the day the materials arrived', () => {
    const fifthDay = deemedAcceptance({
      receivedAt: '2026-09-21T10:00:00+08:00',
      noticeGivenAt: '2026-09-29T17:30:00+08:00',
      calendar,
    });
    expect(fifthDay).to.include({ status: 'in-time', deemedAccepted: false });
    const sixthDay = deemedAcceptance({
      receivedAt: '2026-09-21T10:00:00+08:00',
      noticeGivenAt: '2026-09-30T09:00:00+08:00',
      calendar,
    });
    expect(sixthDay).to.include({ status: 'late', deemedAccepted: true, acceptedOn: '2026-09-21' });
  });

  it('given materials on 09-30, then the National Day week is skipped and the make-up Saturday 10-10 counts', () => {
    const result = deemedAcceptance({
      receivedAt: '2026-09-30T16:00:00+08:00',
      noticeGivenAt: '2026-10-13T16:00:00+08:00',
      calendar,
    });
    // 10-08, 10-09, 10-10 (调休上班), 10-12, 10-13
    expect(result).to.include({ status: 'in-time', noticeDueBy: '2026-10-14T00:00:00.000+08:00' });
  });

  it('given materials on Saturday 09-19, then the make-up Sunday 09-20 is the first day counted', () => {
    const result = deemedAcceptance({ receivedAt: '2026-09-19T11:00:00+08:00', calendar });
    expect(result.noticeDueBy).to.equal('2026-09-25T00:00:00.000+08:00');
  });

  it('given no notice yet, then it is pending while in time and overdue (deemed accepted) once the limit passed', () => {
    const receivedAt = '2026-09-21T10:00:00+08:00';
    expect(deemedAcceptance({ receivedAt, asOf: '2026-09-28T09:00:00+08:00', calendar })).to.include({
      status: 'pending',
      deemedAccepted: false,
    });
    expect(deemedAcceptance({ receivedAt, asOf: '2026-10-08T09:00:00+08:00', calendar })).to.include({
      status: 'overdue',
      deemedAccepted: true,
      acceptedOn: '2026-09-21',
    });
    expect(deemedAcceptance({ receivedAt, calendar })).to.include({ status: 'pending' });
  });

  it('given a center that counts the day of receipt, then the limit ends one working day earlier', () => {
    const result = deemedAcceptance({ receivedAt: '2026-09-21T10:00:00+08:00', calendar, countReceiptDay: true });
    expect(result.noticeDueBy).to.equal('2026-09-29T00:00:00.000+08:00');
  });

  it('given a notice dated before the materials arrived, then it is refused as impossible', () => {
    expect(() =>
      deemedAcceptance({
        receivedAt: '2026-09-21T10:00:00+08:00',
        noticeGivenAt: '2026-09-20T10:00:00+08:00',
        calendar,
      }),
    ).to.throw(RangeError, '告知时间不能早于');
  });
});
