import { expect } from 'chai';
import { startCase } from '@govflow/engine';
import { chain, el, end, flow, gateway, processXml, start, userTask } from './support/bpmn.js';
import { at, calendar, compile, compileError, engineError, fixture, rules } from './support/harness.js';
import { problem } from './support/problems.js';

describe('engine / hostile input', () => {
  for (const [label, xml] of [
    ['plain text', 'this is not xml'],
    ['an unclosed root', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">'],
    [
      'mismatched tags',
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"></bpmn:definitions>',
    ],
    ['a foreign root element', '<html><body>hello</body></html>'],
  ] as const) {
    it(`given ${label}, when compiled, then MODEL_INVALID with rule xml-malformed`, async () => {
      const error = await compileError(xml);
      expect(rules(error)).to.include('xml-malformed');
      problem(error, 'xml-malformed');
    });
  }

  it('given a DOCTYPE with an external entity (XXE), when compiled, then MODEL_INVALID with rule xml-doctype and nothing is read', async () => {
    const error = await compileError(fixture('xxe'));
    expect(rules(error)).to.deep.equal(['xml-doctype']);
    problem(error, 'xml-doctype');
    expect(JSON.stringify(error.problems)).to.not.contain('root:');
  });

  it('given a lower-case doctype with an entity expansion bomb, when compiled, then xml-doctype', async () => {
    const bomb =
      '<?xml version="1.0"?><!doctype lolz [<!entity lol "lol"><!entity lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      processXml([start(), end(), chain('start', 'end')].join('\n')).replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '',
      );
    expect(rules(await compileError(bomb))).to.deep.equal(['xml-doctype']);
  });

  it('given 10 MB of XML, when compiled, then xml-too-large (thrown before parsing)', async () => {
    const filler = `<!-- ${'x'.repeat(10 * 1024 * 1024)} -->`;
    const xml = processXml([start(), end(), chain('start', 'end'), filler].join('\n'));
    const error = await compileError(xml);
    expect(rules(error)).to.deep.equal(['xml-too-large']);
    problem(error, 'xml-too-large');
  });

  it('given a limit of 1 KB, when a 2 KB model is compiled, then xml-too-large names the limit', async () => {
    const xml = processXml([start(), end(), chain('start', 'end'), `<!-- ${'y'.repeat(2048)} -->`].join('\n'));
    const error = await compileError(xml, { maxXmlBytes: 1024 });
    expect(error.problems[0]?.message).to.contain('1024');
  });

  it('given a model with 10,000 elements, when compiled, then too-many-elements', async () => {
    const tasks: string[] = [];
    const ids = ['start'];
    for (let i = 0; i < 5000; i += 1) {
      tasks.push(userTask(`t${i}`));
      ids.push(`t${i}`);
    }
    ids.push('end');
    const xml = processXml([start(), ...tasks, end(), chain(...ids)].join('\n'));
    const error = await compileError(xml);
    expect(rules(error)).to.deep.equal(['too-many-elements']);
    problem(error, 'too-many-elements', 'p');
  });

  for (const [label, value] of [
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { xml: '<x/>' }],
    ['a Buffer', Buffer.from('<bpmn:definitions />')],
    ['an empty string', ''],
    ['whitespace', '   \n  '],
    ['null', null],
  ] as const) {
    it(`given ${label} instead of XML, when compiled, then MODEL_INVALID xml-malformed rather than a crash`, async () => {
      const error = await compileError(value);
      expect(rules(error)).to.deep.equal(['xml-malformed']);
    });
  }

  it('given a condition that would build a huge list, when compiled, then it is only parsed, not run', async () => {
    const xml = processXml(
      [
        start(),
        gateway('exclusive', 'gw', 'other'),
        end('e1'),
        end('e2'),
        chain('start', 'gw'),
        flow('heavy', 'gw', 'e1', 'count(for i in 1..100000000 return i) > 0'),
        flow('other', 'gw', 'e2'),
      ].join('\n'),
    );
    const model = await compile(xml);
    expect(model.elements['gw']?.outgoing.map((f) => f.id)).to.deep.equal(['heavy', 'other']);
  });

  it('given an exclusive gateway looping back on itself with an always-true condition, when a case starts, then RUNAWAY_LOOP instead of a hang', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          gateway('exclusive', 'gw', 'out'),
          end(),
          chain('start', 'gw'),
          flow('again', 'gw', 'gw', 'true'),
          flow('out', 'gw', 'end'),
        ].join('\n'),
      ),
    );
    const error = engineError(
      () => startCase(model, { caseId: 'C1', actor: { id: 'clerk' }, now: at('2026-03-02'), calendar }),
      'RUNAWAY_LOOP',
    );
    expect(error.message).to.match(/循环/);
    expect(error.details['elementId']).to.equal('gw');
  });

  it('given a loop through a service task with no wait state, when a case starts, then RUNAWAY_LOOP', async () => {
    const model = await compile(
      processXml(
        [
          start(),
          el('serviceTask', 'ping'),
          gateway('exclusive', 'gw', 'out'),
          end(),
          chain('start', 'ping', 'gw'),
          flow('again', 'gw', 'ping', '1 = 1'),
          flow('out', 'gw', 'end'),
        ].join('\n'),
      ),
    );
    engineError(
      () => startCase(model, { caseId: 'C1', actor: { id: 'clerk' }, now: at('2026-03-02'), calendar }),
      'RUNAWAY_LOOP',
    );
  });

  it('given an empty case id, when a case starts, then COMMAND_INVALID', async () => {
    const model = await compile(fixture('five-steps'));
    engineError(
      () => startCase(model, { caseId: ' ', actor: { id: 'clerk' }, now: at('2026-03-02'), calendar }),
      'COMMAND_INVALID',
    );
  });

  it('given no actor or an unreadable instant, when a case starts, then COMMAND_INVALID rather than a crash', async () => {
    const model = await compile(fixture('five-steps'));
    engineError(
      () =>
        startCase(model, {
          caseId: 'C1',
          actor: undefined as unknown as { id: string },
          now: at('2026-03-02'),
          calendar,
        }),
      'COMMAND_INVALID',
    );
    engineError(
      () => startCase(model, { caseId: 'C1', actor: { id: 'clerk' }, now: 'soon', calendar }),
      'COMMAND_INVALID',
    );
  });

  it('given start variables with a prototype key, when a case starts, then COMMAND_INVALID', async () => {
    const model = await compile(fixture('five-steps'));
    const variables = JSON.parse('{"__proto__": {"admin": true}}') as Record<string, unknown>;
    engineError(
      () => startCase(model, { caseId: 'C1', actor: { id: 'clerk' }, variables, now: at('2026-03-02'), calendar }),
      'COMMAND_INVALID',
    );
  });
});
