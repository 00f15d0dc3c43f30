import { expect } from 'chai';
import { startCase, type ProcessModel } from '@govflow/engine';
import { chain, end, flow, gateway, processXml, start, subProcess, userTask } from './support/bpmn.js';
import { at, calendar, CaseDriver, compile, engineError, fixture, types } from './support/harness.js';

const MONDAY = at('2026-03-02', '10:00');
const step = (id: string, extra: Record<string, string> = {}): string =>
  userTask(id, { 'gov:timeLimit': '1', 'gov:assignee': 'u', ...extra });

describe('engine / runtime: sequential user tasks', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  it('given the five-step process, when a case is accepted on a Monday, then the first step is open with its deadline and the clock runs', () => {
    const c = CaseDriver.start(model, MONDAY);
    expect(types(c.events)).to.deep.equal(['case.accepted', 'clock.started', 'task.created']);
    expect(c.events.map((e) => e.seq)).to.deep.equal([1, 2, 3]);
    expect(c.state.status).to.equal('running');
    const task = c.task('accept');
    expect(task).to.deep.include({
      name: '受理',
      candidateGroups: ['window'],
      startedAt: '2026-03-02T10:00:00.000+08:00',
      limitDays: 1,
    });
    expect(task.dueAt).to.equal('2026-03-04T00:00:00.000+08:00');
    expect(c.state.clock).to.deep.include({
      status: 'running',
      countsFrom: '2026-03-03T00:00:00.000+08:00',
      promisedDays: 7,
      statutoryDays: 20,
      promisedDueAt: '2026-03-12T00:00:00.000+08:00',
      legalDueAt: '2026-03-31T00:00:00.000+08:00',
    });
  });

  it('given the five-step process, when each step is completed in turn, then the steps open one after another and the case is completed', () => {
    const c = CaseDriver.start(model, MONDAY);
    const order: string[] = [];
    for (const [id, day] of [
      ['accept', '2026-03-02'],
      ['check', '2026-03-03'],
      ['review', '2026-03-04'],
      ['decide', '2026-03-05'],
      ['deliver', '2026-03-06'],
    ] as const) {
      order.push(...c.state.tasks.map((t) => t.el));
      c.complete(id, {}, at(day, '16:00'));
    }
    expect(order).to.deep.equal(['accept', 'check', 'review', 'decide', 'deliver']);
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('准予许可');
    expect(c.state.tasks).to.deep.equal([]);
    expect(c.state.tokens).to.deep.equal([]);
    expect(c.state.timers).to.deep.equal([]);
    expect(c.state.clock.status).to.equal('finished');
    expect(c.state.clock.usedDays).to.equal(3.5);
    const completed = c.events.find((e) => e.type === 'case.completed');
    expect(completed?.data).to.deep.include({ endEventId: 'end', outcome: '准予许可', onTime: true });
    expect(types(c.events).slice(-3)).to.deep.equal(['task.completed', 'clock.finished', 'case.completed']);
  });

  it('given a step with a fixed assignee, when it opens, then the task is assigned to that person', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    expect(c.task('check').assignee).to.equal('reviewer1');
    expect(c.task('check').dueAt).to.equal('2026-03-05T00:00:00.000+08:00');
  });
});

describe('engine / runtime: exclusive gateway', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(
      processXml(
        [
          start(),
          gateway('exclusive', 'gw', 'toManual'),
          step('big'),
          step('small'),
          step('manual'),
          end('e1'),
          end('e2'),
          end('e3'),
          chain('start', 'gw'),
          flow('toBig', 'gw', 'big', 'amount > 100'),
          flow('toSmall', 'gw', 'small', 'amount <= 100'),
          flow('toManual', 'gw', 'manual'),
          chain('big', 'e1'),
          chain('small', 'e2'),
          chain('manual', 'e3'),
        ].join('\n'),
      ),
    );
  });

  for (const [amount, expected, flowId] of [
    [500, 'big', 'toBig'],
    [50, 'small', 'toSmall'],
    [undefined, 'manual', 'toManual'],
  ] as const) {
    it(`given amount ${String(amount)}, when the case reaches the gateway, then the ${expected} branch is taken`, () => {
      const c = CaseDriver.start(model, MONDAY, { variables: amount === undefined ? {} : { amount } });
      expect(c.openSteps()).to.deep.equal([expected]);
      const passed = c.events.find((e) => e.type === 'gateway.passed');
      expect(passed?.data).to.deep.equal({ elementId: 'gw', name: 'gw', flows: [flowId] });
    });
  }

  it('given the parallel approval, when a department says no, then the default flow refuses the case', async () => {
    const parallel = await compile(fixture('parallel-approval'));
    const c = CaseDriver.start(parallel, MONDAY);
    c.complete('accept');
    c.complete('market', { variables: { marketOk: true } });
    c.complete('fire', { variables: { fireOk: false } });
    c.complete('env', { variables: { envOk: true } });
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('不予许可');
  });
});

describe('engine / runtime: NO_PATH', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(
      processXml(
        [
          start(),
          step('t'),
          gateway('exclusive', 'gw'),
          end('yes'),
          end('no'),
          chain('start', 't', 'gw'),
          flow('toYes', 'gw', 'yes', 'ok = true'),
          flow('toNo', 'gw', 'no', 'ok = false'),
        ].join('\n'),
      ),
    );
  });

  it('given no condition holds and no default flow, when the task is completed, then NO_PATH and the state is untouched', () => {
    const c = CaseDriver.start(model, MONDAY);
    const error = c.reject(
      { type: 'complete', taskId: c.task('t').id, actor: { id: 'u' }, variables: { ok: 'maybe' } },
      'NO_PATH',
    );
    expect(error.details['elementId']).to.equal('gw');
    expect(c.openSteps()).to.deep.equal(['t']);
  });

  it('given a condition holds, when the task is completed, then the case ends there', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('t', { variables: { ok: false } });
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('no');
  });

  it('given a gateway with a single conditional flow that does not hold, when reached, then NO_PATH rather than taking it anyway', async () => {
    const single = await compile(
      processXml(
        [
          start(),
          step('t'),
          gateway('exclusive', 'gw'),
          end('yes'),
          chain('start', 't', 'gw'),
          flow('onlyIfOk', 'gw', 'yes', 'ok = true'),
        ].join('\n'),
      ),
    );
    const c = CaseDriver.start(single, MONDAY);
    c.reject({ type: 'complete', taskId: c.task('t').id, actor: { id: 'u' }, variables: { ok: false } }, 'NO_PATH');
    c.complete('t', { variables: { ok: true } });
    expect(c.state.outcome).to.equal('yes');
  });

  it('given no condition holds at acceptance, when the case starts, then NO_PATH is thrown', async () => {
    const direct = await compile(
      processXml(
        [
          start(),
          gateway('exclusive', 'gw'),
          end('a'),
          end('b'),
          chain('start', 'gw'),
          flow('x', 'gw', 'a', 'v = 1'),
          flow('y', 'gw', 'b', 'v = 2'),
        ].join('\n'),
      ),
    );
    engineError(
      () => startCase(direct, { caseId: 'C1', actor: { id: 'clerk' }, now: MONDAY, calendar, variables: { v: 3 } }),
      'NO_PATH',
    );
  });
});

describe('engine / runtime: parallel gateway (并联审批)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('parallel-approval'));
  });

  it('given the window accepted, when the fork is passed, then three department reviews are open at once with their own limits', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    expect(c.openSteps()).to.deep.equal(['env', 'fire', 'market']);
    expect(c.task('market').candidateGroups).to.deep.equal(['market']);
    expect(c.task('market').dueAt).to.equal('2026-03-10T00:00:00.000+08:00');
    expect(c.task('fire').dueAt).to.equal('2026-03-13T00:00:00.000+08:00');
    expect(c.task('env').dueAt).to.equal('2026-03-06T00:00:00.000+08:00');
  });

  it('given three reviews, when two are done, then the join waits for the third; when the third is done, the case goes on', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    c.complete('market', { variables: { marketOk: true } }, at('2026-03-03'));
    c.complete('env', { variables: { envOk: true } }, at('2026-03-04'));
    expect(c.openSteps()).to.deep.equal(['fire']);
    expect(c.state.tokens.filter((t) => t.el === 'join')).to.have.length(2);
    const last = c.complete('fire', { variables: { fireOk: true } }, at('2026-03-05'));
    expect(c.openSteps()).to.deep.equal(['issue']);
    expect(c.state.tokens.map((t) => t.el)).to.deep.equal(['issue']);
    expect(types(last)).to.deep.equal(['task.completed', 'gateway.passed', 'task.created']);
    c.complete('issue');
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('准予许可');
  });
});

describe('engine / runtime: inclusive gateway', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(
      processXml(
        [
          start(),
          step('t0'),
          gateway('inclusive', 'split', 'toD'),
          step('a'),
          step('b'),
          step('c'),
          step('d'),
          gateway('inclusive', 'join'),
          step('final'),
          end(),
          chain('start', 't0', 'split'),
          flow('toA', 'split', 'a', 'needA = true'),
          flow('toB', 'split', 'b', 'needB = true'),
          flow('toC', 'split', 'c', 'needC = true'),
          flow('toD', 'split', 'd'),
          chain('a', 'join'),
          chain('b', 'join'),
          chain('c', 'join'),
          chain('d', 'join'),
          chain('join', 'final', 'end'),
        ].join('\n'),
      ),
    );
  });

  it('given two conditions hold, when split, then exactly those two branches run and the join waits for both only', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('t0', { variables: { needA: true, needC: true } });
    expect(c.openSteps()).to.deep.equal(['a', 'c']);
    c.complete('a');
    expect(c.openSteps()).to.deep.equal(['c']);
    c.complete('c');
    expect(c.openSteps()).to.deep.equal(['final']);
    expect(c.state.tokens.map((t) => t.el)).to.deep.equal(['final']);
  });

  it('given one condition holds, when split, then the join fires after that one branch', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('t0', { variables: { needB: true } });
    expect(c.openSteps()).to.deep.equal(['b']);
    c.complete('b');
    expect(c.openSteps()).to.deep.equal(['final']);
  });

  it('given no condition holds, when split, then the default flow is taken alone', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('t0', { variables: {} });
    expect(c.openSteps()).to.deep.equal(['d']);
    c.complete('d');
    expect(c.openSteps()).to.deep.equal(['final']);
    c.complete('final');
    expect(c.state.status).to.equal('completed');
  });
});

describe('engine / runtime: embedded sub-process and terminate end', () => {
  it('given an embedded sub-process, when its steps are done, then the scope completes and the case continues after it', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          subProcess('sub', [start('ss'), step('s1'), step('s2'), end('se'), chain('ss', 's1', 's2', 'se')].join('\n')),
          step('after'),
          end(),
          chain('start', 'sub', 'after', 'end'),
        ].join('\n'),
      ),
    );
    const c = CaseDriver.start(model, MONDAY);
    expect(types(c.events)).to.include('scope.started');
    expect(c.openSteps()).to.deep.equal(['s1']);
    expect(c.state.scopes).to.have.length(1);
    c.complete('s1');
    const events = c.complete('s2');
    expect(types(events)).to.deep.equal(['task.completed', 'scope.completed', 'task.created']);
    expect(c.openSteps()).to.deep.equal(['after']);
    expect(c.state.scopes).to.deep.equal([]);
  });

  it('given a terminate end inside a sub-process, when reached, then only the sub-process ends and the case goes on', async () => {
    const inner = [
      start('ss'),
      gateway('parallel', 'fork'),
      step('x'),
      step('y'),
      end('stop', { terminate: true, name: '终止子流程' }),
      end('se'),
      chain('ss', 'fork', 'x', 'stop'),
      chain('fork', 'y', 'se'),
    ].join('\n');
    const model = await compile(
      processXml(
        [start(), subProcess('sub', inner), step('after'), end(), chain('start', 'sub', 'after', 'end')].join('\n'),
      ),
    );
    const c = CaseDriver.start(model, MONDAY);
    expect(c.openSteps()).to.deep.equal(['x', 'y']);
    const events = c.complete('x');
    const cancelled = events.find((e) => e.type === 'task.cancelled');
    expect(cancelled?.data).to.deep.include({ elementId: 'y', reason: 'terminate-end' });
    expect(c.openSteps()).to.deep.equal(['after']);
    expect(c.state.status).to.equal('running');
    expect(c.state.scopes).to.deep.equal([]);
  });

  it('given a terminate end at the top level, when reached, then the whole case ends and other branches are cancelled', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          gateway('parallel', 'fork'),
          step('a'),
          step('b'),
          end('stop', { terminate: true, name: '终止' }),
          end(),
          chain('start', 'fork', 'a', 'stop'),
          chain('fork', 'b', 'end'),
        ].join('\n'),
      ),
    );
    const c = CaseDriver.start(model, MONDAY);
    const events = c.complete('a');
    expect(types(events)).to.deep.equal(['task.completed', 'task.cancelled', 'clock.finished', 'case.completed']);
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('终止');
    expect(c.state.tasks).to.deep.equal([]);
    expect(c.state.tokens).to.deep.equal([]);
  });

  it('given a none end in one branch while another still runs, when reached, then the case keeps running', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          gateway('parallel', 'fork'),
          step('a'),
          step('b'),
          end('e1'),
          end('e2'),
          chain('start', 'fork', 'a', 'e1'),
          chain('fork', 'b', 'e2'),
        ].join('\n'),
      ),
    );
    const c = CaseDriver.start(model, MONDAY);
    c.complete('a');
    expect(c.state.status).to.equal('running');
    expect(c.openSteps()).to.deep.equal(['b']);
    c.complete('b');
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('e2');
  });
});
