import { expect } from 'chai';
import { demoCatalog } from '@govflow/catalog';
import { startCase, type ProcessModel } from '@govflow/engine';
import { boundaryTimer, chain, end, multiInstance, processXml, start, subProcess, userTask } from './support/bpmn.js';
import { at, calendar, CaseDriver, compile, engineError, fixture, types } from './support/harness.js';

const MONDAY = at('2026-03-02', '10:00');
const step = (id: string, extra: Record<string, string> = {}): string =>
  userTask(id, { 'gov:timeLimit': '1', 'gov:assignee': 'u', ...extra });

describe('engine / runtime: deadlines on special days', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  it('given acceptance on a Saturday, when the clock starts, then counting starts on Monday', () => {
    const c = CaseDriver.start(model, at('2026-03-07'));
    expect(c.state.clock.promisedDueAt).to.equal('2026-03-18T00:00:00.000+08:00');
    expect(c.task('accept').dueAt).to.equal('2026-03-10T00:00:00.000+08:00');
  });

  it('given acceptance the day before the make-up Saturday 02-14 and the Spring Festival, then 02-14 and 02-28 count as working days', () => {
    const c = CaseDriver.start(model, at('2026-02-13'));
    expect(c.state.clock.countsFrom).to.equal('2026-02-14T00:00:00.000+08:00');
    expect(c.task('accept').dueAt).to.equal('2026-02-15T00:00:00.000+08:00');
    expect(c.state.clock.promisedDueAt).to.equal('2026-03-03T00:00:00.000+08:00');
  });

  it('given the setting to count the acceptance day, then the limit starts the same day', () => {
    const c = CaseDriver.start(model, MONDAY, { limits: { countAcceptanceDay: true } });
    expect(c.state.clock.countsFrom).to.equal('2026-03-02T00:00:00.000+08:00');
    expect(c.state.clock.promisedDueAt).to.equal('2026-03-11T00:00:00.000+08:00');
  });

  it('given a half-day step accepted at 10:00, then it is due at noon the next working day with yellow and red before', async () => {
    const half = await compile(
      processXml(
        [start(), step('quick', { 'gov:timeLimit': '0.5' }), end(), chain('start', 'quick', 'end')].join('\n'),
      ),
    );
    const c = CaseDriver.start(half, MONDAY);
    const task = c.task('quick');
    expect(task.dueAt).to.equal('2026-03-03T12:00:00.000+08:00');
    const dueOf = (level: string): string | undefined =>
      c.state.timers.find((t) => t.id === `${task.id}:${level}`)?.dueAt;
    expect(dueOf('yellow')).to.equal('2026-03-02T12:00:00.000+08:00');
    expect(dueOf('red')).to.equal('2026-03-03T00:00:00.000+08:00');
  });

  it('given a legal deadline reaching into 2027 (no holiday data), then calendar.uncovered is emitted once', () => {
    const c = CaseDriver.start(model, at('2026-12-15'));
    const warnings = c.events.filter((e) => e.type === 'calendar.uncovered');
    expect(warnings.map((e) => e.data['date'])).to.deep.equal(['2027-01-01']);
    expect(warnings[0]?.data['message']).to.match(/工作日历未覆盖/);
    expect(c.state.clock.uncoveredFrom).to.equal('2027-01-01');
    const next = c.complete('accept');
    expect(types(next)).to.not.include('calendar.uncovered');
  });

  it('given promised and statutory limits from the catalog item, then they override the model', () => {
    const c = CaseDriver.start(model, MONDAY, { limits: { promisedDays: 3, statutoryDays: 10 } });
    expect(c.state.clock).to.deep.include({
      promisedDays: 3,
      statutoryDays: 10,
      promisedDueAt: '2026-03-06T00:00:00.000+08:00',
    });
    expect(() => CaseDriver.start(model, MONDAY, { limits: { promisedDays: 12, statutoryDays: 10 } }))
      .to.throw()
      .with.property('code', 'COMMAND_INVALID');
    expect(() => CaseDriver.start(model, MONDAY, { limits: { promisedDays: 1.3 } }))
      .to.throw()
      .with.property('code', 'COMMAND_INVALID');
  });

  for (const limits of [
    { promisedDays: 1e9, statutoryDays: 1e9 },
    { yellowDaysLeft: -5 },
    { redDaysLeft: 1e12 },
    { extensionLimitDays: -1 },
    { unit: 'weeks' as 'working' },
  ]) {
    it(`given hostile limits ${JSON.stringify(limits)}, when a case starts, then COMMAND_INVALID rather than a crash`, () => {
      const error = engineError(() => CaseDriver.start(model, MONDAY, { limits }), 'COMMAND_INVALID');
      expect(error.details['field']).to.equal(Object.keys(limits)[0]);
    });
  }
});

describe('engine / runtime: the demo process (再就业证补办)', () => {
  it('given the demo BPMN accepted on Thursday 2026-09-24, when run, then the 7-day promise skips Mid-Autumn and National Day and counts make-up Saturday 10-10', async () => {
    const xml = demoCatalog().find((item) => item.code === 'JJ-RS-001')?.processXml ?? '';
    const model = await compile(xml);
    expect(model.criticalPath.totalDays).to.equal(7);
    const c = CaseDriver.start(model, at('2026-09-24'));
    expect(c.state.clock.promisedDueAt).to.equal('2026-10-13T00:00:00.000+08:00');
    expect(c.task('accept').dueAt).to.equal('2026-09-29T00:00:00.000+08:00');
    c.reject(
      {
        type: 'complete',
        taskId: c.task('accept').id,
        actor: { id: 'w', groups: ['street-window'] },
        verifiedMaterials: ['id-card'],
      },
      'MATERIALS_NOT_VERIFIED',
    );
    c.complete('accept', {}, at('2026-09-28'));
    c.reject(
      { type: 'complete', taskId: c.task('review').id, actor: { id: 'd', groups: ['district-labour'] } },
      'OPINION_REQUIRED',
    );
    c.complete('review', { opinion: '材料真实有效，同意补办' }, at('2026-09-30'));
    c.complete('issue', {}, at('2026-10-09'));
    expect(c.state.status).to.equal('completed');
    expect(c.events.at(-1)?.data).to.deep.include({ outcome: '办结', onTime: true });
  });
});

describe('engine / runtime: the state owns its data', () => {
  it('given start and command variables, when the caller changes its objects afterwards, then the case state does not change', async () => {
    const model = await compile(fixture('five-steps'));
    const start = { reviewers: ['wang'], applicant: { name: '王' } };
    const c = CaseDriver.start(model, MONDAY, { variables: start });
    const accepted = JSON.stringify(c.state);
    start.reviewers.push('li');
    start.applicant.name = '李';
    expect(JSON.stringify(c.state)).to.equal(accepted);
    const later = { attachments: ['a.pdf'] };
    c.complete('accept', { variables: later });
    const completed = JSON.stringify(c.state);
    later.attachments.push('b.pdf');
    expect(JSON.stringify(c.state)).to.equal(completed);
  });
});

describe('engine / runtime: assignees and groups from expressions', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(
      processXml(
        [
          start(),
          step('t1'),
          userTask('t2', { 'gov:timeLimit': '1', 'gov:assignee': '=owner' }),
          userTask('t3', { 'gov:timeLimit': '1', 'gov:candidateGroups': '=departments' }),
          end(),
          chain('start', 't1', 't2', 't3', 'end'),
        ].join('\n'),
      ),
    );
  });

  it('given an assignee expression and no such variable, when the step opens, then ASSIGNEE_UNRESOLVED and the state is untouched', () => {
    const c = CaseDriver.start(model, MONDAY);
    const error = c.reject({ type: 'complete', taskId: c.task('t1').id, actor: { id: 'u' } }, 'ASSIGNEE_UNRESOLVED');
    expect(error.details['elementId']).to.equal('t2');
  });

  it('given the variables, when the steps open, then the assignee and the candidate groups come from them', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('t1', { variables: { owner: 'zhao', departments: ['fire', 'env'] } });
    expect(c.task('t2').assignee).to.equal('zhao');
    c.complete('t2');
    expect(c.task('t3').candidateGroups).to.deep.equal(['fire', 'env']);
  });

  it('given an assignee expression at the first step and no variable, when the case starts, then ASSIGNEE_UNRESOLVED', async () => {
    const first = await compile(
      processXml([start(), userTask('t', { 'gov:assignee': '=owner' }), end(), chain('start', 't', 'end')].join('\n')),
    );
    engineError(
      () => startCase(first, { caseId: 'C1', actor: { id: 'clerk' }, now: MONDAY, calendar }),
      'ASSIGNEE_UNRESOLVED',
    );
  });
});

describe('engine / runtime: boundary timers on containers and countersigns', () => {
  it('given an interrupting timer on a sub-process, when it fires, then the inner step and the scope are cancelled and the lead takes over', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          subProcess('sub', [start('ss'), step('s1'), step('s2'), end('se'), chain('ss', 's1', 's2', 'se')].join('\n')),
          boundaryTimer('late', 'sub', 'P3D'),
          step('lead', { 'gov:assignee': 'lead' }),
          step('after'),
          end(),
          end('leadEnd'),
          chain('start', 'sub', 'after', 'end'),
          chain('late', 'lead', 'leadEnd'),
        ].join('\n'),
      ),
    );
    const c = CaseDriver.start(model, MONDAY);
    const subToken = c.state.tokens.find((t) => t.el === 'sub');
    const events = c.fire(`${subToken?.id}:late`);
    expect(types(events)).to.deep.equal(['timer.fired', 'task.cancelled', 'task.created']);
    expect(c.state.scopes).to.deep.equal([]);
    expect(c.openSteps()).to.deep.equal(['lead']);
    c.complete('lead');
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('leadEnd');
  });

  it('given a non-interrupting timer on a countersign, when it fires, then the lead is reminded and the instances stay open', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          userTask(
            'sign',
            { 'gov:timeLimit': '2', 'gov:assignee': '=reviewer' },
            multiInstance({ collection: 'reviewers', elementVariable: 'reviewer' }),
          ),
          boundaryTimer('remind', 'sign', 'P1D', false),
          step('lead', { 'gov:assignee': 'lead' }),
          end(),
          end('remindEnd'),
          chain('start', 'sign', 'end'),
          chain('remind', 'lead', 'remindEnd'),
        ].join('\n'),
      ),
    );
    const c = CaseDriver.start(model, MONDAY, { variables: { reviewers: ['wang', 'li'] } });
    const token = c.state.tokens.find((t) => t.el === 'sign');
    c.fire(`${token?.id}:remind`);
    expect(c.openSteps()).to.deep.equal(['lead', 'sign', 'sign']);
    c.complete('lead');
    for (const task of c.tasks('sign')) c.completeTask(task);
    expect(c.state.status).to.equal('completed');
  });

  it('given a step inside a sub-process, when returned to the earlier inner step, then it reopens inside the same scope', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          subProcess('sub', [start('ss'), step('s1'), step('s2'), end('se'), chain('ss', 's1', 's2', 'se')].join('\n')),
          end(),
          chain('start', 'sub', 'end'),
        ].join('\n'),
      ),
    );
    expect(model.elements['s2']?.step?.returnTargets).to.deep.equal(['s1']);
    const c = CaseDriver.start(model, MONDAY);
    c.complete('s1');
    const scope = c.state.scopes[0]?.id;
    c.apply({ type: 'return', taskId: c.task('s2').id, actor: { id: 'u' }, to: 's1', reason: '重新初审' });
    expect(c.openSteps()).to.deep.equal(['s1']);
    expect(c.state.tokens.find((t) => t.el === 's1')?.scope).to.equal(scope);
    c.complete('s1');
    c.complete('s2');
    expect(c.state.status).to.equal('completed');
  });
});
