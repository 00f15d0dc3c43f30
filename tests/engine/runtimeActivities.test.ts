import { expect } from 'chai';
import type { ProcessModel } from '@govflow/engine';
import { chain, el, end, multiInstance, processXml, start, userTask } from './support/bpmn.js';
import { at, CaseDriver, compile, fixture, nth, types } from './support/harness.js';

const MONDAY = at('2026-03-02', '10:00');
const REVIEWERS = ['wang', 'li', 'zhang'];

/** start → sign (会签) → next → end, with the given multi-instance settings. */
async function countersign(mi: Parameters<typeof multiInstance>[0], assignee = '=reviewer'): Promise<ProcessModel> {
  return compile(
    processXml(
      [
        start(),
        userTask('sign', { name: '会签', 'gov:timeLimit': '2', 'gov:assignee': assignee }, multiInstance(mi)),
        userTask('next', { 'gov:timeLimit': '1', 'gov:assignee': 'chief' }),
        end(),
        chain('start', 'sign', 'next', 'end'),
      ].join('\n'),
    ),
  );
}

describe('engine / runtime: multi-instance user task (会签)', () => {
  it('given a parallel countersign over a collection, when it opens, then one task per reviewer is assigned by =reviewer', async () => {
    const model = await countersign({ collection: 'reviewers', elementVariable: 'reviewer' });
    const c = CaseDriver.start(model, MONDAY, { variables: { reviewers: REVIEWERS } });
    const tasks = c.tasks('sign');
    expect(tasks.map((t) => t.assignee)).to.deep.equal(REVIEWERS);
    expect(tasks.map((t) => t.instance)).to.deep.equal([1, 2, 3]);
    expect(tasks.map((t) => t.item)).to.deep.equal(REVIEWERS);
    expect(new Set(tasks.map((t) => t.token)).size).to.equal(1);
  });

  it('given a parallel countersign with nrOfCompletedInstances >= 2, when two have signed, then the third is cancelled and the case moves on', async () => {
    const model = await countersign({
      collection: 'reviewers',
      elementVariable: 'reviewer',
      completion: 'nrOfCompletedInstances >= 2',
    });
    const c = CaseDriver.start(model, MONDAY, { variables: { reviewers: REVIEWERS } });
    const signing = c.tasks('sign');
    const [wang, li, zhang] = [nth(signing, 0), nth(signing, 1), nth(signing, 2)];
    c.completeTask(wang);
    expect(c.tasks('sign')).to.have.length(2);
    expect(c.openSteps()).to.not.include('next');
    const events = c.completeTask(li);
    const cancelled = events.filter((e) => e.type === 'task.cancelled');
    expect(cancelled.map((e) => e.data['taskId'])).to.deep.equal([zhang.id]);
    expect(cancelled[0]?.data['reason']).to.equal('completion-condition');
    expect(c.openSteps()).to.deep.equal(['next']);
  });

  it('given a parallel countersign without completion condition, when all have signed, then the case moves on only after the last', async () => {
    const model = await countersign({ collection: 'reviewers', elementVariable: 'reviewer' });
    const c = CaseDriver.start(model, MONDAY, { variables: { reviewers: REVIEWERS } });
    for (const task of c.tasks('sign').slice(0, 2)) c.completeTask(task);
    expect(c.openSteps()).to.deep.equal(['sign']);
    c.completeTask(nth(c.tasks('sign'), 0));
    expect(c.openSteps()).to.deep.equal(['next']);
  });

  it('given a sequential countersign over a collection, when each signs, then the next reviewer gets the task in order', async () => {
    const model = await countersign({ sequential: true, collection: 'reviewers', elementVariable: 'reviewer' });
    const c = CaseDriver.start(model, MONDAY, { variables: { reviewers: REVIEWERS } });
    const seen: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const task = c.task('sign');
      seen.push(`${task.instance}:${task.assignee}`);
      c.completeTask(task);
    }
    expect(seen).to.deep.equal(['1:wang', '2:li', '3:zhang']);
    expect(c.openSteps()).to.deep.equal(['next']);
  });

  it('given a sequential countersign that stops at the first rejection, when the second rejects, then the third never opens', async () => {
    const model = await countersign({
      sequential: true,
      collection: 'reviewers',
      elementVariable: 'reviewer',
      completion: 'some x in outcomes satisfies x = "reject"',
    });
    const c = CaseDriver.start(model, MONDAY, { variables: { reviewers: REVIEWERS } });
    c.complete('sign', { outcome: 'approve' });
    c.complete('sign', { outcome: 'reject' });
    expect(c.openSteps()).to.deep.equal(['next']);
    expect(c.events.filter((e) => e.type === 'task.created' && e.data['elementId'] === 'sign')).to.have.length(2);
  });

  it('given a sequential countersign by cardinality 3, when it runs, then three instances open one at a time', async () => {
    const model = await countersign({ sequential: true, cardinality: '3' }, 'clerk');
    const c = CaseDriver.start(model, MONDAY);
    for (let i = 1; i <= 3; i += 1) {
      expect(c.task('sign').instance).to.equal(i);
      c.complete('sign');
    }
    expect(c.openSteps()).to.deep.equal(['next']);
  });

  it('given an empty collection, when the countersign is reached, then it is skipped', async () => {
    const model = await countersign({ collection: 'reviewers', elementVariable: 'reviewer' });
    const c = CaseDriver.start(model, MONDAY, { variables: { reviewers: [] } });
    expect(c.openSteps()).to.deep.equal(['next']);
  });

  it('given a collection that is not a list, when the countersign is reached, then MULTI_INSTANCE_INVALID', async () => {
    const model = await countersign({ collection: 'reviewers', elementVariable: 'reviewer' });
    expect(() => CaseDriver.start(model, MONDAY, { variables: { reviewers: 'wang' } }))
      .to.throw()
      .with.property('code', 'MULTI_INSTANCE_INVALID');
  });

  it('given a collection of 1,001 reviewers or a cardinality of 1,001, when the countersign is reached, then MULTI_INSTANCE_INVALID', async () => {
    const byList = await countersign({ collection: 'reviewers', elementVariable: 'reviewer' });
    const reviewers = Array.from({ length: 1001 }, (_, i) => `r${i}`);
    expect(() => CaseDriver.start(byList, MONDAY, { variables: { reviewers } }))
      .to.throw()
      .with.property('code', 'MULTI_INSTANCE_INVALID');
    const byCount = await countersign({ cardinality: 'n' }, 'clerk');
    expect(() => CaseDriver.start(byCount, MONDAY, { variables: { n: 1001 } }))
      .to.throw()
      .with.property('code', 'MULTI_INSTANCE_INVALID');
    expect(CaseDriver.start(byCount, MONDAY, { variables: { n: 2 } }).tasks('sign')).to.have.length(2);
  });

  it('given a reviewer who is not the instance assignee, when they complete it, then NOT_ELIGIBLE', async () => {
    const model = await countersign({ collection: 'reviewers', elementVariable: 'reviewer' });
    const c = CaseDriver.start(model, MONDAY, { variables: { reviewers: REVIEWERS } });
    const wangTask = nth(c.tasks('sign'), 0);
    c.reject({ type: 'complete', taskId: wangTask.id, actor: { id: 'li' } }, 'NOT_ELIGIBLE');
  });
});

describe('engine / runtime: service and send tasks', () => {
  it('given a service task and a send task, when the case passes them, then service.requested is emitted for each and the case moves on', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          userTask('t', { 'gov:timeLimit': '1', 'gov:assignee': 'u' }),
          el('serviceTask', 'archive', { name: '归档', 'gov:topic': 'archive.case' }),
          el('sendTask', 'notify', { name: '短信通知' }),
          userTask('after', { 'gov:timeLimit': '1', 'gov:assignee': 'u' }),
          end(),
          chain('start', 't', 'archive', 'notify', 'after', 'end'),
        ].join('\n'),
      ),
    );
    const c = CaseDriver.start(model, MONDAY);
    const events = c.complete('t');
    const requested = events.filter((e) => e.type === 'service.requested');
    expect(requested.map((e) => e.data)).to.deep.equal([
      { elementId: 'archive', name: '归档', kind: 'serviceTask', topic: 'archive.case' },
      { elementId: 'notify', name: '短信通知', kind: 'sendTask', topic: 'notify' },
    ]);
    expect(c.openSteps()).to.deep.equal(['after']);
  });
});

describe('engine / runtime: call activity (联办件)', () => {
  let model: ProcessModel;
  before(async () => {
    const dept = await compile(fixture('department-review'));
    model = await compile(fixture('joint-case'), {
      resolveCalledElement: (id) => (id === 'department-review' ? dept : undefined),
    });
  });

  it('given a joint case, when accepted, then each called department process starts in its own scope', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    expect(c.openSteps()).to.deep.equal(['labour/review', 'tax/review']);
    expect(c.state.scopes.map((s) => s.el).sort()).to.deep.equal(['labour', 'tax']);
    const started = c.events.filter((e) => e.type === 'scope.started');
    expect(started.map((e) => e.data['calledElement'])).to.deep.equal(['department-review', 'department-review']);
    expect(c.task('labour/review').candidateGroups).to.deep.equal(['dept']);
  });

  it('given a joint case, when one department finishes, then the caller waits for the other before issuing', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    c.complete('labour/review');
    const done = c.complete('labour/decide');
    expect(types(done)).to.include('scope.completed');
    expect(c.openSteps()).to.deep.equal(['tax/review']);
    c.complete('tax/review');
    expect(c.openSteps()).to.deep.equal(['tax/decide']);
    c.complete('tax/decide');
    expect(c.openSteps()).to.deep.equal(['issue']);
    expect(c.state.scopes).to.deep.equal([]);
    c.complete('issue');
    expect(c.state.status).to.equal('completed');
    expect(c.state.outcome).to.equal('办结');
  });
});
