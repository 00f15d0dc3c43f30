import { EngineError } from '../errors.js';
import { BEHAVIOURS } from './behaviours/index.js';
import { settleInclusiveJoins } from './behaviours/gateways.js';
import { usedDays } from './clock.js';
import type { Run } from './run.js';
import { syncTimers } from './timers.js';

/** Most element entries one command may cause; more means a loop that never waits. */
const MAX_ENTRIES = 10_000;

/** Moves every token on its way until each one waits (a task, a timer, a join) or ends. */
export function drain(run: Run): void {
  let entries = 0;
  for (;;) {
    const arrival = run.agenda.shift();
    if (!arrival) {
      if (run.state.status === 'running' && settleInclusiveJoins(run)) continue;
      return;
    }
    if (run.state.status !== 'running') continue;
    if (++entries > MAX_ENTRIES) {
      throw new EngineError('RUNAWAY_LOOP', '流程陷入没有等待环节的循环，已停止执行', { elementId: arrival.el });
    }
    const el = run.element(arrival.el);
    if (el.kind === 'boundaryTimer') continue;
    BEHAVIOURS[el.kind](run, el, arrival);
  }
}

/** Brings the derived parts of the state up to date after a command: days used, timers, calendar coverage. */
export function settle(run: Run): void {
  const state = run.state;
  if (state.status === 'running') {
    state.clock.usedDays = usedDays(run, state.clock);
    warnUncoveredCalendar(run);
  }
  syncTimers(run);
  state.updatedAt = run.now;
}

function warnUncoveredCalendar(run: Run): void {
  const clock = run.state.clock;
  const uncovered = run.calendar.firstUncoveredDate(run.nowMs, clock.legalDueAt);
  if (uncovered === undefined || clock.uncoveredFrom === uncovered) return;
  clock.uncoveredFrom = uncovered;
  run.emit('calendar.uncovered', {
    date: uncovered,
    message: `工作日历未覆盖 ${uncovered} 起的日期，期限按周一至周五推算，请管理员录入节假日安排`,
  });
}
