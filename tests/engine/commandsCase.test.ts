import { expect } from 'chai';
import { startCase, type Command, type ProcessModel } from '@govflow/engine';
import { at, calendar, CaseDriver, compile, expectRejected, fixture, types, untyped } from './support/harness.js';

const MONDAY = at('2026-03-02', '10:00');
const CLERK = { id: 'window-a', groups: ['window'] };

describe('engine / commands: terminate (不予许可)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('parallel-approval'));
  });

  it('given a terminate without reasons, then REASON_REQUIRED', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.reject({ type: 'terminate', actor: CLERK, reasons: [] }, 'REASON_REQUIRED');
    c.reject({ type: 'terminate', actor: CLERK, reasons: ['  '] }, 'REASON_REQUIRED');
    c.reject(untyped({ type: 'terminate', actor: CLERK }), 'REASON_REQUIRED');
  });

  it('given three open department reviews, when terminated with reasons, then every task is cancelled, the clock finishes and no timer is left', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    const events = c.apply({ type: 'terminate', actor: CLERK, reasons: ['不符合规划要求'] }, at('2026-03-03'));
    expect(types(events)).to.deep.equal([
      'task.cancelled',
      'task.cancelled',
      'task.cancelled',
      'clock.finished',
      'case.terminated',
    ]);
    expect(events.at(-1)?.data).to.deep.equal({ reasons: ['不符合规划要求'], outcome: '不予许可' });
    expect(events.at(-1)?.by).to.equal('window-a');
    expect(c.state).to.deep.include({
      status: 'terminated',
      outcome: '不予许可',
      endedAt: '2026-03-03T10:00:00.000+08:00',
    });
    expect(c.state.tasks).to.deep.equal([]);
    expect(c.state.tokens).to.deep.equal([]);
    expect(c.state.timers).to.deep.equal([]);
    expect(c.state.clock.status).to.equal('finished');
  });
});

describe('engine / commands: withdraw (撤回)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  it('given a case with an applicant, when someone else withdraws it, then NOT_ELIGIBLE', () => {
    const c = CaseDriver.start(model, MONDAY, { applicantId: 'applicant-1' });
    c.reject({ type: 'withdraw', actor: CLERK, reason: '代为撤回' }, 'NOT_ELIGIBLE');
  });

  it('given a case with an applicant, when the applicant withdraws it, then the case is withdrawn', () => {
    const c = CaseDriver.start(model, MONDAY, { applicantId: 'applicant-1' });
    const events = c.apply({ type: 'withdraw', actor: { id: 'applicant-1' }, reason: '不再需要' });
    expect(types(events)).to.deep.equal(['task.cancelled', 'clock.finished', 'case.withdrawn']);
    expect(events.at(-1)?.data).to.deep.equal({ reason: '不再需要', outcome: '申请人撤回' });
    expect(c.state.status).to.equal('withdrawn');
    expect(c.state.timers).to.deep.equal([]);
  });

  it('given a case without applicant id, when a clerk withdraws it on request, then it is withdrawn', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.apply({ type: 'withdraw', actor: CLERK });
    expect(c.state.status).to.equal('withdrawn');
  });
});

describe('engine / commands: fire light timers (yellow / red / due)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  it('given a new case, then the state lists yellow, red and due timers for the case and its open step', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    expect(c.state.timers).to.deep.equal([
      { id: 'case:yellow', kind: 'yellow', dueAt: '2026-03-02T10:00:00.000+08:00' },
      { id: `${taskId}:yellow`, kind: 'yellow', dueAt: '2026-03-03T00:00:00.000+08:00', taskId },
      { id: `${taskId}:red`, kind: 'red', dueAt: '2026-03-03T12:00:00.000+08:00', taskId },
      { id: `${taskId}:due`, kind: 'due', dueAt: '2026-03-04T00:00:00.000+08:00', taskId },
      { id: 'case:red', kind: 'red', dueAt: '2026-03-09T00:00:00.000+08:00' },
      { id: 'case:due', kind: 'due', dueAt: '2026-03-12T00:00:00.000+08:00' },
    ]);
  });

  it('given a step timer not yet due, when fired, then TIMER_NOT_DUE', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    const error = c.reject({ type: 'fireTimer', timerId: `${taskId}:red` }, 'TIMER_NOT_DUE', at('2026-03-03', '11:59'));
    expect(error.details).to.deep.equal({ timerId: `${taskId}:red`, dueAt: '2026-03-03T12:00:00.000+08:00' });
  });

  it('given an unknown timer, when fired, then TIMER_NOT_FOUND', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.reject({ type: 'fireTimer', timerId: 'case:purple' }, 'TIMER_NOT_FOUND');
    c.reject({ type: 'fireTimer', timerId: 'k1:nothing' }, 'TIMER_NOT_FOUND');
  });

  it('given the step yellow, red and due timers, when each fires at its instant, then timer.fired is emitted once and the timer is gone', () => {
    const c = CaseDriver.start(model, MONDAY);
    const task = c.task('accept');
    for (const level of ['yellow', 'red', 'due'] as const) {
      const timerId = `${task.id}:${level}`;
      const events = c.fire(timerId);
      expect(events.map((e) => e.type)).to.deep.equal(['timer.fired']);
      expect(events[0]?.data).to.deep.include({
        timerId,
        kind: level,
        target: 'task',
        taskId: task.id,
        elementId: 'accept',
        assignee: null,
      });
      expect(c.timerIds()).to.not.include(timerId);
      c.reject({ type: 'fireTimer', timerId }, 'TIMER_NOT_FOUND');
    }
    expect(c.task('accept').fired).to.deep.equal(['yellow', 'red', 'due']);
  });

  it('given the case yellow, red and due timers, when each fires, then timer.fired targets the case and the timer is gone', () => {
    const c = CaseDriver.start(model, MONDAY);
    for (const level of ['yellow', 'red', 'due'] as const) {
      const events = c.fire(`case:${level}`);
      expect(events[0]?.data).to.deep.include({ timerId: `case:${level}`, kind: level, target: 'case' });
      expect(c.timerIds()).to.not.include(`case:${level}`);
    }
    expect(c.state.clock.fired).to.deep.equal(['yellow', 'red', 'due']);
    expect(c.state.status).to.equal('running');
  });

  it('given a step completed, then its light timers are gone and firing one is TIMER_NOT_FOUND', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    c.complete('accept');
    expect(c.timerIds().filter((id) => id.startsWith(`${taskId}:`))).to.deep.equal([]);
    c.reject({ type: 'fireTimer', timerId: `${taskId}:due` }, 'TIMER_NOT_FOUND', at('2026-03-05'));
  });

  it('given a stopped clock, when a case timer is fired, then TIMER_NOT_FOUND', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.apply({ type: 'stopClock', actor: CLERK, kind: 'inspection', reason: '检验' });
    c.reject({ type: 'fireTimer', timerId: 'case:yellow' }, 'TIMER_NOT_FOUND');
  });
});

describe('engine / commands: closed cases, time and unknown commands', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  function completed(): CaseDriver {
    const c = CaseDriver.start(model, MONDAY);
    for (const id of ['accept', 'check', 'review', 'decide', 'deliver']) c.complete(id);
    expect(c.state.status).to.equal('completed');
    return c;
  }

  const closedCommands: Command[] = [
    { type: 'claim', taskId: 't2', actor: CLERK },
    { type: 'complete', taskId: 't2', actor: CLERK },
    { type: 'stopClock', actor: CLERK, kind: 'supplement', reason: '补正' },
    { type: 'resumeClock', actor: CLERK },
    { type: 'extend', actor: CLERK, days: 5, approver: '局长', reason: '延期' },
    { type: 'terminate', actor: CLERK, reasons: ['不予许可'] },
    { type: 'withdraw', actor: CLERK },
    { type: 'fireTimer', timerId: 'case:due' },
    { type: 'return', taskId: 't2', actor: CLERK, to: 'accept', reason: '退回' },
    { type: 'transfer', taskId: 't2', actor: CLERK, to: { assignee: 'x' } },
  ];
  for (const command of closedCommands) {
    it(`given a completed case, when ${command.type} is applied, then CASE_CLOSED and the state is untouched`, () => {
      completed().reject(command, 'CASE_CLOSED', at('2026-03-20'));
    });
  }

  it('given a terminated case, when anything is applied, then CASE_CLOSED', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.apply({ type: 'terminate', actor: CLERK, reasons: ['材料虚假'] });
    c.reject({ type: 'withdraw', actor: CLERK }, 'CASE_CLOSED');
  });

  it('given a case last changed at 10:00, when a command comes at 09:59, then TIME_REVERSED', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.reject({ type: 'claim', taskId: c.task('accept').id, actor: CLERK }, 'TIME_REVERSED', at('2026-03-02', '09:59'));
  });

  it('given an unreadable instant, when a command is applied, then COMMAND_INVALID names now', () => {
    const c = CaseDriver.start(model, MONDAY);
    const error = c.reject(
      { type: 'claim', taskId: c.task('accept').id, actor: CLERK },
      'COMMAND_INVALID',
      'next tuesday',
    );
    expect(error.details['field']).to.equal('now');
  });

  it('given the same instant written in UTC, as epoch ms, as a Date or in China time, then the case is the same', () => {
    const json = (now: string | number | Date): string =>
      JSON.stringify(startCase(model, { caseId: 'C1', actor: { id: 'clerk' }, now, calendar }));
    const china = json(MONDAY);
    expect(json('2026-03-02T02:00:00Z')).to.equal(china);
    expect(json(Date.parse(MONDAY))).to.equal(china);
    expect(json(new Date(Date.parse(MONDAY)))).to.equal(china);
  });

  it('given an unknown command type, then COMMAND_UNKNOWN', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.reject(untyped({ type: 'approveEverything' }), 'COMMAND_UNKNOWN');
    c.reject(untyped({ type: 'toString' }), 'COMMAND_UNKNOWN');
    c.reject(untyped(null), 'COMMAND_UNKNOWN');
  });

  it('given a state of another process or another schema version, then STATE_MODEL_MISMATCH or STATE_VERSION_UNSUPPORTED', async () => {
    const c = CaseDriver.start(model, MONDAY);
    const other = await compile(fixture('parallel-approval'));
    expectRejected(other, c.state, { type: 'withdraw', actor: CLERK }, MONDAY, 'STATE_MODEL_MISMATCH');
    const future = { ...structuredClone(c.state), schemaVersion: 99 };
    expectRejected(model, future, { type: 'withdraw', actor: CLERK }, MONDAY, 'STATE_VERSION_UNSUPPORTED');
  });
});
