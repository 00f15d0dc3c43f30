import { expect } from 'chai';
import type { ProcessModel } from '@govflow/engine';
import { chain, end, processXml, start, timerCatch, userTask } from './support/bpmn.js';
import { at, CaseDriver, compile, fixture, types } from './support/harness.js';

const MONDAY = at('2026-03-02', '10:00');

describe('engine / runtime: boundary timers (escalation to a lead)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('escalation'));
  });

  const boundaryTimers = (c: CaseDriver): Array<{ id: string; dueAt: string }> =>
    c.state.timers.filter((t) => t.kind === 'boundary').map(({ id, dueAt }) => ({ id, dueAt }));

  it('given a step with a 2-working-day boundary timer, when it opens on Monday 10:00, then the timer is due Wednesday 10:00', () => {
    const c = CaseDriver.start(model, MONDAY);
    const token = c.task('review').token;
    expect(boundaryTimers(c)).to.deep.equal([{ id: `${token}:reviewLate`, dueAt: '2026-03-04T10:00:00.000+08:00' }]);
  });

  it('given an interrupting boundary timer, when it fires, then the step is cancelled and the lead gets the case', () => {
    const c = CaseDriver.start(model, MONDAY);
    const review = c.task('review');
    const events = c.fire(`${review.token}:reviewLate`);
    expect(types(events)).to.deep.equal(['timer.fired', 'task.cancelled', 'task.created']);
    expect(events[0]?.data).to.deep.include({ kind: 'boundary', elementId: 'reviewLate' });
    expect(events[1]?.data).to.deep.include({ taskId: review.id, reason: 'boundary-timer' });
    expect(c.openSteps()).to.deep.equal(['leadReview']);
    expect(c.task('leadReview').assignee).to.equal('lead');
    expect(boundaryTimers(c)).to.deep.equal([]);
    c.complete('leadReview');
    expect(c.openSteps()).to.deep.equal(['inspect']);
  });

  it('given the step is completed before its boundary timer, when the state is returned, then the timer is gone', () => {
    const c = CaseDriver.start(model, MONDAY);
    const timerId = `${c.task('review').token}:reviewLate`;
    c.complete('review', {}, at('2026-03-03'));
    expect(c.timerIds()).to.not.include(timerId);
    c.reject({ type: 'fireTimer', timerId }, 'TIMER_NOT_FOUND', at('2026-03-05'));
  });

  it('given a non-interrupting boundary timer, when it fires, then the lead gets an extra task and the original step continues', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('review', {}, at('2026-03-02', '11:00'));
    const inspect = c.task('inspect');
    const timerId = `${inspect.token}:inspectReminder`;
    expect(c.state.timers.find((t) => t.id === timerId)?.dueAt).to.equal('2026-03-03T11:00:00.000+08:00');
    const events = c.fire(timerId);
    expect(types(events)).to.deep.equal(['timer.fired', 'task.created']);
    expect(c.openSteps()).to.deep.equal(['inspect', 'leadSupervise']);
    expect(c.task('inspect').id).to.equal(inspect.id);
    expect(c.timerIds()).to.not.include(timerId);
    c.complete('leadSupervise');
    expect(c.state.status).to.equal('running');
    c.complete('inspect');
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('办结');
  });
});

describe('engine / runtime: intermediate timer catch', () => {
  const waitModel = (duration: string, calendarDays: boolean): Promise<ProcessModel> =>
    compile(
      processXml(
        [
          start(),
          userTask('a', { 'gov:timeLimit': '1', 'gov:assignee': 'u' }),
          timerCatch('wait', duration, calendarDays),
          userTask('b', { 'gov:timeLimit': '1', 'gov:assignee': 'u' }),
          end(),
          chain('start', 'a', 'wait', 'b', 'end'),
        ].join('\n'),
      ),
    );

  const FRIDAY_BEFORE_QINGMING = at('2026-04-03', '10:00');

  it('given P2D working days reached on the Friday before Qingming (04-04..04-06 off), then it is due Wednesday 04-08 10:00', async () => {
    const c = CaseDriver.start(await waitModel('P2D', false), at('2026-04-02'));
    c.complete('a', {}, FRIDAY_BEFORE_QINGMING);
    const token = c.state.tokens.find((t) => t.el === 'wait');
    const timer = c.state.timers.find((t) => t.id === `${token?.id}:wait`);
    expect(timer).to.deep.equal({ id: `${token?.id}:wait`, kind: 'catch', dueAt: '2026-04-08T10:00:00.000+08:00' });
    expect(c.openSteps()).to.deep.equal([]);
  });

  it('given P2D with gov:calendarDays, when reached on the same Friday, then it is due Sunday 04-05 10:00', async () => {
    const c = CaseDriver.start(await waitModel('P2D', true), at('2026-04-02'));
    c.complete('a', {}, FRIDAY_BEFORE_QINGMING);
    const timer = c.state.timers.find((t) => t.kind === 'catch');
    expect(timer?.dueAt).to.equal('2026-04-05T10:00:00.000+08:00');
  });

  it('given a waiting timer catch, when fired early, then TIMER_NOT_DUE; when fired at its instant, then the case moves on', async () => {
    const c = CaseDriver.start(await waitModel('P2D', false), at('2026-04-02'));
    c.complete('a', {}, FRIDAY_BEFORE_QINGMING);
    const timerId = c.state.timers.find((t) => t.kind === 'catch')?.id as string;
    const early = c.reject({ type: 'fireTimer', timerId }, 'TIMER_NOT_DUE', at('2026-04-08', '09:59'));
    expect(early.details['dueAt']).to.equal('2026-04-08T10:00:00.000+08:00');
    const events = c.fire(timerId, at('2026-04-08', '10:00'));
    expect(types(events)).to.deep.equal(['timer.fired', 'task.created']);
    expect(c.openSteps()).to.deep.equal(['b']);
    expect(c.state.timers.some((t) => t.kind === 'catch')).to.equal(false);
  });

  it('given PT4H, when reached at 10:00, then it is due at 14:00 the same day', async () => {
    const c = CaseDriver.start(await waitModel('PT4H', false), MONDAY);
    c.complete('a', {}, MONDAY);
    expect(c.state.timers.find((t) => t.kind === 'catch')?.dueAt).to.equal('2026-03-02T14:00:00.000+08:00');
  });
});
