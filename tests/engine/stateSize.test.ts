import { expect } from 'chai';
import type { ProcessModel } from '@govflow/engine';
import { at, CaseDriver, compile, fixture } from './support/harness.js';

const LIMIT = 2 * 1024;
const bytes = (c: CaseDriver): number => Buffer.byteLength(JSON.stringify(c.state), 'utf8');

describe('engine / state size', () => {
  let model: ProcessModel;
  before(async () => {
    model = await compile(fixture('five-steps'));
  });

  it('given the five-step case, when it waits at each step (claimed, signalled, stopped and resumed), then its JSON state stays under 2 KB', () => {
    const c = CaseDriver.start(model, at('2026-03-02', '10:00'), {
      caseId: 'GF-2026-000123',
      applicantId: 'applicant-000123',
    });
    const sizes: number[] = [bytes(c)];
    const steps = ['accept', 'check', 'review', 'decide', 'deliver'];
    for (const [i, id] of steps.entries()) {
      const task = c.task(id);
      c.apply({
        type: 'claim',
        taskId: task.id,
        actor: { id: task.assignee ?? 'window-a', groups: task.candidateGroups ?? [] },
      });
      sizes.push(bytes(c));
      c.fire(`${task.id}:yellow`);
      sizes.push(bytes(c));
      if (i === 1) {
        c.apply({
          type: 'stopClock',
          actor: { id: 'window-a' },
          kind: 'supplement',
          reason: '补正身份证明',
          basis: '行政许可法第三十二条',
          expectedDays: 5,
        });
        sizes.push(bytes(c));
        c.apply({ type: 'resumeClock', actor: { id: 'window-a' } }, at('2026-03-05', '10:00'));
        sizes.push(bytes(c));
      }
      if (i < steps.length - 1) c.complete(id);
    }
    expect(c.state.status).to.equal('running');
    expect(Math.max(...sizes), `sizes ${sizes.join(', ')}`).to.be.below(LIMIT);
  });
});
