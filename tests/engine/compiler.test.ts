import { expect } from 'chai';
import { compileProcess, ModelInvalidError, type ProcessModel } from '@govflow/engine';
import {
  boundaryTimer,
  callActivity,
  chain,
  definitions,
  el,
  end,
  flow,
  gateway,
  multiInstance,
  processEl,
  processXml,
  start,
  subProcess,
  timerCatch,
  timerDefinition,
  userTask,
} from './support/bpmn.js';
import { compile, compileError, fixture, rules } from './support/harness.js';
import { problem } from './support/problems.js';

const departmentXml = processXml(
  [start('s'), userTask('d1', { 'gov:timeLimit': '3' }), end('e'), chain('s', 'd1', 'e')].join('\n'),
  {},
  'dept',
);

/** A model using every supported element kind once. */
const everyElementXml = processXml(
  [
    start('start'),
    userTask('task', { 'gov:timeLimit': '1', 'gov:assignee': 'u1' }),
    el('serviceTask', 'notify', { 'gov:topic': 'sms' }),
    el('sendTask', 'mail'),
    gateway('exclusive', 'xor', 'xorDefault'),
    gateway('parallel', 'fork'),
    gateway('parallel', 'join'),
    gateway('inclusive', 'orSplit'),
    gateway('inclusive', 'orJoin'),
    subProcess(
      'sub',
      [
        start('subStart'),
        userTask('inner', { 'gov:timeLimit': '1' }),
        end('subEnd'),
        chain('subStart', 'inner', 'subEnd'),
      ].join('\n'),
    ),
    callActivity('call', 'dept'),
    timerCatch('wait', 'P1D'),
    boundaryTimer('late', 'task', 'P2D'),
    end('lateEnd'),
    end('end'),
    end('stop', { terminate: true }),
    chain('start', 'task', 'notify', 'mail', 'xor'),
    flow('xorDefault', 'xor', 'fork'),
    flow('xorStop', 'xor', 'stop', 'cancel = true'),
    chain('fork', 'sub', 'join'),
    chain('fork', 'call', 'join'),
    chain('join', 'orSplit'),
    flow('orA', 'orSplit', 'wait', 'a = true'),
    flow('orB', 'orSplit', 'orJoin', 'b = true'),
    chain('wait', 'orJoin', 'end'),
    chain('late', 'lateEnd'),
  ].join('\n'),
);

describe('engine / compiler: supported elements', () => {
  let model: ProcessModel;
  before(async () => {
    const dept = await compile(departmentXml);
    model = await compile(everyElementXml, { resolveCalledElement: (id) => (id === 'dept' ? dept : undefined) });
  });

  const kinds: Array<[string, string]> = [
    ['start', 'startEvent'],
    ['end', 'endEvent'],
    ['task', 'userTask'],
    ['notify', 'serviceTask'],
    ['mail', 'sendTask'],
    ['xor', 'exclusiveGateway'],
    ['fork', 'parallelGateway'],
    ['orSplit', 'inclusiveGateway'],
    ['sub', 'subProcess'],
    ['call', 'callActivity'],
    ['wait', 'timerCatch'],
    ['late', 'boundaryTimer'],
  ];
  for (const [id, kind] of kinds) {
    it(`given a model with a ${kind}, when compiled, then ${id} is a ${kind}`, () => {
      expect(model.elements[id]?.kind).to.equal(kind);
    });
  }

  it('given a terminate end event, when compiled, then it is marked terminate and a none end is not', () => {
    expect(model.elements['stop']?.terminate).to.equal(true);
    expect(model.elements['end']?.terminate).to.equal(false);
  });

  it('given a boundary timer, when compiled, then it is attached to its host and armed by it', () => {
    expect(model.elements['late']?.attachedTo).to.equal('task');
    expect(model.elements['late']?.interrupting).to.equal(true);
    expect(model.elements['task']?.boundaries).to.deep.equal(['late']);
    expect(model.elements['late']?.duration).to.deep.equal({ days: 2, hours: 0, calendar: false, text: 'P2D' });
  });

  it('given a gateway default flow and a condition, when compiled, then the flows carry them', () => {
    const xor = model.elements['xor'];
    expect(xor?.outgoing.find((f) => f.id === 'xorDefault')?.isDefault).to.equal(true);
    expect(xor?.outgoing.find((f) => f.id === 'xorStop')?.condition).to.equal('cancel = true');
  });

  it('given a call activity and a resolver, when compiled, then the called process is embedded under the call id', () => {
    expect(model.elements['call']?.start).to.equal('call/s');
    expect(model.elements['call/d1']?.container).to.equal('call');
    expect(model.elements['call/d1']?.step?.timeLimit).to.equal(3);
  });

  it('given a service task with gov:topic, when compiled, then the topic is kept', () => {
    expect(model.elements['notify']?.topic).to.equal('sms');
  });

  it('given a compiled model, when one tries to change it, then it is frozen', () => {
    expect(Object.isFrozen(model)).to.equal(true);
    expect(Object.isFrozen(model.elements['task'])).to.equal(true);
  });

  it('given all the gov: attributes of a user task, when compiled, then the step carries each of them', async () => {
    const m = await compile(
      processXml(
        [
          start(),
          userTask('t', {
            'gov:timeLimit': '2.5',
            'gov:assignee': '=owner',
            'gov:candidateGroups': 'a, b',
            'gov:materials': 'id-card,licence',
            'gov:signOff': 'true',
            'gov:formKey': 'form-1',
            'gov:stepKind': '踏勘',
            'gov:orgLevel': 'town',
            'gov:yellowDaysLeft': '1',
            'gov:redDaysLeft': '0.5',
          }),
          end(),
          chain('start', 't', 'end'),
        ].join('\n'),
      ),
    );
    expect(m.elements['t']?.step).to.deep.include({
      timeLimit: 2.5,
      assignee: '=owner',
      candidateGroups: ['a', 'b'],
      materials: ['id-card', 'licence'],
      signOff: true,
      formKey: 'form-1',
      stepKind: '踏勘',
      orgLevel: 'town',
      yellowDaysLeft: 1,
      redDaysLeft: 0.5,
    });
  });

  it('given a multi-instance user task with a collection, when compiled, then its settings are kept', async () => {
    const m = await compile(
      processXml(
        [
          start(),
          userTask(
            'sign',
            {},
            multiInstance({
              collection: 'reviewers',
              elementVariable: 'reviewer',
              completion: 'nrOfCompletedInstances >= 2',
            }),
          ),
          end(),
          chain('start', 'sign', 'end'),
        ].join('\n'),
      ),
    );
    expect(m.elements['sign']?.step?.multiInstance).to.deep.equal({
      sequential: false,
      collection: 'reviewers',
      elementVariable: 'reviewer',
      completionCondition: 'nrOfCompletedInstances >= 2',
    });
  });

  it('given the demo five-step fixture, when compiled, then its user steps are listed in order with no warnings', async () => {
    const { model: m, warnings } = await compileProcess(fixture('five-steps'));
    expect(m.userSteps.map((s) => s.id)).to.deep.equal(['accept', 'check', 'review', 'decide', 'deliver']);
    expect(m.itemCode).to.equal('T-005');
    expect(m.limits).to.deep.equal({ unit: 'working', promisedDays: 7, statutoryDays: 20 });
    expect(warnings).to.deep.equal([]);
  });

  it('given a step with no limit and nobody responsible, when compiled, then it compiles with two warnings', async () => {
    const { warnings } = await compileProcess(
      processXml([start(), userTask('t'), end(), chain('start', 't', 'end')].join('\n')),
    );
    expect(warnings.map((w) => `${w.rule}@${w.elementId}`)).to.deep.equal([
      'time-limit-missing@t',
      'assignee-missing@t',
    ]);
  });
});

/** A valid process body around one element under test, wired start → x → end. */
function around(element: string, id = 'x'): string {
  return processXml([start(), element, end(), chain('start', id, 'end')].join('\n'));
}

describe('engine / compiler: rules', () => {
  it('given a script task, when compiled, then unsupported-element names it', async () => {
    const error = await compileError(around(el('scriptTask', 'x')));
    expect(problem(error, 'unsupported-element', 'x').message).to.contain('脚本任务');
  });

  it('given a message start event, when compiled, then unsupported-element names it', async () => {
    const xml = processXml(
      [
        `<bpmn:startEvent id="start"><bpmn:messageEventDefinition /></bpmn:startEvent>`,
        end(),
        chain('start', 'end'),
      ].join('\n'),
    );
    const error = await compileError(xml);
    problem(error, 'unsupported-element', 'start');
  });

  it('given a message intermediate catch event, when compiled, then unsupported-element names it', async () => {
    const error = await compileError(around(el('intermediateCatchEvent', 'x', {}, '<bpmn:messageEventDefinition />')));
    problem(error, 'unsupported-element', 'x');
  });

  for (const type of [
    'businessRuleTask',
    'manualTask',
    'receiveTask',
    'task',
    'complexGateway',
    'intermediateThrowEvent',
  ]) {
    it(`given a ${type}, when compiled, then unsupported-element names it`, async () => {
      const error = await compileError(around(el(type, 'x')));
      problem(error, 'unsupported-element', 'x');
    });
  }

  it('given an event sub-process, when compiled, then unsupported-element names it', async () => {
    const xml = processXml(
      [
        start(),
        userTask('t', { 'gov:timeLimit': '1', 'gov:assignee': 'u' }),
        end(),
        chain('start', 't', 'end'),
        `<bpmn:subProcess id="evt" triggeredByEvent="true">${start('es')}${end('ee')}${chain('es', 'ee')}</bpmn:subProcess>`,
      ].join('\n'),
    );
    problem(await compileError(xml), 'unsupported-element', 'evt');
  });

  it('given no start event, when compiled, then start-event-required names the process', async () => {
    const error = await compileError(processXml([userTask('t'), end(), chain('t', 'end')].join('\n')));
    problem(error, 'start-event-required', 'p');
  });

  it('given no end event, when compiled, then end-event-required names the process', async () => {
    const error = await compileError(processXml([start(), userTask('t'), chain('start', 't')].join('\n')));
    problem(error, 'end-event-required', 'p');
  });

  it('given a sub-process without start and end, when compiled, then both are reported on the sub-process', async () => {
    const error = await compileError(around(subProcess('x', userTask('inner'))));
    problem(error, 'start-event-required', 'x');
    problem(error, 'end-event-required', 'x');
  });

  it('given two start events, when compiled, then single-start-event names the second', async () => {
    const xml = processXml([start('s1'), start('s2'), end(), chain('s1', 'end'), flow('f2', 's2', 'end')].join('\n'));
    problem(await compileError(xml), 'single-start-event', 's2');
  });

  it('given an element only reached from itself, when compiled, then unreachable names it', async () => {
    const xml = processXml(
      [start(), end(), chain('start', 'end'), userTask('island'), flow('loop', 'island', 'island')].join('\n'),
    );
    const error = await compileError(xml);
    problem(error, 'unreachable', 'island');
  });

  it('given an element with no incoming flow, when compiled, then no-incoming names it', async () => {
    const xml = processXml(
      [start(), end(), chain('start', 'end'), userTask('orphan'), flow('f9', 'orphan', 'end')].join('\n'),
    );
    problem(await compileError(xml), 'no-incoming', 'orphan');
  });

  it('given a cycle with no way out, when compiled, then no-exit names every element of the cycle', async () => {
    const xml = processXml(
      [
        start(),
        gateway('exclusive', 'gw', 'toA'),
        userTask('a'),
        userTask('b'),
        end(),
        flow('f1', 'start', 'gw'),
        flow('toEnd', 'gw', 'end', 'done = true'),
        flow('toA', 'gw', 'a'),
        flow('ab', 'a', 'b'),
        flow('ba', 'b', 'a'),
      ].join('\n'),
    );
    const error = await compileError(xml);
    problem(error, 'no-exit', 'a');
    problem(error, 'no-exit', 'b');
    expect(
      error.problems
        .filter((p) => p.rule === 'no-exit')
        .map((p) => p.elementId)
        .sort(),
    ).to.deep.equal(['a', 'b']);
  });

  it('given an activity with no outgoing flow (a dead end), when compiled, then no-outgoing names it', async () => {
    const xml = processXml(
      [start(), userTask('t'), userTask('dead'), end(), chain('start', 't', 'end'), flow('f9', 't', 'dead')].join('\n'),
    );
    problem(await compileError(xml), 'no-outgoing', 'dead');
  });

  it('given an end event with an outgoing flow, when compiled, then end-event-outgoing names it', async () => {
    const xml = processXml([start(), end('e1'), end('e2'), chain('start', 'e1', 'e2')].join('\n'));
    problem(await compileError(xml), 'end-event-outgoing', 'e1');
  });

  it('given a flow into the start event, when compiled, then start-event-incoming names it', async () => {
    const xml = processXml(
      [start(), userTask('t'), end(), chain('start', 't', 'end'), flow('back', 't', 'start')].join('\n'),
    );
    problem(await compileError(xml), 'start-event-incoming', 'start');
  });

  it('given a branching gateway flow without condition that is not the default, when compiled, then condition-missing names the flow', async () => {
    const xml = processXml(
      [
        start(),
        gateway('exclusive', 'gw'),
        end('e1'),
        end('e2'),
        chain('start', 'gw'),
        flow('yes', 'gw', 'e1', 'ok = true'),
        flow('bare', 'gw', 'e2'),
      ].join('\n'),
    );
    const error = await compileError(xml);
    problem(error, 'condition-missing', 'bare');
    expect(error.problems.some((p) => p.elementId === 'yes')).to.equal(false);
  });

  it('given an inclusive gateway flow without condition that is not the default, when compiled, then condition-missing names it', async () => {
    const xml = processXml(
      [
        start(),
        gateway('inclusive', 'gw'),
        end('e1'),
        end('e2'),
        chain('start', 'gw'),
        flow('yes', 'gw', 'e1', 'ok = true'),
        flow('bare', 'gw', 'e2'),
      ].join('\n'),
    );
    problem(await compileError(xml), 'condition-missing', 'bare');
  });

  it('given a condition on a flow leaving a user task, when compiled, then condition-unsupported names the flow', async () => {
    const xml = processXml(
      [start(), userTask('t'), end(), chain('start', 't'), flow('cond', 't', 'end', 'x = 1')].join('\n'),
    );
    problem(await compileError(xml), 'condition-unsupported', 'cond');
  });

  for (const bad of ['amount >', 'foo(', '[1, 2', 'x + * y', 'if a then b']) {
    it(`given a condition with bad FEEL "${bad}", when compiled, then feel-syntax names the flow`, async () => {
      const xml = processXml(
        [
          start(),
          gateway('exclusive', 'gw', 'other'),
          end('e1'),
          end('e2'),
          chain('start', 'gw'),
          flow('bad', 'gw', 'e1', bad),
          flow('other', 'gw', 'e2'),
        ].join('\n'),
      );
      const p = problem(await compileError(xml), 'feel-syntax', 'bad');
      expect(p.message).to.contain(bad);
    });
  }

  it('given a condition calling today(), when compiled, then feel-syntax rejects reading the system clock', async () => {
    const xml = processXml(
      [
        start(),
        gateway('exclusive', 'gw', 'other'),
        end('e1'),
        end('e2'),
        chain('start', 'gw'),
        flow('clock', 'gw', 'e1', 'deadline < today()'),
        flow('other', 'gw', 'e2'),
      ].join('\n'),
    );
    const p = problem(await compileError(xml), 'feel-syntax', 'clock');
    expect(p.messageEn).to.contain('today()');
  });

  it('given a valid FEEL condition, when compiled, then no problem is reported for it', async () => {
    const xml = processXml(
      [
        start(),
        gateway('exclusive', 'gw', 'other'),
        end('e1'),
        end('e2'),
        chain('start', 'gw'),
        flow('ok', 'gw', 'e1', 'some x in outcomes satisfies x = "reject"'),
        flow('other', 'gw', 'e2'),
      ].join('\n'),
    );
    expect((await compile(xml)).elements['gw']?.outgoing).to.have.length(2);
  });

  it('given an assignee expression with bad FEEL, when compiled, then feel-syntax names the task', async () => {
    problem(await compileError(around(userTask('x', { 'gov:assignee': '=owner +' }))), 'feel-syntax', 'x');
  });

  for (const bad of ['1.3', 'abc', '0', '-1', '1e2', '']) {
    if (bad === '') continue;
    it(`given gov:timeLimit="${bad}", when compiled, then gov-attribute-value names the task`, async () => {
      const p = problem(
        await compileError(around(userTask('x', { 'gov:timeLimit': bad }))),
        'gov-attribute-value',
        'x',
      );
      expect(p.message).to.contain('gov:timeLimit').and.to.contain(bad);
      expect(p.messageEn).to.contain('timeLimit');
    });
  }

  it('given gov:timeLimit="0.5", when compiled, then the half day is accepted', async () => {
    const m = await compile(around(userTask('x', { 'gov:timeLimit': '0.5' })));
    expect(m.elements['x']?.step?.timeLimit).to.equal(0.5);
  });

  it('given an unknown gov:foo attribute, when compiled, then gov-attribute-unknown names the element', async () => {
    const p = problem(await compileError(around(userTask('x', { 'gov:foo': 'bar' }))), 'gov-attribute-unknown', 'x');
    expect(p.message).to.contain('gov:foo');
  });

  it('given an unknown gov: attribute on a sequence flow, when compiled, then gov-attribute-unknown names the flow', async () => {
    const xml = processXml(
      [start(), end(), '<bpmn:sequenceFlow id="f" sourceRef="start" targetRef="end" gov:weight="3" />'].join('\n'),
    );
    problem(await compileError(xml), 'gov-attribute-unknown', 'f');
  });

  it('given an unknown gov: attribute on a timer definition, when compiled, then the problem names the timer event', async () => {
    const xml = around(
      timerCatch('x', 'P1D').replace(
        '<bpmn:timerEventDefinition>',
        '<bpmn:timerEventDefinition gov:workingDays="true">',
      ),
    );
    problem(await compileError(xml), 'gov-attribute-unknown', 'x');
  });

  it('given gov:calendarDays="maybe" on a timer definition, when compiled, then gov-attribute-value names the timer event', async () => {
    const xml = around(
      timerCatch('x', 'P1D').replace(
        '<bpmn:timerEventDefinition>',
        '<bpmn:timerEventDefinition gov:calendarDays="maybe">',
      ),
    );
    problem(await compileError(xml), 'gov-attribute-value', 'x');
  });

  it('given a user task attribute on a gateway, when compiled, then gov-attribute-unknown names the gateway', async () => {
    const xml = around('<bpmn:exclusiveGateway id="x" gov:timeLimit="2" />');
    problem(await compileError(xml), 'gov-attribute-unknown', 'x');
  });

  it('given an unknown gov: attribute on the process, when compiled, then it is reported once', async () => {
    const xml = processXml([start(), end(), chain('start', 'end')].join('\n'), { 'gov:promisedDay': '5' });
    const error = await compileError(xml);
    problem(error, 'gov-attribute-unknown', 'p');
    expect(error.problems).to.have.length(1);
  });

  it('given a bad gov:stepKind, when compiled, then gov-attribute-value lists the allowed kinds', async () => {
    const p = problem(
      await compileError(around(userTask('x', { 'gov:stepKind': 'approve' }))),
      'gov-attribute-value',
      'x',
    );
    expect(p.message).to.contain('受理');
  });

  it('given a bad gov:orgLevel, when compiled, then gov-attribute-value names the task', async () => {
    const p = problem(
      await compileError(around(userTask('x', { 'gov:orgLevel': 'province' }))),
      'gov-attribute-value',
      'x',
    );
    expect(p.messageEn).to.contain('village');
  });

  it('given gov:signOff="yes", when compiled, then gov-attribute-value names the task', async () => {
    problem(await compileError(around(userTask('x', { 'gov:signOff': 'yes' }))), 'gov-attribute-value', 'x');
  });

  it('given a promised limit above the statutory one, when compiled, then promised-exceeds-statutory names the process', async () => {
    const xml = processXml([start(), end(), chain('start', 'end')].join('\n'), {
      'gov:promisedDays': '30',
      'gov:statutoryDays': '20',
    });
    problem(await compileError(xml), 'promised-exceeds-statutory', 'p');
  });

  for (const bad of ['P3X', 'R3/PT1H', 'three days', 'P0D', 'PT0H', 'P1.3D', 'P99999999999D', 'PT999999999H']) {
    it(`given a timer duration "${bad}", when compiled, then timer-duration names the timer`, async () => {
      problem(await compileError(around(timerCatch('x', bad))), 'timer-duration', 'x');
    });
  }

  it('given a timer with a timeDate, when compiled, then timer-duration names it', async () => {
    const xml = around(
      `<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDate xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression">2026-03-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`,
    );
    problem(await compileError(xml), 'timer-duration', 'x');
  });

  for (const good of ['P3D', 'P0.5D', 'PT4H', 'P1DT2H']) {
    it(`given a timer duration "${good}", when compiled, then it is accepted`, async () => {
      const m = await compile(around(timerCatch('x', good)));
      expect(m.elements['x']?.duration?.text).to.equal(good);
    });
  }

  it('given a boundary timer on a gateway, when compiled, then boundary-host names the boundary event', async () => {
    const xml = processXml(
      [
        start(),
        gateway('exclusive', 'gw'),
        end(),
        chain('start', 'gw', 'end'),
        boundaryTimer('b', 'gw', 'P1D'),
        end('e2'),
        chain('b', 'e2'),
      ].join('\n'),
    );
    problem(await compileError(xml), 'boundary-host', 'b');
  });

  it('given a multi-instance task without cardinality or collection, when compiled, then multi-instance-config names it', async () => {
    problem(await compileError(around(userTask('x', {}, multiInstance({})))), 'multi-instance-config', 'x');
  });

  it('given a standard loop on a user task, when compiled, then unsupported-loop names it', async () => {
    problem(
      await compileError(around(userTask('x', {}, '<bpmn:standardLoopCharacteristics />'))),
      'unsupported-loop',
      'x',
    );
  });

  it('given a multi-instance service task, when compiled, then unsupported-loop names it', async () => {
    problem(
      await compileError(around(el('serviceTask', 'x', {}, multiInstance({ cardinality: '2' })))),
      'unsupported-loop',
      'x',
    );
  });

  it('given a call activity and no resolver, when compiled, then call-unresolved names it and the process it calls', async () => {
    const p = problem(await compileError(around(callActivity('x', 'missing'))), 'call-unresolved', 'x');
    expect(p.message).to.contain('missing');
  });

  it('given a call activity naming no process, when compiled, then call-unresolved names it', async () => {
    problem(await compileError(around('<bpmn:callActivity id="x" />')), 'call-unresolved', 'x');
  });

  it('given a call activity that calls its own process, when compiled, then call-recursion names it', async () => {
    const self = await compile(processXml([start(), end(), chain('start', 'end')].join('\n'), {}, 'p'));
    problem(
      await compileError(around(callActivity('x', 'p')), { resolveCalledElement: () => self }),
      'call-recursion',
      'x',
    );
  });

  it('given a document with two processes, when compiled without processId, then multiple-processes; with it, the chosen one', async () => {
    const body = (n: string): string => [start(`s${n}`), end(`e${n}`), chain(`s${n}`, `e${n}`)].join('\n');
    const xml = definitions(processEl('a', body('a')), processEl('b', body('b')));
    expect(rules(await compileError(xml))).to.deep.equal(['multiple-processes']);
    expect((await compile(xml, { processId: 'b' })).id).to.equal('b');
    problem(await compileError(xml, { processId: 'zzz' }), 'no-process', 'zzz');
  });
});

describe('engine / compiler: every problem at once', () => {
  it('given a model with three independent problems, when compiled, then the error lists exactly those three', async () => {
    const xml = processXml(
      [
        start(),
        userTask('a', { 'gov:timeLimit': 'abc' }),
        gateway('exclusive', 'gw'),
        end('e1'),
        end('e2'),
        el('scriptTask', 'script'),
        chain('start', 'a', 'gw'),
        flow('yes', 'gw', 'e1', 'ok = true'),
        flow('bare', 'gw', 'e2'),
      ].join('\n'),
    );
    const error = await compileError(xml);
    expect(error.problems.map((p) => `${p.rule}@${p.elementId}`).sort()).to.deep.equal(
      ['condition-missing@bare', 'gov-attribute-value@a', 'unsupported-element@script'].sort(),
    );
    expect(error.message).to.contain('3');
    expect(error.details['problems']).to.deep.equal(error.problems);
  });

  it('given an unknown gov: attribute among other problems, when compiled, then every problem is listed', async () => {
    const xml = processXml(
      [
        start(),
        userTask('a', { 'gov:foo': '1' }),
        userTask('b', { 'gov:timeLimit': '1.3' }),
        end(),
        el('scriptTask', 'script'),
        chain('start', 'a', 'b', 'end'),
      ].join('\n'),
    );
    const error = await compileError(xml);
    expect(error.problems.map((p) => `${p.rule}@${p.elementId}`).sort()).to.deep.equal([
      'gov-attribute-unknown@a',
      'gov-attribute-value@b',
      'unsupported-element@script',
    ]);
  });

  it('given a model with problems and an unresolved call activity, when compiled, then the call is listed among them', async () => {
    const xml = processXml(
      [
        start(),
        userTask('a', { 'gov:timeLimit': '1.3' }),
        callActivity('call', 'nowhere'),
        end(),
        chain('start', 'a', 'call', 'end'),
      ].join('\n'),
    );
    const error = await compileError(xml);
    expect(error.problems.map((p) => `${p.rule}@${p.elementId}`).sort()).to.deep.equal([
      'call-unresolved@call',
      'gov-attribute-value@a',
    ]);
  });

  it('given any problem, when thrown, then it is a ModelInvalidError with code MODEL_INVALID and a Chinese summary', async () => {
    const error = await compileError(around(userTask('x', { 'gov:timeLimit': 'abc' })));
    expect(error).to.be.instanceOf(ModelInvalidError);
    expect(error.message).to.match(/流程模型有 1 处错误/);
  });

  it('given the same boundary timer definition helper, when used on a timer catch with gov:calendarDays, then it is calendar days', async () => {
    const m = await compile(
      around(`<bpmn:intermediateCatchEvent id="x">${timerDefinition('P3D', true)}</bpmn:intermediateCatchEvent>`),
    );
    expect(m.elements['x']?.duration).to.deep.equal({ days: 3, hours: 0, calendar: true, text: 'P3D' });
  });
});
