import { lightInstants, toEpochMs, type WorkingCalendar } from '@govflow/engine';

/** The light of a case or step (亮灯): green, yellow, red, overdue; a stopped clock and finished work show their own. */
export type Light = 'green' | 'yellow' | 'red' | 'overdue' | 'stopped' | 'done';

/** Chinese names of the lights, as windows and boards show them. */
export const LIGHT_NAMES: Readonly<Record<Light, string>> = {
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
  overdue: '超期',
  stopped: '暂停计时',
  done: '已办结',
};

/** What a light is computed from. */
export interface LightInput {
  /** The deadline (promised due instant of the case, or a step's due instant). */
  readonly dueAt: string;
  readonly clock: 'running' | 'stopped' | 'finished';
  /** Days left at which the light turns yellow / red (per item; seed 000: 10 and 3). */
  readonly yellowDaysLeft: number;
  readonly redDaysLeft: number;
  readonly unit: 'working' | 'calendar';
}

/**
 * Classifies a deadline at read time, so a light is never stale: overdue once the deadline has passed,
 * red / yellow at the engine's `lightInstants` (where its timers fire), green before.
 */
export function classifyLight(input: LightInput, now: Date | number | string, calendar: WorkingCalendar): Light {
  if (input.clock === 'finished') return 'done';
  if (input.clock === 'stopped') return 'stopped';
  const at = toEpochMs(now);
  const instants = lightInstants(input, calendar);
  if (at >= instants.due) return 'overdue';
  if (at >= instants.red) return 'red';
  if (at >= instants.yellow) return 'yellow';
  return 'green';
}

/** Working days left until a deadline at read time (negative when overdue), in halves. */
export function daysLeft(dueAt: string, now: Date | number | string, calendar: WorkingCalendar): number {
  return Math.floor(calendar.workingDaysBetween(toEpochMs(now), toEpochMs(dueAt)) * 2) / 2;
}
