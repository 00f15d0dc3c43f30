import { expect } from 'chai';
import type { ProcessModel } from '@govflow/engine';
import {
  chain,
  end,
  flow,
  gateway,
  multiInstance,
  processXml,
  start,
  subProcess,
  timerCatch,
  userTask,
} from './support/bpmn.js';
import { compile, fixture } from './support/harness.js';

/** A user task with a time limit in working days. */
const step = (id: string, days: number): string => userTask(id, { 'gov:timeLimit': String(days), 'gov:assignee': 'u' });

function slackOf(model: ProcessModel): Record<string, number> {
  return Object.fromEntries(model.userSteps.map((s) => [s.id, s.slack]));
}

function criticalOf(model: ProcessModel): string[] {
  return model.userSteps
    .filter((s) => s.critical)
    .map((s) => s.id)
    .sort();
}

describe('engine / compiler: critical path', () => {
  it('given five sequential steps, when compiled, then the critical path is their sum and every step is critical', async () => {
    const model = await compile(fixture('five-steps'));
    expect(model.criticalPath.totalDays).to.equal(7);
    expect(model.criticalPath.path).to.deep.equal(['start', 'accept', 'check', 'review', 'decide', 'deliver', 'end']);
    expect(slackOf(model)).to.deep.equal({ accept: 0, check: 0, review: 0, decide: 0, deliver: 0 });
    expect(criticalOf(model)).to.have.length(5);
  });

  it('given three parallel department reviews (5, 8, 3 days), when compiled, then the longest branch counts and the others have slack', async () => {
    const model = await compile(fixture('parallel-approval'));
    expect(model.criticalPath.totalDays).to.equal(1 + 8 + 1);
    expect(model.criticalPath.path).to.deep.equal([
      'start',
      'accept',
      'fork',
      'fire',
      'join',
      'decision',
      'issue',
      'approved',
    ]);
    expect(slackOf(model)).to.deep.equal({ accept: 0, market: 3, fire: 0, env: 5, issue: 0 });
    expect(criticalOf(model)).to.deep.equal(['accept', 'fire', 'issue']);
  });

  it('given exclusive alternatives (5 or 2 days) before a 1-day step, when compiled, then the longest alternative counts', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          gateway('exclusive', 'gw', 'toB'),
          step('a', 5),
          step('b', 2),
          gateway('exclusive', 'merge'),
          step('c', 1),
          end(),
          chain('start', 'gw'),
          flow('toA', 'gw', 'a', 'big = true'),
          flow('toB', 'gw', 'b'),
          chain('a', 'merge'),
          chain('b', 'merge'),
          chain('merge', 'c', 'end'),
        ].join('\n'),
      ),
    );
    expect(model.criticalPath.totalDays).to.equal(6);
    expect(model.criticalPath.path).to.deep.equal(['start', 'gw', 'a', 'merge', 'c', 'end']);
    expect(slackOf(model)).to.deep.equal({ a: 0, b: 3, c: 0 });
  });

  it('given a loop back to an earlier step, when compiled, then the loop is counted once', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          step('a', 2),
          step('b', 3),
          gateway('exclusive', 'gw', 'done'),
          end(),
          chain('start', 'a', 'b', 'gw'),
          flow('again', 'gw', 'a', 'redo = true'),
          flow('done', 'gw', 'end'),
        ].join('\n'),
      ),
    );
    expect(model.criticalPath.totalDays).to.equal(5);
    expect(slackOf(model)).to.deep.equal({ a: 0, b: 0 });
  });

  it('given a sub-process, when compiled, then it weighs its inner critical path and inner slack adds up with the outer one', async () => {
    const inner = [
      start('ss'),
      step('x', 2),
      gateway('parallel', 'innerFork'),
      step('y', 3),
      step('z', 1),
      gateway('parallel', 'innerJoin'),
      end('se'),
      chain('ss', 'x', 'innerFork', 'y', 'innerJoin', 'se'),
      chain('innerFork', 'z', 'innerJoin'),
    ].join('\n');
    const outer = (parallelDays: number): string =>
      processXml(
        [
          start(),
          gateway('parallel', 'fork'),
          subProcess('sub', inner),
          step('q', parallelDays),
          gateway('parallel', 'join'),
          step('w', 1),
          end(),
          chain('start', 'fork', 'sub', 'join', 'w', 'end'),
          chain('fork', 'q', 'join'),
        ].join('\n'),
      );
    const short = await compile(outer(2));
    expect(short.criticalPath.totalDays).to.equal(2 + 3 + 1);
    expect(short.criticalPath.path).to.deep.equal(['start', 'fork', 'sub', 'join', 'w', 'end']);
    expect(slackOf(short)).to.deep.equal({ x: 0, y: 0, z: 2, q: 3, w: 0 });

    const long = await compile(outer(8));
    expect(long.criticalPath.totalDays).to.equal(8 + 1);
    expect(slackOf(long)).to.deep.equal({ x: 3, y: 3, z: 5, q: 0, w: 0 });
  });

  it('given a call activity, when compiled, then it weighs the called process critical path', async () => {
    const dept = await compile(fixture('department-review'));
    expect(dept.criticalPath.totalDays).to.equal(5);
    const model = await compile(fixture('joint-case'), {
      resolveCalledElement: (id) => (id === 'department-review' ? dept : undefined),
    });
    expect(model.criticalPath.totalDays).to.equal(1 + 5 + 1);
    const steps = model.userSteps.map((s) => s.id).sort();
    expect(steps).to.deep.equal(['accept', 'issue', 'labour/decide', 'labour/review', 'tax/decide', 'tax/review']);
  });

  it('given a working-day timer catch between steps, when compiled, then its days count on the path', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          step('a', 1),
          timerCatch('wait', 'P2D'),
          step('b', 1),
          end(),
          chain('start', 'a', 'wait', 'b', 'end'),
        ].join('\n'),
      ),
    );
    expect(model.criticalPath.totalDays).to.equal(4);
  });

  it('given a sequential 3-instance countersign of 2 days, when compiled, then it weighs 6 days; a parallel one weighs 2', async () => {
    const sequential = await compile(
      processXml(
        [
          start(),
          step('sign', 2).replace(' />', `>${multiInstance({ sequential: true, cardinality: '3' })}</bpmn:userTask>`),
          end(),
          chain('start', 'sign', 'end'),
        ].join('\n'),
      ),
    );
    expect(sequential.criticalPath.totalDays).to.equal(6);
    const parallel = await compile(
      processXml(
        [
          start(),
          step('sign', 2).replace(' />', `>${multiInstance({ cardinality: '3' })}</bpmn:userTask>`),
          end(),
          chain('start', 'sign', 'end'),
        ].join('\n'),
      ),
    );
    expect(parallel.criticalPath.totalDays).to.equal(2);
  });

  it('given half-day steps, when compiled, then the total keeps the halves', async () => {
    const model = await compile(
      processXml([start(), step('a', 0.5), step('b', 1.5), end(), chain('start', 'a', 'b', 'end')].join('\n')),
    );
    expect(model.criticalPath.totalDays).to.equal(2);
  });

  it('given a critical path longer than the promised limit, when compiled, then a warning says so', async () => {
    const { compileProcess } = await import('@govflow/engine');
    const { warnings } = await compileProcess(
      processXml([start(), step('a', 5), end(), chain('start', 'a', 'end')].join('\n'), { 'gov:promisedDays': '3' }),
    );
    expect(warnings.map((w) => w.rule)).to.deep.equal(['critical-path-exceeds-promised']);
  });
});

describe('engine / compiler: return targets (退回)', () => {
  const targets = (model: ProcessModel, id: string): string[] =>
    [...(model.elements[id]?.step?.returnTargets ?? [])].sort();

  it('given five sequential steps, when compiled, then each step may return to every earlier step and the first to none', async () => {
    const model = await compile(fixture('five-steps'));
    expect(targets(model, 'accept')).to.deep.equal([]);
    expect(targets(model, 'review')).to.deep.equal(['accept', 'check']);
    expect(targets(model, 'deliver')).to.deep.equal(['accept', 'check', 'decide', 'review']);
  });

  it('given parallel branches, when compiled, then a branch step may not return across the fork and a step after the join not across the join', async () => {
    const model = await compile(fixture('parallel-approval'));
    expect(targets(model, 'market')).to.deep.equal([]);
    expect(targets(model, 'fire')).to.deep.equal([]);
    expect(targets(model, 'issue')).to.deep.equal([]);
  });

  it('given steps in one parallel branch, when compiled, then a later step may return to the earlier one of its own branch only', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          step('accept', 1),
          gateway('parallel', 'fork'),
          step('a1', 1),
          step('a2', 1),
          step('b1', 1),
          gateway('parallel', 'join'),
          end(),
          chain('start', 'accept', 'fork', 'a1', 'a2', 'join', 'end'),
          chain('fork', 'b1', 'join'),
        ].join('\n'),
      ),
    );
    expect(targets(model, 'a2')).to.deep.equal(['a1']);
    expect(targets(model, 'b1')).to.deep.equal([]);
  });

  it('given exclusive alternatives, when compiled, then a step after the merge may return to either alternative', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          gateway('exclusive', 'gw', 'toB'),
          step('a', 1),
          step('b', 1),
          step('c', 1),
          end(),
          chain('start', 'gw'),
          flow('toA', 'gw', 'a', 'x = 1'),
          flow('toB', 'gw', 'b'),
          chain('a', 'c'),
          chain('b', 'c'),
          chain('c', 'end'),
        ].join('\n'),
      ),
    );
    expect(targets(model, 'c')).to.deep.equal(['a', 'b']);
  });

  it('given an escalation path, when compiled, then the step after it may return to the escalated step and the lead step', async () => {
    const model = await compile(fixture('escalation'));
    expect(targets(model, 'inspect')).to.deep.equal(['leadReview', 'review']);
  });
});
