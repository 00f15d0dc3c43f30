import type { StepDef } from '../model/types.js';
import { toEpochMs, type InstantLike } from '../time/instant.js';
import type { WorkingCalendar } from '../time/workingCalendar.js';
import { DEFAULT_STEP_THRESHOLDS } from './options.js';

/** The light levels a deadline signals, in the order they come. */
export const LIGHT_LEVELS = ['yellow', 'red', 'due'] as const;
/** A light level. */
export type LightLevel = (typeof LIGHT_LEVELS)[number];

/** A deadline and its light thresholds in days left. */
export interface LightDeadline {
  readonly dueAt: InstantLike;
  readonly yellowDaysLeft: number;
  readonly redDaysLeft: number;
  readonly unit: 'working' | 'calendar';
  /** When the work started: no threshold comes before it. */
  readonly startedAt?: InstantLike;
}

/**
 * The instants a deadline turns yellow, red and due (epoch ms): a threshold is reached at the start of
 * the working day on which the days left reach it. The engine's timers fire at these instants and
 * supervision classifies lights by them, so the two never disagree.
 */
export function lightInstants(deadline: LightDeadline, calendar: WorkingCalendar): Record<LightLevel, number> {
  const due = toEpochMs(deadline.dueAt);
  const start = deadline.startedAt === undefined ? Number.NEGATIVE_INFINITY : toEpochMs(deadline.startedAt);
  const before = (days: number): number =>
    Math.min(
      due,
      Math.max(
        start,
        deadline.unit === 'working' ? calendar.addWorkingDays(due, -days) : calendar.addCalendarDays(due, -days),
      ),
    );
  return { yellow: before(deadline.yellowDaysLeft), red: before(deadline.redDaysLeft), due };
}

/** A step's light thresholds: its own `gov:` values, else the defaults. */
export function stepThresholds(step: StepDef | undefined): { yellowDaysLeft: number; redDaysLeft: number } {
  return {
    yellowDaysLeft: step?.yellowDaysLeft ?? DEFAULT_STEP_THRESHOLDS.yellowDaysLeft,
    redDaysLeft: step?.redDaysLeft ?? DEFAULT_STEP_THRESHOLDS.redDaysLeft,
  };
}
