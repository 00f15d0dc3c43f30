import type { ElementDef, TimerDuration } from '../model/types.js';
import { DAY_MS, formatInstant } from '../time/instant.js';
import type { Run } from './run.js';
import type { ProcessTimerState, TokenState } from './state.js';
import { leave, parkToken, removeToken } from './tokens.js';

const HOUR_MS = 3_600_000;

/**
 * The life cycle every activity shares: entering parks a token and arms the activity's boundary
 * timers; finishing removes the token (and so its timers) and moves on along the outgoing flows.
 */
export function startActivity(run: Run, el: ElementDef, scope: string, extra: Partial<TokenState> = {}): TokenState {
  const timers = el.boundaries.map((id) => armTimer(run, id));
  return parkToken(run, el.id, scope, timers.length > 0 ? { ...extra, timers } : extra);
}

/** Finishes an activity: its token leaves along every outgoing flow. */
export function finishActivity(run: Run, token: TokenState): void {
  removeToken(run, token.id);
  leave(run, token.el, token.scope);
}

/** Arms the timer of a timer event (a boundary timer or a timer catch) from now. */
export function armTimer(run: Run, timerEventId: string): ProcessTimerState {
  const duration = run.element(timerEventId).duration as TimerDuration;
  return { el: timerEventId, dueAt: formatInstant(timerDue(run, duration)), calendar: duration.calendar };
}

function timerDue(run: Run, duration: TimerDuration): number {
  const days = duration.calendar
    ? run.nowMs + duration.days * DAY_MS
    : run.calendar.addWorkingDays(run.nowMs, duration.days);
  return days + duration.hours * HOUR_MS;
}
