import { expect } from 'chai';
import fc from 'fast-check';
import {
  applyCommand,
  EngineError,
  startCase,
  type CaseEvent,
  type CaseState,
  type ProcessModel,
} from '@govflow/engine';
import { at, calendar, compile, fixture } from './support/harness.js';
import { actionsArbitrary, instant, toCommand, type Action, type LoggedCommand } from './support/randomCase.js';

const MONDAY = at('2026-03-02', '10:00');
const PROPERTY_MODELS = ['five-steps', 'parallel-approval', 'escalation', 'kitchen-sink'] as const;
const START = {
  caseId: 'C-42',
  actor: { id: 'clerk' },
  applicantId: 'applicant-1',
  variables: { reviewers: ['wang', 'li', 'zhang'] },
};

interface Replay {
  state: CaseState;
  events: CaseEvent[];
  rejected: string[];
}

/** Runs a case from scratch through a command log; rejected commands are recorded by code. */
function replay(model: ProcessModel, log: readonly LoggedCommand[]): Replay {
  const started = startCase(model, { ...START, now: MONDAY, calendar });
  let state = started.state;
  const events = [...started.events];
  const rejected: string[] = [];
  for (const { command, now } of log) {
    try {
      const result = applyCommand(model, state, command, { now, calendar });
      state = result.state;
      events.push(...result.events);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      rejected.push(error.code);
    }
  }
  return { state, events, rejected };
}

/** Drives a case by random actions, checking the invariants of every step; returns the command log. */
function drive(model: ProcessModel, actions: readonly Action[]): { log: LoggedCommand[]; run: Replay } {
  const started = startCase(model, { ...START, now: MONDAY, calendar });
  let state = started.state;
  const events = [...started.events];
  const rejected: string[] = [];
  const log: LoggedCommand[] = [];
  let nowMs = Date.parse(MONDAY);
  for (const action of actions) {
    const next = toCommand(model, state, nowMs, action);
    const now = instant(next.nowMs);
    if (next.advance) nowMs = Math.max(nowMs, next.nowMs);
    log.push({ command: next.command, now });
    const snapshot = structuredClone(state);
    const json = JSON.stringify(state);
    try {
      const result = applyCommand(model, state, next.command, { now, calendar });
      const fromJson = applyCommand(model, JSON.parse(json) as CaseState, next.command, { now, calendar });
      expect(JSON.stringify(fromJson), 'a state restored from JSON behaves the same').to.equal(JSON.stringify(result));
      state = result.state;
      events.push(...result.events);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      rejected.push(error.code);
      expect(state, `rejected ${error.code} left the state untouched`).to.deep.equal(snapshot);
      expect(JSON.stringify(state)).to.equal(json);
    }
    expect(JSON.parse(JSON.stringify(state)), 'the state is plain JSON').to.deep.equal(state);
    checkInvariants(state);
  }
  return { log, run: { state, events, rejected } };
}

/** What must hold of every state between commands. */
function checkInvariants(state: CaseState): void {
  const tokenIds = new Set(state.tokens.map((t) => t.id));
  expect(tokenIds.size, 'token ids are unique').to.equal(state.tokens.length);
  expect(new Set(state.tasks.map((t) => t.id)).size, 'task ids are unique').to.equal(state.tasks.length);
  expect(new Set(state.timers.map((t) => t.id)).size, 'timer ids are unique').to.equal(state.timers.length);
  for (const task of state.tasks) expect(tokenIds.has(task.token), `task ${task.id} waits on a token`).to.equal(true);
  for (const scope of state.scopes)
    expect(tokenIds.has(scope.token), `scope ${scope.id} is held by a token`).to.equal(true);
  expect(state.clock.usedDays).to.be.at.least(0);
  expect(Date.parse(state.clock.promisedDueAt)).to.be.at.most(Date.parse(state.clock.legalDueAt));
  if (state.status !== 'running') {
    expect([state.tasks, state.tokens, state.scopes, state.timers]).to.deep.equal([[], [], [], []]);
    expect(state.clock.status).to.equal('finished');
    return;
  }
  const lights = state.timers.filter((t) => t.kind === 'yellow' || t.kind === 'red' || t.kind === 'due');
  if (state.clock.status === 'stopped') {
    expect(lights, 'no light timer while the clock is stopped').to.deep.equal([]);
  } else {
    const caseDue = state.clock.fired.includes('due') ? [] : ['case:due'];
    const taskDue = state.tasks
      .filter((t) => t.dueAt !== undefined && !t.fired?.includes('due'))
      .map((t) => `${t.id}:due`);
    expect(
      lights
        .filter((t) => t.kind === 'due')
        .map((t) => t.id)
        .sort(),
    ).to.deep.equal([...caseDue, ...taskDue].sort());
  }
  for (const timer of state.timers) {
    if (timer.taskId !== undefined) expect(state.tasks.some((t) => t.id === timer.taskId)).to.equal(true);
  }
}

describe('engine / determinism', () => {
  const models: Record<string, ProcessModel> = {};
  before(async () => {
    for (const name of PROPERTY_MODELS) models[name] = await compile(fixture(name));
  });

  it('given the same command list, when replayed from scratch twice, then state and events are byte-identical', async () => {
    const log: LoggedCommand[] = [];
    const model = await compile(fixture('parallel-approval'));
    const first = startCase(model, { ...START, now: MONDAY, calendar });
    let state = first.state;
    let last = MONDAY;
    const push = (command: LoggedCommand['command'], wanted: string): void => {
      const now = Date.parse(wanted) > Date.parse(last) ? wanted : last;
      last = now;
      log.push({ command, now });
      state = applyCommand(model, state, command, { now, calendar }).state;
    };
    push(
      { type: 'complete', taskId: state.tasks[0]?.id as string, actor: { id: 'w', groups: ['window'] } },
      at('2026-03-02', '11:00'),
    );
    const taskYellow = state.timers.find((t) => t.kind === 'yellow' && t.taskId !== undefined);
    push({ type: 'fireTimer', timerId: taskYellow?.id as string }, taskYellow?.dueAt as string);
    push(
      { type: 'stopClock', actor: { id: 'w' }, kind: 'expertReview', reason: '专家评审', expectedDays: 3 },
      at('2026-03-05', '09:00'),
    );
    push({ type: 'resumeClock', actor: { id: 'w' } }, at('2026-03-09', '09:00'));
    for (const [i, group] of ['market', 'fire', 'env'].entries()) {
      const task = state.tasks.find((t) => t.candidateGroups?.includes(group));
      push(
        {
          type: 'complete',
          taskId: task?.id as string,
          actor: { id: group, groups: [group] },
          variables: { [`${group}Ok`]: true },
        },
        at(`2026-03-1${i}`, '10:00'),
      );
    }
    const caseYellow = state.timers.find((t) => t.id === 'case:yellow');
    push({ type: 'fireTimer', timerId: 'case:yellow' }, caseYellow?.dueAt as string);
    push(
      { type: 'extend', actor: { id: 'chief' }, days: 5, approver: '主任', reason: '延期' },
      at('2026-03-17', '10:00'),
    );

    const a = replay(await compile(fixture('parallel-approval')), log);
    const b = replay(model, log);
    expect(a.rejected).to.deep.equal([]);
    expect(a.state.tasks.map((t) => t.el)).to.deep.equal(['issue']);
    expect(JSON.stringify(a.state)).to.equal(JSON.stringify(b.state));
    expect(JSON.stringify(a.events)).to.equal(JSON.stringify(b.events));
    expect(JSON.stringify(a.state)).to.equal(JSON.stringify(state));
  });

  it('given random sequences of valid and invalid commands, then replay is identical, state is JSON, seq is contiguous and rejections change nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROPERTY_MODELS), actionsArbitrary, (name, actions) => {
        const model = models[name] as ProcessModel;
        const { log, run } = drive(model, actions);
        expect(run.events.map((e) => e.seq)).to.deep.equal(run.events.map((_, i) => i + 1));
        expect(run.state.seq).to.equal(run.events.length);
        const again = replay(model, log);
        expect(again.rejected).to.deep.equal(run.rejected);
        expect(JSON.stringify(again.state)).to.equal(JSON.stringify(run.state));
        expect(JSON.stringify(again.events)).to.equal(JSON.stringify(run.events));
        run.events.forEach((event, i) => {
          const previous = run.events[i - 1];
          if (previous)
            expect(Date.parse(event.at), 'events never go back in time').to.be.at.least(Date.parse(previous.at));
        });
        if (run.state.status !== 'running') expect(run.state.timers).to.deep.equal([]);
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 150) },
    );
  });
});
