import { expect } from 'chai';
import type { ProcessModel, StopClockCommand } from '@govflow/engine';
import { chain, end, processXml, start, timerCatch, userTask } from './support/bpmn.js';
import { at, CaseDriver, compile, fixture, types, untyped } from './support/harness.js';

const CLERK = { id: 'window-a', groups: ['window'] };
/** Thursday before Qingming (2026-04-04..06 are holidays). */
const THURSDAY = at('2026-04-02', '10:00');

const STOP: StopClockCommand = {
  type: 'stopClock',
  actor: CLERK,
  kind: 'supplement',
  reason: '身份证明材料需补正',
  basis: '《行政许可法》第三十二条',
  expectedDays: 5,
};

describe('engine / commands: stop and resume the clock (补正 / 特别程序)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  /** Accepted Thursday 04-02, stopped Friday 04-03 09:00. */
  function stopped(): CaseDriver {
    const c = CaseDriver.start(model, THURSDAY);
    c.apply(STOP, at('2026-04-03', '09:00'));
    return c;
  }

  it('given a case accepted before Qingming, then its deadlines skip the holiday', () => {
    const c = CaseDriver.start(model, THURSDAY);
    expect(c.state.clock.promisedDueAt).to.equal('2026-04-15T00:00:00.000+08:00');
    expect(c.state.clock.legalDueAt).to.equal('2026-05-07T00:00:00.000+08:00');
    expect(c.task('accept').dueAt).to.equal('2026-04-04T00:00:00.000+08:00');
  });

  it('given a stop on the acceptance day itself, when resumed two days later, then only the counted day in between is lost', () => {
    // Accepted Thursday 04-02 10:00 (counting starts Friday), stopped 10:05 the same day, resumed Tuesday 04-07
    const c = CaseDriver.start(model, THURSDAY);
    c.apply(STOP, at('2026-04-02', '10:05'));
    c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-04-07', '09:00'));
    // Friday 04-03 is the only working day lost (04-04..06 are Qingming); the case moves one working day
    expect(c.state.clock.stoppedDays).to.equal(1);
    expect(c.state.clock.promisedDueAt).to.equal('2026-04-16T00:00:00.000+08:00');
    // the 受理 step opened at acceptance counts from Friday too: its one day moves to Tuesday
    expect(c.task('accept').dueAt).to.equal('2026-04-08T00:00:00.000+08:00');
  });

  it('given a running clock, when stopped for 补正, then the stop is recorded with who, why, basis and from', () => {
    const c = CaseDriver.start(model, THURSDAY);
    const events = c.apply(STOP, at('2026-04-03', '09:00'));
    expect(c.state.clock.status).to.equal('stopped');
    expect(c.state.clock.stops).to.deep.equal([
      {
        kind: 'supplement',
        reason: '身份证明材料需补正',
        by: 'window-a',
        basis: '《行政许可法》第三十二条',
        expectedDays: 5,
        from: '2026-04-03T09:00:00.000+08:00',
      },
    ]);
    expect(events.map((e) => [e.type, e.by])).to.deep.equal([['clock.stopped', 'window-a']]);
    expect(events[0]?.data).to.deep.include({
      kind: 'supplement',
      label: '补正材料',
      from: '2026-04-03T09:00:00.000+08:00',
      reason: '身份证明材料需补正',
    });
  });

  it('given a stopped clock, then the light timers of the case and its open step disappear', () => {
    const c = CaseDriver.start(model, THURSDAY);
    expect(c.timerIds()).to.include.members(['case:red', 'case:due', `${c.task('accept').id}:due`]);
    c.apply(STOP, at('2026-04-03', '09:00'));
    expect(c.state.timers).to.deep.equal([]);
  });

  it('given a stopped clock, when stopped again, then CLOCK_ALREADY_STOPPED', () => {
    const c = stopped();
    c.reject({ ...STOP, kind: 'hearing', reason: '听证' }, 'CLOCK_ALREADY_STOPPED', at('2026-04-03', '10:00'));
  });

  it('given a running clock, when resumed, then CLOCK_NOT_STOPPED', () => {
    const c = CaseDriver.start(model, THURSDAY);
    c.reject({ type: 'resumeClock', actor: CLERK }, 'CLOCK_NOT_STOPPED');
  });

  it('given a stop with an unknown kind, no reason or a bad expected duration, then COMMAND_INVALID or REASON_REQUIRED', () => {
    const c = CaseDriver.start(model, THURSDAY);
    c.reject(untyped({ ...STOP, kind: 'lunch' }), 'COMMAND_INVALID');
    c.reject({ ...STOP, reason: ' ' }, 'REASON_REQUIRED');
    c.reject({ ...STOP, expectedDays: 0.3 }, 'COMMAND_INVALID');
    c.reject(untyped({ ...STOP, actor: undefined }), 'COMMAND_INVALID');
  });

  it('given a stop from Friday 04-03 to Wednesday 04-08 across Qingming, when resumed, then every deadline moves by 2 working days', () => {
    const c = stopped();
    const events = c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-04-08', '15:00'));
    expect(c.state.clock.status).to.equal('running');
    expect(c.state.clock.stoppedDays).to.equal(2);
    expect(c.state.clock.promisedDueAt).to.equal('2026-04-17T00:00:00.000+08:00');
    expect(c.state.clock.legalDueAt).to.equal('2026-05-09T00:00:00.000+08:00');
    expect(c.task('accept').dueAt).to.equal('2026-04-09T00:00:00.000+08:00');
    expect(c.state.clock.stops[0]).to.deep.include({ to: '2026-04-08T15:00:00.000+08:00', days: 2 });
    expect(events.map((e) => [e.type, e.by])).to.deep.equal([['clock.resumed', 'window-a']]);
    expect(events[0]?.data).to.deep.equal({
      kind: 'supplement',
      from: '2026-04-03T09:00:00.000+08:00',
      to: '2026-04-08T15:00:00.000+08:00',
      days: 2,
      promisedDueAt: '2026-04-17T00:00:00.000+08:00',
    });
    expect(c.state.clock.usedDays).to.equal(0.5);
  });

  it('given a resumed clock, then the light timers come back recomputed from the shifted deadlines', () => {
    const c = stopped();
    c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-04-08', '15:00'));
    const taskId = c.task('accept').id;
    const dueOf = (id: string): string | undefined => c.state.timers.find((t) => t.id === id)?.dueAt;
    expect(dueOf('case:due')).to.equal('2026-04-17T00:00:00.000+08:00');
    expect(dueOf('case:red')).to.equal('2026-04-14T00:00:00.000+08:00');
    expect(dueOf(`${taskId}:due`)).to.equal('2026-04-09T00:00:00.000+08:00');
    expect(dueOf(`${taskId}:red`)).to.equal('2026-04-08T12:00:00.000+08:00');
    expect(dueOf(`${taskId}:yellow`)).to.equal('2026-04-08T00:00:00.000+08:00');
  });

  it('given a stop and a resumption on the same day, then no deadline moves', () => {
    const c = CaseDriver.start(model, THURSDAY);
    const before = structuredClone(c.state.clock);
    c.apply(STOP, at('2026-04-02', '11:00'));
    c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-04-02', '16:00'));
    expect(c.state.clock.promisedDueAt).to.equal(before.promisedDueAt);
    expect(c.state.clock.legalDueAt).to.equal(before.legalDueAt);
    expect(c.state.clock.stops[0]?.days).to.equal(0);
  });

  it('given a calendar-day case, when stopped from Friday to Monday, then the weekend counts as stopped too (3 calendar days)', () => {
    const c = CaseDriver.start(model, at('2026-03-02'), {
      limits: { unit: 'calendar', promisedDays: 7, statutoryDays: 20 },
    });
    expect(c.state.clock.promisedDueAt).to.equal('2026-03-10T00:00:00.000+08:00');
    c.apply(STOP, at('2026-03-06'));
    c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-03-09'));
    expect(c.state.clock.stoppedDays).to.equal(3);
    expect(c.state.clock.promisedDueAt).to.equal('2026-03-13T00:00:00.000+08:00');
    expect(c.state.clock.legalDueAt).to.equal('2026-03-26T00:00:00.000+08:00');
    expect(c.state.clock.usedDays).to.equal(3);
  });

  it('given a second stop after a resumption, then the stopped days add up', () => {
    const c = stopped();
    c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-04-08', '15:00'));
    c.apply({ ...STOP, kind: 'expertReview', reason: '专家评审' }, at('2026-04-09', '10:00'));
    c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-04-13', '10:00'));
    expect(c.state.clock.stoppedDays).to.equal(2 + 2);
    expect(c.state.clock.stops.map((s) => s.days)).to.deep.equal([2, 2]);
    expect(c.state.clock.promisedDueAt).to.equal('2026-04-21T00:00:00.000+08:00');
  });

  it('given a step completed while the clock is stopped, then the case may move on and the new step has no timers until resumption', () => {
    const c = stopped();
    c.complete('accept', {}, at('2026-04-07', '10:00'));
    expect(c.openSteps()).to.deep.equal(['check']);
    expect(c.state.timers).to.deep.equal([]);
    c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-04-08', '10:00'));
    expect(c.timerIds()).to.include(`${c.task('check').id}:due`);
  });

  describe('process timers', () => {
    const waitModel = (calendarDays: boolean): Promise<ProcessModel> =>
      compile(
        processXml(
          [
            start(),
            userTask('a', { 'gov:timeLimit': '1', 'gov:assignee': 'u' }),
            timerCatch('wait', 'P2D', calendarDays),
            userTask('b', { 'gov:timeLimit': '1', 'gov:assignee': 'u' }),
            end(),
            chain('start', 'a', 'wait', 'b', 'end'),
          ].join('\n'),
        ),
      );
    const MONDAY = at('2026-03-02', '10:00');

    it('given a working-day timer, when the clock stops, then it disappears and after resumption it is shifted by the stopped days', async () => {
      const c = CaseDriver.start(await waitModel(false), MONDAY);
      c.complete('a', {}, MONDAY);
      expect(c.state.timers.find((t) => t.kind === 'catch')?.dueAt).to.equal('2026-03-04T10:00:00.000+08:00');
      c.apply(STOP, at('2026-03-03', '09:00'));
      expect(c.state.timers.some((t) => t.kind === 'catch')).to.equal(false);
      c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-03-05', '09:00'));
      expect(c.state.timers.find((t) => t.kind === 'catch')?.dueAt).to.equal('2026-03-06T10:00:00.000+08:00');
    });

    it('given a calendar-day timer, when the clock stops, then it keeps running and does not move', async () => {
      const c = CaseDriver.start(await waitModel(true), MONDAY);
      c.complete('a', {}, MONDAY);
      c.apply(STOP, at('2026-03-03', '09:00'));
      expect(c.state.timers.map((t) => [t.kind, t.dueAt])).to.deep.equal([['catch', '2026-03-04T10:00:00.000+08:00']]);
      c.fire(c.state.timers[0]?.id as string);
      expect(c.openSteps()).to.deep.equal(['b']);
    });

    it('given a working-day timer armed while the clock is stopped, when resumed, then it moves only by the stopped days since it was armed', async () => {
      const c = CaseDriver.start(await waitModel(false), MONDAY);
      c.apply(STOP, at('2026-03-02', '11:00'));
      c.complete('a', {}, at('2026-03-03', '10:00'));
      c.apply({ type: 'resumeClock', actor: CLERK }, at('2026-03-04', '10:00'));
      expect(c.state.clock.stoppedDays).to.equal(1); // stopped on the acceptance day: only Tuesday was lost
      expect(c.state.timers.find((t) => t.kind === 'catch')?.dueAt).to.equal('2026-03-06T10:00:00.000+08:00');
    });
  });
});

describe('engine / commands: extend (延期)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });
  const MONDAY = at('2026-03-02', '10:00');
  const CHIEF = { id: 'chief' };
  const EXTEND = { type: 'extend', actor: CHIEF, days: 10, approver: '局长张三', reason: '需要组织专家论证' } as const;

  it('given a running case, when extended by 10 working days, then both deadlines move across Qingming and the approval is recorded', () => {
    const c = CaseDriver.start(model, MONDAY);
    const events = c.apply(EXTEND, at('2026-03-05'));
    expect(c.state.clock.promisedDueAt).to.equal('2026-03-26T00:00:00.000+08:00');
    expect(c.state.clock.legalDueAt).to.equal('2026-04-15T00:00:00.000+08:00');
    expect(c.state.clock.extension).to.deep.equal({
      days: 10,
      approver: '局长张三',
      reason: '需要组织专家论证',
      by: 'chief',
      at: '2026-03-05T10:00:00.000+08:00',
    });
    expect(events.map((e) => [e.type, e.by])).to.deep.equal([['clock.extended', 'chief']]);
    expect(c.state.timers.find((t) => t.id === 'case:due')?.dueAt).to.equal('2026-03-26T00:00:00.000+08:00');
  });

  it('given an extension beyond the statutory 10 days, then EXTENSION_EXCEEDS_LIMIT names the limit', () => {
    const c = CaseDriver.start(model, MONDAY);
    const error = c.reject({ ...EXTEND, days: 11 }, 'EXTENSION_EXCEEDS_LIMIT');
    expect(error.details).to.deep.equal({ requested: 11, limit: 10 });
    c.reject({ ...EXTEND, days: 0 }, 'EXTENSION_EXCEEDS_LIMIT');
    c.reject({ ...EXTEND, days: '5' as unknown as number }, 'COMMAND_INVALID');
  });

  it('given a joint case with a 15-day extension limit, when extended by 15, then it is granted', () => {
    const c = CaseDriver.start(model, MONDAY, { limits: { extensionLimitDays: 15 } });
    c.apply({ ...EXTEND, days: 15 });
    expect(c.state.clock.extension?.days).to.equal(15);
  });

  it('given an extended case, when extended again, then EXTENSION_ALREADY_GRANTED', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.apply({ ...EXTEND, days: 5 });
    c.reject({ ...EXTEND, days: 5 }, 'EXTENSION_ALREADY_GRANTED');
  });

  it('given an extension without approver or reason, then REASON_REQUIRED names the field', () => {
    const c = CaseDriver.start(model, MONDAY);
    expect(c.reject({ ...EXTEND, approver: '' }, 'REASON_REQUIRED').details['field']).to.equal('approver');
    expect(c.reject({ ...EXTEND, reason: '   ' }, 'REASON_REQUIRED').details['field']).to.equal('reason');
  });

  it('given the red light already fired, when extended, then the red timer comes back at its new instant', () => {
    const c = CaseDriver.start(model, MONDAY);
    expect(c.state.timers.find((t) => t.id === 'case:red')?.dueAt).to.equal('2026-03-09T00:00:00.000+08:00');
    const fired = c.fire('case:red');
    expect(types(fired)).to.deep.equal(['timer.fired']);
    expect(c.timerIds()).to.not.include('case:red');
    c.apply(EXTEND, at('2026-03-09', '10:00'));
    expect(c.state.timers.find((t) => t.id === 'case:red')?.dueAt).to.equal('2026-03-23T00:00:00.000+08:00');
  });
});
