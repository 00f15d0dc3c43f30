import {
  chinaDayNumber,
  formatChinaDate,
  formatInstant,
  startOfChinaDay,
  toEpochMs,
  type InstantLike,
  type WorkingCalendar,
} from '@govflow/engine';

/** Working days the agency has to give the one-time notice (行政许可法 Art. 32 (4)). */
export const NOTICE_LIMIT_DAYS = 5;

/** What the Art. 32 rule needs to know. */
export interface DeemedAcceptanceInput {
  /** When the materials arrived. */
  readonly receivedAt: InstantLike;
  /** When the one-time notice was given; absent while none has been given. */
  readonly noticeGivenAt?: InstantLike;
  /** The instant to judge a notice not (yet) given at; without it such a notice is only pending. */
  readonly asOf?: InstantLike;
  readonly calendar: WorkingCalendar;
  /** Working days allowed (default 5). */
  readonly limitDays?: number;
  /** Whether the day the materials arrived counts as the first day (default: no, counting starts the day after). */
  readonly countReceiptDay?: boolean;
}

/** Whether the application counts as accepted because the notice came too late, and from when. */
export interface DeemedAcceptance {
  /** `in-time`: notice given within the limit; `late`: given after it; `overdue`: none given and the limit passed; `pending`: none given yet, still in time. */
  readonly status: 'in-time' | 'late' | 'overdue' | 'pending';
  readonly deemedAccepted: boolean;
  /** The day the case counts as accepted from (the day the materials arrived), `YYYY-MM-DD`, when deemed. */
  readonly acceptedOn: string | null;
  /** The notice had to be given before this instant (24:00 of the last allowed working day), China time. */
  readonly noticeDueBy: string;
}

/**
 * Art. 32 deemed acceptance: incomplete materials must get one written notice on the spot or within
 * five working days; "逾期不告知的，自收到申请材料之日起即为受理". Pure: time and calendar are arguments.
 */
export function deemedAcceptance(input: DeemedAcceptanceInput): DeemedAcceptance {
  const received = toEpochMs(input.receivedAt);
  const firstDay = chinaDayNumber(received) + (input.countReceiptDay ? 0 : 1);
  const dueBy = input.calendar.addWorkingDays(startOfChinaDay(firstDay), input.limitDays ?? NOTICE_LIMIT_DAYS);
  const judgedAt = input.noticeGivenAt ?? input.asOf;
  if (judgedAt !== undefined && toEpochMs(judgedAt) < received) {
    throw new RangeError('告知时间不能早于收到申请材料的时间');
  }
  const late = judgedAt !== undefined && toEpochMs(judgedAt) >= dueBy;
  const status = input.noticeGivenAt !== undefined ? (late ? 'late' : 'in-time') : late ? 'overdue' : 'pending';
  return {
    status,
    deemedAccepted: late,
    acceptedOn: late ? formatChinaDate(chinaDayNumber(received)) : null,
    noticeDueBy: formatInstant(dueBy),
  };
}
