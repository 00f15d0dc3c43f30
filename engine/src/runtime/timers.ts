import { formatInstant } from '../time/instant.js';
import { caseLadderInstants, taskLadderInstants, type LadderInstants } from './ladder.js';
import { LIGHT_LEVELS, lightInstants, stepThresholds, type LightLevel } from './lightInstants.js';
import { deemedTimer } from './overtimeDefault.js';
import type { Run } from './run.js';
import type { TaskState, TimerState } from './state.js';

/**
 * Rebuilds the timers the server must schedule, from the state alone: the case's and each open
 * step's yellow / red / due instants (not yet signalled, only while the clock runs) and the process
 * timers of waiting tokens (calendar-day ones keep running while the clock is stopped).
 */
export function syncTimers(run: Run): void {
  const state = run.state;
  const timers: TimerState[] = [];
  const running = state.status === 'running' && state.clock.status === 'running';
  // A light's instant only moves with its deadline (clock resumed or extended, which sets
  // `run.deadlinesMoved`); otherwise the instants already in the state are kept and only new work
  // (a new task, a resumed clock) is computed.
  const known = run.deadlinesMoved ? new Map<string, string>() : new Map(state.timers.map((t) => [t.id, t.dueAt]));
  const lights = (
    prefix: string,
    fired: readonly string[] | undefined,
    compute: () => Record<LightLevel, number> | undefined,
    taskId?: string,
  ): void => {
    let instants: Record<LightLevel, number> | undefined;
    for (const level of LIGHT_LEVELS) {
      if (fired?.includes(level)) continue;
      const id = `${prefix}:${level}`;
      let dueAt = known.get(id);
      if (dueAt === undefined) {
        instants ??= compute();
        if (instants === undefined) return;
        dueAt = formatInstant(instants[level]);
      }
      timers.push(taskId === undefined ? { id, kind: level, dueAt } : { id, kind: level, dueAt, taskId });
    }
  };
  // Ladder rungs (scheme b) are cheap to compute and only exist with a ladder: always from the deadlines.
  const ladder = (prefix: string, fired: readonly string[] | undefined, instants: LadderInstants, taskId?: string) => {
    for (const [rung, at] of Object.entries(instants) as [TimerState['kind'], number][]) {
      if (fired?.includes(rung)) continue;
      const id = `${prefix}:${rung}`;
      const dueAt = formatInstant(at);
      timers.push(taskId === undefined ? { id, kind: rung, dueAt } : { id, kind: rung, dueAt, taskId });
    }
  };
  if (running) {
    lights('case', state.clock.fired, () => caseThresholds(run));
    if (state.clock.ladder) ladder('case', state.clock.fired, caseLadderInstants(run));
    const deemed = deemedTimer(run);
    if (deemed) timers.push(deemed);
    for (const task of state.tasks) {
      if (task.dueAt === undefined) continue;
      lights(task.id, task.fired, () => taskThresholds(run, task), task.id);
      if (state.clock.ladder) ladder(task.id, task.fired, taskLadderInstants(run, task), task.id);
    }
  }
  if (state.status === 'running') {
    for (const token of state.tokens) {
      for (const timer of token.timers ?? []) {
        if (!running && !timer.calendar) continue;
        const kind = run.element(timer.el).kind === 'boundaryTimer' ? 'boundary' : 'catch';
        timers.push({ id: `${token.id}:${timer.el}`, kind, dueAt: timer.dueAt });
      }
    }
  }
  const due = new Map(timers.map((t) => [t, Date.parse(t.dueAt)]));
  timers.sort((a, b) => (due.get(a) as number) - (due.get(b) as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  state.timers = timers;
}

/** After a deadline moved: forget the signals whose instant now lies ahead again. */
export function forgetPassedSignals(run: Run): void {
  run.deadlinesMoved = true;
  const clock = run.state.clock;
  const instants: Record<string, number> = { ...caseThresholds(run), ...caseLadderInstants(run) };
  clock.fired = clock.fired.filter((level) => passed(instants[level], run.nowMs));
  for (const task of run.state.tasks) {
    const light = taskThresholds(run, task);
    const taskInstants: Record<string, number> = { ...light, ...taskLadderInstants(run, task) };
    if (task.fired && light) task.fired = task.fired.filter((level) => passed(taskInstants[level], run.nowMs));
  }
}

/** Whether a signalled instant still lies at or before now (an instant the state no longer knows is forgotten). */
function passed(instant: number | undefined, now: number): boolean {
  return instant !== undefined && instant <= now;
}

/** The yellow, red and due instants of the case. */
export function caseThresholds(run: Run): Record<LightLevel, number> {
  const clock = run.state.clock;
  return lightInstants(
    {
      dueAt: clock.promisedDueAt,
      startedAt: clock.acceptedAt,
      yellowDaysLeft: clock.yellowDaysLeft,
      redDaysLeft: clock.redDaysLeft,
      unit: clock.unit,
    },
    run.calendar,
  );
}

/** The yellow, red and due instants of one step, or undefined when it has no limit. */
export function taskThresholds(run: Run, task: TaskState): Record<LightLevel, number> | undefined {
  if (task.dueAt === undefined) return undefined;
  const thresholds = stepThresholds(run.element(task.el).step);
  return lightInstants({ dueAt: task.dueAt, startedAt: task.startedAt, ...thresholds, unit: 'working' }, run.calendar);
}
