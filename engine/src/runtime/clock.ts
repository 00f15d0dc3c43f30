import { EngineError } from '../errors.js';
import { chinaDayNumber, formatInstant, startOfChinaDay, toEpochMs } from '../time/instant.js';
import type { Run } from './run.js';
import { forgetPassedSignals } from './timers.js';
import type { ClockState, ClockStopState } from './state.js';

/** Kinds of clock stop: 补正 and the special procedures of 行政许可法 Art. 45. */
export const CLOCK_STOP_KINDS = {
  supplement: '补正材料',
  hearing: '听证',
  tendering: '招标',
  auction: '拍卖',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expertReview: '专家评审',
} as const;

/** A kind of clock stop. */
export type ClockStopKind = keyof typeof CLOCK_STOP_KINDS;

/** Stops the legal clock (补正 or a special procedure); deadlines shift when it resumes. */
export function stopClock(run: Run, stop: Omit<ClockStopState, 'from'>): void {
  const clock = run.state.clock;
  if (clock.status === 'stopped') {
    throw new EngineError('CLOCK_ALREADY_STOPPED', '计时已经暂停，不能重复暂停', { since: clock.stops.at(-1)?.from });
  }
  clock.status = 'stopped';
  clock.stops.push({ ...stop, from: run.now });
  run.emit('clock.stopped', { ...stop, label: labelOf(stop.kind), from: run.now }, stop.by);
}

/**
 * Resumes the clock. The stopped days count from the day of the stop — or the first day that counts
 * (the day after acceptance, or after a step opened), if later — up to (not including) the day of
 * resumption, in the case's unit (working or calendar days). The case's deadlines move by that many
 * days, each open step's by its own stopped working days, and process timers by the stopped days since they started.
 */
export function resumeClock(run: Run, by: string): void {
  const clock = run.state.clock;
  const stop = clock.stops.at(-1);
  if (clock.status !== 'stopped' || !stop) throw new EngineError('CLOCK_NOT_STOPPED', '计时没有暂停，无需恢复');
  const resumeDay = chinaDayNumber(run.nowMs);
  const stopDay = chinaDayNumber(toEpochMs(stop.from));
  // Days lost = days from the stop's date (or the first day that counts, if later) up to the day before resumption.
  const stoppedFrom = (firstCountedDay: number): number =>
    Math.max(
      0,
      run.calendar.workingDaysBetween(startOfChinaDay(Math.max(stopDay, firstCountedDay)), startOfChinaDay(resumeDay)),
    );
  const caseFirstDay = chinaDayNumber(toEpochMs(clock.countsFrom));
  const days =
    clock.unit === 'calendar' ? Math.max(0, resumeDay - Math.max(stopDay, caseFirstDay)) : stoppedFrom(caseFirstDay);
  stop.to = run.now;
  stop.days = days;
  clock.status = 'running';
  clock.stoppedDays += days;
  clock.promisedDueAt = shift(run, clock.promisedDueAt, days, clock.unit);
  clock.legalDueAt = shift(run, clock.legalDueAt, days, clock.unit);
  for (const task of run.state.tasks) {
    if (task.dueAt === undefined) continue;
    task.dueAt = shift(run, task.dueAt, stoppedFrom(chinaDayNumber(toEpochMs(task.startedAt)) + 1));
  }
  forgetPassedSignals(run);
  for (const token of run.state.tokens) {
    const tokenDays = stoppedFrom(chinaDayNumber(toEpochMs(token.since)));
    for (const timer of token.timers ?? []) if (!timer.calendar) timer.dueAt = shift(run, timer.dueAt, tokenDays);
  }
  run.emit(
    'clock.resumed',
    { kind: stop.kind, from: stop.from, to: run.now, days, promisedDueAt: clock.promisedDueAt },
    by,
  );
}

/** Extends the case (延期) within the statutory extension, once, with an approver and a reason. */
export function extendClock(run: Run, ext: { days: number; approver: string; reason: string; by: string }): void {
  const clock = run.state.clock;
  if (clock.extension) {
    throw new EngineError('EXTENSION_ALREADY_GRANTED', '本案已经延期一次，不能再次延期', {
      extension: clock.extension,
    });
  }
  if (!(ext.days > 0) || !Number.isInteger(ext.days * 2) || ext.days > clock.extensionLimitDays) {
    throw new EngineError(
      'EXTENSION_EXCEEDS_LIMIT',
      `延期天数应为 0.5 的整数倍且不超过法定延期上限 ${clock.extensionLimitDays} 个工作日`,
      { requested: ext.days, limit: clock.extensionLimitDays },
    );
  }
  clock.extension = { ...ext, at: run.now };
  clock.promisedDueAt = shift(run, clock.promisedDueAt, ext.days, clock.unit);
  clock.legalDueAt = shift(run, clock.legalDueAt, ext.days, clock.unit);
  forgetPassedSignals(run);
  run.emit('clock.extended', { ...ext, promisedDueAt: clock.promisedDueAt, legalDueAt: clock.legalDueAt }, ext.by);
}

/** Working days used so far (halves, never negative): elapsed working time less stopped days. */
export function usedDays(run: Run, clock: ClockState): number {
  const until = clock.status === 'stopped' ? stoppedSince(clock) : run.nowMs;
  const countsFrom = toEpochMs(clock.countsFrom);
  const elapsed =
    clock.unit === 'working'
      ? run.calendar.workingDaysBetween(countsFrom, Math.max(until, countsFrom))
      : Math.max(0, until - countsFrom) / 86_400_000;
  return Math.max(0, Math.floor((elapsed - clock.stoppedDays) * 2) / 2);
}

/** Stops counting for good when the case ends. */
export function finishClock(run: Run): void {
  const clock = run.state.clock;
  clock.usedDays = usedDays(run, clock);
  if (clock.status === 'stopped') {
    const stop = clock.stops.at(-1);
    if (stop) stop.to = run.now;
  }
  clock.status = 'finished';
  clock.finishedAt = run.now;
  run.emit('clock.finished', { usedDays: clock.usedDays, promisedDueAt: clock.promisedDueAt });
}

function stoppedSince(clock: ClockState): number {
  return startOfChinaDay(chinaDayNumber(toEpochMs(clock.stops.at(-1)?.from ?? clock.acceptedAt)));
}

function shift(run: Run, instant: string, days: number, unit: 'working' | 'calendar' = 'working'): string {
  if (days === 0) return instant;
  return formatInstant(
    unit === 'calendar' ? run.calendar.addCalendarDays(instant, days) : run.calendar.addWorkingDays(instant, days),
  );
}

function labelOf(kind: string): string {
  return (CLOCK_STOP_KINDS as Record<string, string>)[kind] ?? kind;
}
