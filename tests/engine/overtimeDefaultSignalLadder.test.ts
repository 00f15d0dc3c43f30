import { expect } from 'chai';
import { demoCatalog } from '@govflow/catalog';
import type { ProcessModel, StartOptions } from '@govflow/engine';
import { at, CaseDriver, compile } from './support/harness.js';

const MONDAY = at('2026-09-21', '09:00');
/** 失业人员再就业证补办 accepted 09-21 is due at the end of 10-08 (the holidays 09-25..27 and 10-01..07 skipped). */
const DEADLINE = '2026-10-09T00:00:00.000+08:00';
const LADDER: NonNullable<StartOptions['limits']>['ladder'] = { warningDaysLeft: 1, supervisionDays: 3 };

describe('engine / signal ladder timers (scheme b): warning before, red card after the supervision period, frozen by a clock stop', () => {
  let model: ProcessModel;
  before(async () => {
    const item = demoCatalog().find((i) => i.code === 'JJ-RS-001');
    model = await compile(item?.processXml ?? '');
  });

  const start = (ladder: typeof LADDER | null = LADDER): CaseDriver =>
    CaseDriver.start(model, MONDAY, {
      limits: { promisedDays: 7, statutoryDays: 20, ...(ladder ? { ladder } : {}) },
    });
  const timer = (c: CaseDriver, id: string) => c.state.timers.find((t) => t.id === id);

  it('given a ladder of 1 warning day and 3 supervision days, then the case gets a warning at the start of its last working day and a red-card timer three working days after its deadline', () => {
    const c = start();
    expect(c.state.clock.ladder).to.deep.equal(LADDER);
    expect(timer(c, 'case:warning')).to.deep.equal({
      id: 'case:warning',
      kind: 'warning',
      dueAt: '2026-10-08T00:00:00.000+08:00',
    });
    // 10-09 (Friday), 10-10 (the make-up Saturday) and 10-12 (Monday).
    expect(timer(c, 'case:supervision')).to.deep.equal({
      id: 'case:supervision',
      kind: 'supervision',
      dueAt: '2026-10-13T00:00:00.000+08:00',
    });
    expect(timer(c, 'case:due')?.dueAt).to.equal(DEADLINE);
  });

  it('given each open step, then it has its own red-card timer after its own deadline (no step warning)', () => {
    const c = start();
    const accept = c.task('accept');
    // The 1-day acceptance step is due at the end of 09-22; 09-23, 09-24 and (after the holiday) 09-28.
    expect(accept.dueAt).to.equal('2026-09-23T00:00:00.000+08:00');
    expect(timer(c, `${accept.id}:supervision`)).to.deep.equal({
      id: `${accept.id}:supervision`,
      kind: 'supervision',
      dueAt: '2026-09-29T00:00:00.000+08:00',
      taskId: accept.id,
    });
    expect(timer(c, `${accept.id}:warning`)).to.equal(undefined);
  });

  it('given no ladder (lights only), then no warning or supervision timer exists', () => {
    const c = start(null);
    expect(c.state.timers.filter((t) => t.kind === 'warning' || t.kind === 'supervision')).to.deep.equal([]);
    expect(c.state.clock.ladder).to.equal(undefined);
  });

  it('given the warning fired, then it is recorded and never armed again', () => {
    const c = start();
    const events = c.fire('case:warning');
    expect(events[0]?.data).to.deep.include({
      kind: 'warning',
      target: 'case',
      dueAt: '2026-10-08T00:00:00.000+08:00',
    });
    expect(c.state.clock.fired).to.include('warning');
    expect(timer(c, 'case:warning')).to.equal(undefined);
    c.complete('accept', {}, at('2026-10-08', '10:00'));
    expect(timer(c, 'case:warning')).to.equal(undefined);
  });

  it('given a step still open after its supervision period, when its timer fires, then the event names the step and its holder', () => {
    const c = start();
    const accept = c.task('accept');
    c.apply({ type: 'claim', taskId: accept.id, actor: { id: 'clerk', groups: ['street-window'] } });
    const events = c.fire(`${accept.id}:supervision`);
    expect(events[0]?.data).to.deep.include({
      kind: 'supervision',
      target: 'task',
      taskId: accept.id,
      elementId: 'accept',
      assignee: 'clerk',
    });
  });

  it('given the clock stopped, then no ladder timer exists (the ladder is frozen), and on resumption every rung moves by the stopped working days', () => {
    const c = start();
    c.apply(
      { type: 'stopClock', actor: { id: 'clerk' }, kind: 'expertReview', reason: '组织专家评审' },
      at('2026-09-28'),
    );
    expect(c.state.timers.filter((t) => t.kind === 'warning' || t.kind === 'supervision')).to.deep.equal([]);
    // Stopped 09-28 .. 09-30 (three working days), resumed on 10-08 after the holiday.
    c.apply({ type: 'resumeClock', actor: { id: 'clerk' } }, at('2026-10-08'));
    expect(c.state.clock.promisedDueAt).to.equal('2026-10-13T00:00:00.000+08:00');
    expect(timer(c, 'case:warning')?.dueAt).to.equal('2026-10-12T00:00:00.000+08:00');
    expect(timer(c, 'case:supervision')?.dueAt).to.equal('2026-10-16T00:00:00.000+08:00');
  });

  it('given a warning fired and then an extension moving the deadline ahead, then the warning is armed again for the new deadline', () => {
    const c = start();
    c.fire('case:warning');
    c.apply(
      { type: 'extend', actor: { id: 'lead' }, days: 2, approver: '局长', reason: '需要现场核实' },
      at('2026-10-08', '11:00'),
    );
    expect(c.state.clock.fired).to.not.include('warning');
    expect(timer(c, 'case:warning')?.dueAt).to.equal('2026-10-10T00:00:00.000+08:00');
  });

  it('given a bad ladder (a negative warning, a zero supervision period), then acceptance is refused naming the field', () => {
    for (const ladder of [{ warningDaysLeft: -1 }, { supervisionDays: 0 }, { supervisionDays: 0.3 }]) {
      expect(() => start(ladder)).to.throw(/ladder\./);
    }
  });
});
