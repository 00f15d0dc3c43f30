import { toEpochMs } from '../time/instant.js';
import type { Run } from './run.js';
import type { TaskState } from './state.js';

/** The rungs of the signal ladder the engine times besides the lights: the warning and the end of the supervision period. */
export const LADDER_RUNGS = ['warning', 'supervision'] as const;
/** A ladder rung. */
export type LadderRung = (typeof LADDER_RUNGS)[number];

/** The instants (epoch ms) of a deadline's ladder rungs; a rung the ladder does not set is absent. */
export type LadderInstants = Partial<Record<LadderRung, number>>;

/**
 * The case's ladder instants: the warning at the start of the working day N working days before its
 * deadline (none when the limit is not longer than that), the red card when the supervision period
 * (督办期) after the deadline has run out. None without a ladder (lights only).
 */
export function caseLadderInstants(run: Run): LadderInstants {
  const { clock } = run.state;
  return ladderInstants(run, clock.promisedDueAt, clock.acceptedAt, clock.ladder?.warningDaysLeft);
}

/** A step's ladder instants: only the end of the supervision period after its own deadline. */
export function taskLadderInstants(run: Run, task: TaskState): LadderInstants {
  return task.dueAt === undefined ? {} : ladderInstants(run, task.dueAt, task.startedAt, undefined);
}

function ladderInstants(
  run: Run,
  dueAt: string,
  startedAt: string,
  warningDaysLeft: number | undefined,
): LadderInstants {
  const ladder = run.state.clock.ladder;
  if (!ladder) return {};
  const due = toEpochMs(dueAt);
  const instants: LadderInstants = {};
  if (warningDaysLeft) {
    const warning = run.calendar.addWorkingDays(due, -warningDaysLeft);
    if (warning > toEpochMs(startedAt)) instants.warning = warning;
  }
  if (ladder.supervisionDays !== undefined) {
    instants.supervision = run.calendar.addWorkingDays(due, ladder.supervisionDays);
  }
  return instants;
}
