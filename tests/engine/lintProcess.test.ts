// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- bpmn-moddle ships no types; use the engine's
/// <reference path="../../engine/src/types/bpmn-moddle.d.ts" />
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { demoCatalog } from '@govflow/catalog';
import {
  compileProcess,
  govflowBpmnlintCache,
  govModdleDescriptor,
  GOVFLOW_BPMNLINT_CONFIG,
  lintProcess,
  lintProcessXml,
  ModelInvalidError,
  type ModelProblem,
} from '@govflow/engine';
import { chain, end, flow, gateway, processXml, start, userTask } from './support/bpmn.js';
import { fixture } from './support/harness.js';

// bpmnlint is CommonJS without types: its Linter and StaticResolver are the real ones the designer bundles.
const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as { Linter: new (options: { resolver: unknown }) => BpmnLinter };
const StaticResolver = require('bpmnlint/lib/resolver/static-resolver') as new (cache: unknown) => unknown;

interface BpmnlintReport {
  id: string;
  message: string;
  rule: string;
  category: string;
}
interface BpmnLinter {
  lint(root: ModdleElement, config: unknown): Promise<Record<string, BpmnlintReport[]>>;
}

/** What `compileProcess` says: its errors (thrown) or its warnings, and the critical path when it compiles. */
async function compilerVerdict(xml: string) {
  try {
    const { model, warnings } = await compileProcess(xml);
    return { errors: [] as readonly ModelProblem[], warnings, totalDays: model.criticalPath.totalDays };
  } catch (error) {
    if (!(error instanceof ModelInvalidError)) throw error;
    return { errors: error.problems, warnings: undefined, totalDays: undefined };
  }
}

const broken: Record<string, string> = {
  'a dangling task without an outgoing flow': processXml(
    [
      start('s'),
      userTask('a', { 'gov:timeLimit': '2' }),
      userTask('b'),
      end('e'),
      chain('s', 'a', 'e'),
      flow('f', 's', 'b'),
    ].join('\n'),
  ),
  'a bad gov: value and an unsupported element': processXml(
    [
      start('s'),
      userTask('a', { 'gov:timeLimit': '-1', 'gov:stepKind': '随便' }),
      '<bpmn:scriptTask id="script" />',
      end('e'),
      chain('s', 'a', 'script', 'e'),
    ].join('\n'),
  ),
  'a gateway flow without a condition': processXml(
    [
      start('s'),
      gateway('exclusive', 'x'),
      userTask('a', { 'gov:timeLimit': '1' }),
      end('e'),
      chain('s', 'x'),
      flow('f1', 'x', 'a', 'ok = true'),
      flow('f2', 'x', 'e'),
      chain('a', 'e'),
    ].join('\n'),
  ),
  'promised beyond statutory and an unknown gov: attribute': processXml(
    [start('s'), userTask('a', { 'gov:timeLimit': '1', 'gov:colour': 'red' }), end('e'), chain('s', 'a', 'e')].join(
      '\n',
    ),
    { 'gov:promisedDays': '30', 'gov:statutoryDays': '20' },
  ),
  'a document with a DOCTYPE': fixture('xxe'),
  'no XML at all': '<bpmn:definitions',
};

describe('engine / lintProcess: the compiler checks, without throwing', () => {
  const fixtures = readdirSync(new URL('../fixtures/bpmn/', import.meta.url)).filter((f) => f.endsWith('.bpmn'));

  it('given every fixture and every demo process, then lint finds exactly the errors and warnings the compiler gives', async () => {
    const xmls = [
      ...fixtures.map((f) => [f, fixture(f.replace(/\.bpmn$/, ''))] as const),
      ...demoCatalog().map((item) => [item.code, item.processXml] as const),
    ];
    expect(xmls.length).to.be.greaterThan(300);
    for (const [name, xml] of xmls) {
      const verdict = await compilerVerdict(xml);
      const lint = await lintProcessXml(xml);
      expect(lint.errors, name).to.deep.equal(verdict.errors);
      if (verdict.warnings) {
        expect(lint.warnings, name).to.deep.equal(verdict.warnings);
        expect(lint.criticalPath.totalDays, name).to.equal(verdict.totalDays);
      }
    }
  });

  for (const [story, xml] of Object.entries(broken)) {
    it(`given ${story}, then lint lists the same problems the compiler throws`, async () => {
      const verdict = await compilerVerdict(xml);
      expect(verdict.errors.length).to.be.greaterThan(0);
      expect((await lintProcessXml(xml)).errors).to.deep.equal(verdict.errors);
    });
  }

  it('given a live moddle tree edited in place (as bpmn-js edits it), then lint follows every edit', async () => {
    const moddle = new BpmnModdle({ gov: govModdleDescriptor });
    const xml = processXml(
      [
        start('s'),
        userTask('a', { 'gov:timeLimit': '3', 'gov:candidateGroups': 'street-window' }),
        end('e'),
        chain('s', 'a', 'e'),
      ].join('\n'),
      { 'gov:promisedDays': '5' },
    );
    const { rootElement: definitions, elementsById } = await moddle.fromXML(xml, 'bpmn:Definitions');
    const before = lintProcess(definitions);
    expect(before.errors).to.deep.equal([]);
    expect(before.criticalPath).to.deep.equal({ totalDays: 3, path: ['s', 'a', 'e'] });

    // When the step's limit is raised past the promised limit, then the critical-path warning appears
    (elementsById['a'] as unknown as { set(name: string, value: string): void }).set('gov:timeLimit', '8');
    const slow = lintProcess(definitions);
    expect(slow.criticalPath.totalDays).to.equal(8);
    expect(slow.warnings.map((w) => w.rule)).to.include('critical-path-exceeds-promised');

    // When the flow leaving the step is removed, then the step has no way out
    const process = elementsById['p'] as ModdleElement;
    const flows = process.get('flowElements') as ModdleElement[];
    const leaving = flows.findIndex((f) => f.id === 'a-e');
    expect(leaving).to.be.greaterThan(-1);
    const [removed] = flows.splice(leaving, 1);
    const cut = lintProcess(definitions);
    expect(cut.errors.map((p) => `${p.rule}@${p.elementId}`)).to.include.members(['no-outgoing@a', 'no-incoming@e']);

    // When it is put back, then the problems are gone
    flows.push(removed as ModdleElement);
    expect(lintProcess(definitions).errors).to.deep.equal([]);
  });

  it('given the real bpmnlint with govflow plugin, then its reports are the compiler problems, errors as errors and warnings as warnings', async () => {
    const xml = broken['a dangling task without an outgoing flow'] as string;
    const { rootElement } = await new BpmnModdle({ gov: govModdleDescriptor }).fromXML(xml, 'bpmn:Definitions');
    const linter = new Linter({ resolver: new StaticResolver(govflowBpmnlintCache()) });
    const reports = await linter.lint(rootElement, GOVFLOW_BPMNLINT_CONFIG);
    const verdict = await compilerVerdict(xml);
    const errors = reports['govflow/process-errors'] ?? [];
    expect(errors.map((r) => [r.id, r.message, r.rule, r.category])).to.deep.equal(
      verdict.errors.map((p) => [p.elementId, p.message, p.rule, 'error']),
    );
    const warnings = reports['govflow/process-warnings'] ?? [];
    expect(warnings.map((r) => `${r.rule}@${r.id}`)).to.include('time-limit-missing@b');
    expect(warnings.every((r) => r.category === 'warn')).to.equal(true);
  });

  it('given a model with two runnable processes, then lint names the problem on the document instead of failing', async () => {
    const xml = processXml([start('s'), end('e'), chain('s', 'e')].join('\n')).replace(
      '</bpmn:definitions>',
      `${processXml([start('s2'), end('e2'), chain('s2', 'e2')].join('\n'), {}, 'q')
        .replace(/^[\s\S]*?(<bpmn:process)/, '$1')
        .replace('</bpmn:definitions>', '')}</bpmn:definitions>`,
    );
    const lint = await lintProcessXml(xml);
    expect(lint.processId).to.equal(undefined);
    expect(lint.errors.map((p) => p.rule)).to.deep.equal(['multiple-processes']);
    expect(lint.criticalPath).to.deep.equal({ totalDays: 0, path: [] });
  });
});
