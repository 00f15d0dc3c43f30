import { expect } from 'chai';
import type { ProcessModel } from '@govflow/engine';
import { at, CaseDriver, compile, fixture, types, untyped } from './support/harness.js';

const MONDAY = at('2026-03-02', '10:00');
const WINDOW_A = { id: 'window-a', groups: ['window'] };
const WINDOW_B = { id: 'window-b', groups: ['window'] };
const OUTSIDER = { id: 'outsider', groups: ['tax'] };
const ALL_MATERIALS = ['id-card', 'application-form'];

describe('engine / commands: claim (签收)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  it('given a task of the window group, when a window clerk claims it, then it is theirs and task.claimed records who', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    const events = c.apply({ type: 'claim', taskId, actor: WINDOW_A });
    expect(c.task('accept').claimedBy).to.equal('window-a');
    expect(events.map((e) => [e.type, e.by])).to.deep.equal([['task.claimed', 'window-a']]);
  });

  it('given a claimed task, when a second clerk of the group claims it, then TASK_ALREADY_CLAIMED and the state is untouched', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    c.apply({ type: 'claim', taskId, actor: WINDOW_A });
    const error = c.reject({ type: 'claim', taskId, actor: WINDOW_B }, 'TASK_ALREADY_CLAIMED');
    expect(error.message).to.contain('window-a');
  });

  it('given a task one already claimed, when claimed again, then nothing happens: no second task.claimed', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    c.apply({ type: 'claim', taskId, actor: WINDOW_A });
    expect(c.apply({ type: 'claim', taskId, actor: WINDOW_A })).to.deep.equal([]);
    expect(c.task('accept').claimedBy).to.equal('window-a');
  });

  it('given a claimed task, when another clerk of the group tries to complete it, then NOT_ELIGIBLE', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    c.apply({ type: 'claim', taskId, actor: WINDOW_A });
    c.reject({ type: 'complete', taskId, actor: WINDOW_B, verifiedMaterials: ALL_MATERIALS }, 'NOT_ELIGIBLE');
  });

  it('given a group task, when someone outside the group claims it, then NOT_ELIGIBLE', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.reject({ type: 'claim', taskId: c.task('accept').id, actor: OUTSIDER }, 'NOT_ELIGIBLE');
  });

  it('given an unknown task id, when claimed, then TASK_CLOSED', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.reject({ type: 'claim', taskId: 't999', actor: WINDOW_A }, 'TASK_CLOSED');
  });

  it('given an actor without id, when claiming, then COMMAND_INVALID', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.reject({ type: 'claim', taskId: c.task('accept').id, actor: { id: '' } }, 'COMMAND_INVALID');
  });
});

describe('engine / commands: complete (办理)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  it('given a step assigned to reviewer1, when someone else completes it, then NOT_ELIGIBLE', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    c.reject({ type: 'complete', taskId: c.task('check').id, actor: { id: 'reviewer2' } }, 'NOT_ELIGIBLE');
  });

  it('given a completed task, when completed again, then TASK_CLOSED', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    c.complete('accept');
    c.reject({ type: 'complete', taskId, actor: WINDOW_A, verifiedMaterials: ALL_MATERIALS }, 'TASK_CLOSED');
  });

  it('given a sign-off step, when completed without an opinion, then OPINION_REQUIRED', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    c.complete('check');
    const taskId = c.task('review').id;
    const actor = { id: 'sec', groups: ['section'] };
    c.reject({ type: 'complete', taskId, actor }, 'OPINION_REQUIRED');
    c.reject({ type: 'complete', taskId, actor, opinion: '   ' }, 'OPINION_REQUIRED');
    const events = c.apply({ type: 'complete', taskId, actor, opinion: '  材料齐全，同意  ' });
    expect(events[0]?.data).to.deep.include({ opinion: '材料齐全，同意' });
  });

  it('given a step that needs two materials verified, when one is missing, then MATERIALS_NOT_VERIFIED lists it', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    const error = c.reject(
      { type: 'complete', taskId, actor: WINDOW_A, verifiedMaterials: ['id-card'] },
      'MATERIALS_NOT_VERIFIED',
    );
    expect(error.details['missing']).to.deep.equal(['application-form']);
    const none = c.reject({ type: 'complete', taskId, actor: WINDOW_A }, 'MATERIALS_NOT_VERIFIED');
    expect(none.details['missing']).to.deep.equal(ALL_MATERIALS);
  });

  it('given a material this case does not need (exempt by the catalog), when the other is verified, then the step completes and the event says which was exempt', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    const events = c.apply({
      type: 'complete',
      taskId,
      actor: WINDOW_A,
      verifiedMaterials: ['id-card'],
      exemptMaterials: ['application-form', 'not-a-step-material'],
    });
    expect(events[0]?.data).to.deep.include({ verifiedMaterials: ['id-card'], exemptMaterials: ['application-form'] });
    const fresh = CaseDriver.start(model, MONDAY);
    const bad = {
      type: 'complete',
      taskId: fresh.task('accept').id,
      actor: WINDOW_A,
      exemptMaterials: 'application-form',
    };
    fresh.reject(untyped(bad), 'COMMAND_INVALID');
  });

  it('given all materials verified and variables, when completed, then the event records them and the variables join the case', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    const events = c.apply({
      type: 'complete',
      taskId,
      actor: WINDOW_A,
      verifiedMaterials: ALL_MATERIALS,
      outcome: 'accepted',
      variables: { applicantType: 'person' },
    });
    expect(events[0]).to.deep.include({ type: 'task.completed', by: 'window-a' });
    expect(events[0]?.data).to.deep.include({
      taskId,
      elementId: 'accept',
      outcome: 'accepted',
      overdue: false,
      verifiedMaterials: ALL_MATERIALS,
    });
    expect(c.state.variables).to.deep.equal({ applicantType: 'person', outcome: 'accepted' });
  });

  it('given a late completion, when the step deadline has passed, then task.completed says overdue', () => {
    const c = CaseDriver.start(model, MONDAY);
    const events = c.complete('accept', {}, at('2026-03-04', '09:00'));
    expect(events[0]?.data['overdue']).to.equal(true);
  });

  it('given variables with an unsafe key or an outcome that is not text, when completing, then COMMAND_INVALID', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    const base = { type: 'complete', taskId, actor: WINDOW_A, verifiedMaterials: ALL_MATERIALS } as const;
    c.reject({ ...base, variables: { $where: 'x' } }, 'COMMAND_INVALID');
    c.reject({ ...base, outcome: 42 as unknown as string }, 'COMMAND_INVALID');
    c.reject({ ...base, verifiedMaterials: 'id-card' as unknown as string[] }, 'COMMAND_INVALID');
  });
});

describe('engine / commands: return (退回)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  /** A case at the review step. */
  function atReview(): CaseDriver {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    c.complete('check', {}, at('2026-03-03'));
    return c;
  }
  const SECTION = { id: 'sec', groups: ['section'] };

  it('given the review step, when returned without a reason, then REASON_REQUIRED', () => {
    const c = atReview();
    const taskId = c.task('review').id;
    c.reject({ type: 'return', taskId, actor: SECTION, to: 'accept', reason: '' }, 'REASON_REQUIRED');
    c.reject(untyped({ type: 'return', taskId, actor: SECTION, to: 'accept' }), 'REASON_REQUIRED');
  });

  it('given the review step, when returned to a later or unknown step, then RETURN_TARGET_INVALID lists the allowed ones', () => {
    const c = atReview();
    const taskId = c.task('review').id;
    const later = c.reject(
      { type: 'return', taskId, actor: SECTION, to: 'decide', reason: '退回' },
      'RETURN_TARGET_INVALID',
    );
    expect([...(later.details['allowed'] as string[])].sort()).to.deep.equal(['accept', 'check']);
    c.reject({ type: 'return', taskId, actor: SECTION, to: 'nowhere', reason: '退回' }, 'RETURN_TARGET_INVALID');
    c.reject({ type: 'return', taskId, actor: SECTION, to: 'review', reason: '退回' }, 'RETURN_TARGET_INVALID');
  });

  it('given the review step, when someone outside its group returns it, then NOT_ELIGIBLE', () => {
    const c = atReview();
    c.reject(
      { type: 'return', taskId: c.task('review').id, actor: OUTSIDER, to: 'accept', reason: '材料不清' },
      'NOT_ELIGIBLE',
    );
  });

  it('given the review step, when returned to acceptance with a reason, then acceptance reopens as a new task with a new deadline', () => {
    const c = atReview();
    const review = c.task('review');
    const firstAccept = c.events.find((e) => e.type === 'task.created' && e.data['elementId'] === 'accept');
    const events = c.apply(
      { type: 'return', taskId: review.id, actor: SECTION, to: 'accept', reason: '身份证复印件不清晰' },
      at('2026-03-04', '09:00'),
    );
    expect(types(events)).to.deep.equal(['task.returned', 'task.created']);
    expect(events[0]?.data).to.deep.include({ taskId: review.id, to: 'accept', reason: '身份证复印件不清晰' });
    expect(events[0]?.by).to.equal('sec');
    expect(c.openSteps()).to.deep.equal(['accept']);
    const reopened = c.task('accept');
    expect(reopened.id).to.not.equal(firstAccept?.data['taskId']);
    expect(reopened.startedAt).to.equal('2026-03-04T09:00:00.000+08:00');
    expect(reopened.dueAt).to.equal('2026-03-06T00:00:00.000+08:00');
    expect(c.state.tokens.map((t) => t.el)).to.deep.equal(['accept']);
    c.complete('accept');
    expect(c.openSteps()).to.deep.equal(['check']);
  });

  it('given a parallel department review, when it is returned to acceptance across the fork, then RETURN_TARGET_INVALID', async () => {
    const parallel = await compile(fixture('parallel-approval'));
    const c = CaseDriver.start(parallel, MONDAY);
    c.complete('accept');
    c.reject(
      {
        type: 'return',
        taskId: c.task('market').id,
        actor: { id: 'm', groups: ['market'] },
        to: 'accept',
        reason: '退回',
      },
      'RETURN_TARGET_INVALID',
    );
  });
});

describe('engine / commands: transfer (转办)', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  it('given a step assigned to reviewer1, when transferred to reviewer2, then only reviewer2 may complete it', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    const taskId = c.task('check').id;
    const events = c.apply({
      type: 'transfer',
      taskId,
      actor: { id: 'reviewer1' },
      to: { assignee: 'reviewer2' },
      reason: '出差',
    });
    expect(events.map((e) => [e.type, e.by])).to.deep.equal([['task.transferred', 'reviewer1']]);
    expect(events[0]?.data).to.deep.include({ assignee: 'reviewer2', reason: '出差' });
    expect(c.task('check').assignee).to.equal('reviewer2');
    c.reject({ type: 'complete', taskId, actor: { id: 'reviewer1' } }, 'NOT_ELIGIBLE');
    c.apply({ type: 'complete', taskId, actor: { id: 'reviewer2' } });
    expect(c.openSteps()).to.deep.equal(['review']);
  });

  it('given a claimed group task, when transferred to another group, then the claim is dropped and the new group may claim', () => {
    const c = CaseDriver.start(model, MONDAY);
    const taskId = c.task('accept').id;
    c.apply({ type: 'claim', taskId, actor: WINDOW_A });
    c.apply({ type: 'transfer', taskId, actor: WINDOW_A, to: { candidateGroups: ['town-window'] } });
    const task = c.task('accept');
    expect(task.claimedBy).to.equal(undefined);
    expect(task.candidateGroups).to.deep.equal(['town-window']);
    c.reject({ type: 'claim', taskId, actor: WINDOW_A }, 'NOT_ELIGIBLE');
    c.apply({ type: 'claim', taskId, actor: { id: 'town-1', groups: ['town-window'] } });
  });

  it('given a transfer with nobody to hand to, or by someone not on the task, then COMMAND_INVALID or NOT_ELIGIBLE', () => {
    const c = CaseDriver.start(model, MONDAY);
    c.complete('accept');
    const taskId = c.task('check').id;
    c.reject({ type: 'transfer', taskId, actor: { id: 'reviewer1' }, to: {} }, 'COMMAND_INVALID');
    c.reject({ type: 'transfer', taskId, actor: { id: 'reviewer1' }, to: { assignee: '  ' } }, 'COMMAND_INVALID');
    c.reject({ type: 'transfer', taskId, actor: { id: 'someone' }, to: { assignee: 'reviewer2' } }, 'NOT_ELIGIBLE');
  });
});
