import { expect } from 'chai';
import { demoCatalog, type ApprovalItem } from '@govflow/catalog';
import { DEEMED_OPINION, SYSTEM_ACTOR, type ProcessModel, type StartOptions } from '@govflow/engine';
import { at, CaseDriver, compile, types } from './support/harness.js';

const BASIS = '《锦江区行政审批事项实施超时默许制度的有关规定（试行）》';
/** Monday before the Mid-Autumn (09-25..27) and National Day (10-01..07) holidays. */
const MONDAY = at('2026-09-21', '09:00');
/**
 * 失业人员再就业证补办 promises 7 working days from 09-22: 22, 23, 24, 28, 29, 30 and, after the
 * holidays, 10-08 — so the deadline is the end of 10-08.
 */
const DEADLINE = '2026-10-09T00:00:00.000+08:00';

function item(code: string): ApprovalItem {
  const found = demoCatalog().find((i) => i.code === code);
  if (!found) throw new Error(`demo item ${code} missing`);
  return found;
}

function limitsOf(source: ApprovalItem, overtimeDefault = true): NonNullable<StartOptions['limits']> {
  return {
    promisedDays: source.promisedDays,
    statutoryDays: source.statutoryDays,
    ...(source.thresholds ?? {}),
    ...(overtimeDefault ? { overtimeDefault: { basis: BASIS } } : {}),
  };
}

describe('engine / overtime-default approval (超时默许): at the promised deadline with no decision, the case is deemed approved', () => {
  let reemployment: ProcessModel;
  let catering: ProcessModel;
  before(async () => {
    reemployment = await compile(item('JJ-RS-001').processXml);
    catering = await compile(item('JJ-SJ-001').processXml);
  });

  const start = (overtimeDefault = true): CaseDriver =>
    CaseDriver.start(reemployment, MONDAY, { limits: limitsOf(item('JJ-RS-001'), overtimeDefault) });
  const deemedTimer = (c: CaseDriver) => c.state.timers.find((t) => t.kind === 'deemed');

  it('given an item that enables it, when the case is accepted, then a deemed timer waits at the promised deadline, across the holidays', () => {
    const c = start();
    expect(c.state.clock.promisedDueAt).to.equal(DEADLINE);
    expect(deemedTimer(c)).to.deep.equal({ id: 'case:deemed', kind: 'deemed', dueAt: DEADLINE });
    expect(c.state.clock.overtimeDefault).to.deep.equal({ basis: BASIS });
  });

  it('given an item that does not enable it, then no deemed timer exists and the deadline passes as before', () => {
    const c = start(false);
    expect(deemedTimer(c)).to.equal(undefined);
    expect(c.state.clock.overtimeDefault).to.equal(undefined);
  });

  it('given the review still open, when the deemed timer is fired one millisecond early, then it is refused and nothing changes', () => {
    const c = start();
    c.complete('accept', {}, at('2026-09-22'));
    c.reject({ type: 'fireTimer', timerId: 'case:deemed' }, 'TIMER_NOT_DUE', '2026-10-08T23:59:59.999+08:00');
  });

  it('given the review still open, when the deemed timer fires exactly at the deadline, then the system completes it as approved and the certificate step opens at once', () => {
    const c = start();
    c.complete('accept', {}, at('2026-09-22'));
    const review = c.task('review');
    const events = c.fire('case:deemed', DEADLINE);
    expect(types(events)).to.deep.equal(['timer.fired', 'case.deemedApproved', 'task.completed', 'task.created']);
    expect(events[0]?.data).to.deep.include({ kind: 'deemed', target: 'case', dueAt: DEADLINE });
    expect(events[1]?.by).to.equal(SYSTEM_ACTOR);
    expect(events[1]?.data).to.deep.include({ dueAt: DEADLINE, basis: BASIS, promisedDays: 7 });
    expect(events[1]?.data['steps']).to.deep.equal([{ taskId: review.id, elementId: 'review', name: '审核' }]);
    expect(events[2]?.by).to.equal(SYSTEM_ACTOR);
    expect(events[2]?.data).to.deep.include({
      taskId: review.id,
      outcome: 'approve',
      opinion: DEEMED_OPINION,
      deemed: true,
    });
    expect(events[3]?.data).to.deep.include({ elementId: 'issue' });
    expect(c.openSteps()).to.deep.equal(['issue']);
    expect(c.task('issue').startedAt).to.equal(DEADLINE);
    expect(c.state.status).to.equal('running');
    expect(c.state.variables).to.deep.include({ deemedApproved: true, outcome: 'approve' });
    expect(c.state.clock.overtimeDefault?.deemedAt).to.equal(DEADLINE);
    expect(deemedTimer(c)).to.equal(undefined);
  });

  it('given the case deemed approved, then the overtime stays on the record: the case’s own due timer still fires at the same instant', () => {
    const c = start();
    c.fire('case:deemed', DEADLINE);
    expect(c.timerIds()).to.include('case:due');
    const due = c.fire('case:due', DEADLINE);
    expect(due[0]?.data).to.deep.include({ kind: 'due', target: 'case', dueAt: DEADLINE });
  });

  it('given the acceptance step itself still open, then every step before delivery is completed by the system, in process order', () => {
    const c = start();
    const events = c.fire('case:deemed', DEADLINE);
    const completed = events.filter((e) => e.type === 'task.completed').map((e) => e.data['elementId']);
    expect(completed).to.deep.equal(['accept', 'review']);
    expect(c.openSteps()).to.deep.equal(['issue']);
  });

  it('given the decision already made (only the certificate step open), then no deemed timer exists at the deadline', () => {
    const c = start();
    c.complete('accept', {}, at('2026-09-22'));
    c.complete('review', {}, at('2026-09-23'));
    expect(c.openSteps()).to.deep.equal(['issue']);
    expect(deemedTimer(c)).to.equal(undefined);
  });

  it('given a clock stop (补正), then no deemed timer while stopped, and after resumption it waits at the moved deadline', () => {
    const c = start();
    c.apply(
      { type: 'stopClock', actor: { id: 'clerk' }, kind: 'supplement', reason: '身份证复印件不清晰' },
      at('2026-09-23'),
    );
    expect(deemedTimer(c)).to.equal(undefined);
    // Stopped from 09-23 up to 09-29: 23, 24, 28 are three working days that do not count; the deadline
    // moves by 10-09, 10-10 (the make-up Saturday) and 10-12.
    c.apply({ type: 'resumeClock', actor: { id: 'clerk' } }, at('2026-09-29'));
    expect(c.state.clock.promisedDueAt).to.equal('2026-10-13T00:00:00.000+08:00');
    expect(deemedTimer(c)?.dueAt).to.equal('2026-10-13T00:00:00.000+08:00');
  });

  it('given a lawful extension (延期), then the deemed timer moves to the extended deadline', () => {
    const c = start();
    c.apply(
      { type: 'extend', actor: { id: 'lead' }, days: 2, approver: '局长', reason: '需要现场核实' },
      at('2026-09-24'),
    );
    // Two more working days: 10-09 (Friday) and 10-10 (the make-up Saturday).
    expect(deemedTimer(c)?.dueAt).to.equal('2026-10-11T00:00:00.000+08:00');
  });

  it('given a licence with an approve / refuse gateway, when deemed approved, then the approval path is taken to delivery', () => {
    const source = item('JJ-SJ-001');
    const c = CaseDriver.start(catering, MONDAY, { limits: limitsOf(source) });
    c.complete('accept', {}, at('2026-09-21', '11:00'));
    expect(c.openSteps()).to.deep.equal(['inspect']);
    const events = c.fire('case:deemed');
    const completed = events.filter((e) => e.type === 'task.completed').map((e) => e.data['elementId']);
    expect(completed).to.deep.equal(['inspect', 'review', 'decide']);
    expect(c.openSteps()).to.deep.equal(['deliver']);
    expect(c.state.status).to.equal('running');
  });

  it('given an overtime default without a basis, then acceptance is refused with a clear error', () => {
    expect(() =>
      CaseDriver.start(reemployment, MONDAY, { limits: { promisedDays: 7, overtimeDefault: { basis: ' ' } } }),
    ).to.throw(/超时默许须写明依据/);
  });

  it('given a deemed case, when replayed from the same state and instant, then the same events come out (pure)', () => {
    const c = start();
    const before = structuredClone(c.state);
    const first = c.fire('case:deemed', DEADLINE);
    const again = CaseDriver.start(reemployment, MONDAY, { limits: limitsOf(item('JJ-RS-001')) });
    expect(again.state).to.deep.equal(before);
    expect(again.fire('case:deemed', DEADLINE)).to.deep.equal(first);
  });
});
