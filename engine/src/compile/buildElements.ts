import type { ModdleElement } from 'bpmn-moddle';
import type { ElementDef, FlowDef, MultiInstanceDef, StepDef } from '../model/types.js';
import { eventDefinitions, kindOf, PASSIVE_TYPES, typeName } from './bpmnKinds.js';
import { parseTimerDuration } from './duration.js';
import { GovAttributeReader } from './govAttributes.js';
import type { ProblemList } from './problems.js';

/** A mutable element while the compiler still works on it. */
export type DraftElement = {
  -readonly [K in keyof ElementDef]: ElementDef[K] extends readonly (infer T)[] ? T[] : ElementDef[K];
};

/** Builds the flat element map of one process; unsupported or misconfigured elements become problems. */
export function buildElements(
  process: ModdleElement,
  problems: ProblemList,
  maxElements: number,
): Map<string, DraftElement> {
  const elements = new Map<string, DraftElement>();
  const flows: ModdleElement[] = [];
  let count = 0;

  const visit = (container: ModdleElement, containerId: string): void => {
    for (const node of (container.get('flowElements') as ModdleElement[] | undefined) ?? []) {
      if (++count > maxElements) return;
      if (node.$type === 'bpmn:SequenceFlow') {
        flows.push(node);
        continue;
      }
      if (PASSIVE_TYPES.has(node.$type)) continue;
      const draft = buildElement(node, containerId, problems);
      if (!draft) continue;
      if (elements.has(draft.id)) {
        problems.error(draft.id, 'duplicate-id', '元素编号重复', 'duplicate element id');
        continue;
      }
      elements.set(draft.id, draft);
      if (draft.kind === 'subProcess') visit(node, draft.id);
    }
  };
  visit(process, '');
  if (count > maxElements) {
    problems.error(
      process.id ?? '',
      'too-many-elements',
      `流程元素过多（超过 ${maxElements} 个）`,
      `the process has more than ${maxElements} elements`,
    );
    return elements;
  }
  for (const flow of flows) linkFlow(flow, elements, problems);
  linkBoundaries(elements, problems);
  return elements;
}

function buildElement(node: ModdleElement, container: string, problems: ProblemList): DraftElement | undefined {
  const id = node.id ?? '';
  const kind = kindOf(node);
  const attrs = new GovAttributeReader(node, problems);
  if (!kind) {
    const definitions = eventDefinitions(node).map((d) => typeName(d.$type));
    const what = definitions.length ? `${typeName(node.$type)}（${definitions.join('、')}）` : typeName(node.$type);
    problems.error(id, 'unsupported-element', `不支持的流程元素：${what}`, `unsupported element: ${node.$type}`);
    return undefined;
  }
  const draft: DraftElement = {
    id,
    kind,
    name: typeof node.name === 'string' && node.name.trim() ? node.name.trim() : id,
    container,
    outgoing: [],
    incoming: [],
    boundaries: [],
  };
  if (kind === 'endEvent') {
    draft.terminate = eventDefinitions(node).some((d) => d.$type === 'bpmn:TerminateEventDefinition');
  }
  if (kind === 'timerCatch' || kind === 'boundaryTimer') readTimer(node, draft, problems);
  if (kind === 'boundaryTimer') {
    draft.interrupting = node.get('cancelActivity') !== false;
    draft.attachedTo = (node.get('attachedToRef') as ModdleElement | undefined)?.id ?? '';
  }
  if (kind === 'userTask') draft.step = readStep(node, attrs, problems);
  if (kind === 'serviceTask' || kind === 'sendTask') {
    const topic = attrs.text('topic');
    if (topic !== undefined) draft.topic = topic;
  }
  if (kind === 'callActivity') readCall(node, draft, problems);
  if (kind !== 'userTask' && node.get('loopCharacteristics')) {
    problems.error(id, 'unsupported-loop', '只有用户任务支持多实例（会签）', 'only user tasks may be multi-instance');
  }
  return draft;
}

function readStep(node: ModdleElement, attrs: GovAttributeReader, problems: ProblemList): StepDef {
  const step: { -readonly [K in keyof StepDef]: StepDef[K] } = {
    materials: attrs.list('materials'),
    signOff: attrs.flag('signOff'),
    returnTargets: [],
  };
  const timeLimit = attrs.days('timeLimit');
  if (timeLimit !== undefined) step.timeLimit = timeLimit;
  const assignee = attrs.text('assignee');
  if (assignee !== undefined) step.assignee = assignee;
  const groups = attrs.text('candidateGroups');
  if (groups !== undefined) {
    step.candidateGroups = groups.startsWith('=')
      ? [groups]
      : groups
          .split(',')
          .map((g) => g.trim())
          .filter(Boolean);
  }
  const formKey = attrs.text('formKey');
  if (formKey !== undefined) step.formKey = formKey;
  const stepKind = attrs.stepKind();
  if (stepKind !== undefined) step.stepKind = stepKind;
  const orgLevel = attrs.orgLevel();
  if (orgLevel !== undefined) step.orgLevel = orgLevel;
  const yellow = attrs.daysLeft('yellowDaysLeft');
  if (yellow !== undefined) step.yellowDaysLeft = yellow;
  const red = attrs.daysLeft('redDaysLeft');
  if (red !== undefined) step.redDaysLeft = red;
  const loop = node.get('loopCharacteristics') as ModdleElement | undefined;
  if (loop) {
    const multiInstance = readMultiInstance(node.id ?? '', loop, problems);
    if (multiInstance) step.multiInstance = multiInstance;
  }
  return step;
}

function readMultiInstance(id: string, loop: ModdleElement, problems: ProblemList): MultiInstanceDef | undefined {
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    problems.error(id, 'unsupported-loop', '不支持标准循环，请使用多实例（会签）', 'standard loops are not supported');
    return undefined;
  }
  const attrs = new GovAttributeReader(loop, problems);
  const body = (name: string): string | undefined => {
    const expression = loop.get(name) as ModdleElement | undefined;
    const text = typeof expression?.['body'] === 'string' ? expression['body'].trim() : '';
    return text === '' ? undefined : text;
  };
  const mi: { -readonly [K in keyof MultiInstanceDef]: MultiInstanceDef[K] } = {
    sequential: loop.get('isSequential') === true,
  };
  const cardinality = body('loopCardinality');
  if (cardinality !== undefined) mi.cardinality = cardinality;
  const collection = attrs.text('collection');
  if (collection !== undefined) mi.collection = collection;
  const elementVariable = attrs.text('elementVariable');
  if (elementVariable !== undefined) mi.elementVariable = elementVariable;
  const completion = body('completionCondition');
  if (completion !== undefined) mi.completionCondition = completion;
  if (mi.cardinality === undefined && mi.collection === undefined) {
    problems.error(
      id,
      'multi-instance-config',
      '多实例（会签）需要设置实例数（loopCardinality）或集合（gov:collection）',
      'a multi-instance task needs loopCardinality or gov:collection',
    );
    return undefined;
  }
  return mi;
}

function readTimer(node: ModdleElement, draft: DraftElement, problems: ProblemList): void {
  const definition = eventDefinitions(node)[0];
  if (!definition) return;
  const attrs = new GovAttributeReader(definition, problems);
  const calendar = attrs.flag('calendarDays');
  const expression = definition.get('timeDuration') as ModdleElement | undefined;
  const text = typeof expression?.['body'] === 'string' ? expression['body'] : '';
  const duration = parseTimerDuration(text, calendar);
  if (!duration || definition.get('timeDate') || definition.get('timeCycle')) {
    problems.error(
      draft.id,
      'timer-duration',
      `定时器只支持时长，如 P3D（3 个工作日）、P0.5D、PT4H；当前为「${text}」`,
      `timers support durations only, such as P3D, P0.5D or PT4H; got "${text}"`,
    );
    return;
  }
  draft.duration = duration;
}

function readCall(node: ModdleElement, draft: DraftElement, problems: ProblemList): void {
  const called = node.get('calledElement');
  if (typeof called === 'string' && called.trim()) {
    draft.calledElement = called.trim();
    return;
  }
  problems.error(draft.id, 'call-unresolved', '调用活动未指定被调用的流程', 'the call activity names no process');
}

function linkFlow(flow: ModdleElement, elements: Map<string, DraftElement>, problems: ProblemList): void {
  const id = flow.id ?? '';
  const source = elements.get((flow.get('sourceRef') as ModdleElement | undefined)?.id ?? '');
  const target = elements.get((flow.get('targetRef') as ModdleElement | undefined)?.id ?? '');
  if (!source || !target) {
    problems.error(
      id,
      'flow-dangling',
      '顺序流缺少有效的起点或终点',
      'the sequence flow lacks a valid source or target',
    );
    return;
  }
  const expression = flow.get('conditionExpression') as ModdleElement | undefined;
  const condition = typeof expression?.['body'] === 'string' ? expression['body'].trim() : '';
  const def: { -readonly [K in keyof FlowDef]: FlowDef[K] } = { id, target: target.id };
  if (condition !== '') def.condition = condition;
  const defaultFlow = (flow.get('sourceRef') as ModdleElement).get('default') as ModdleElement | undefined;
  if (defaultFlow?.id === id) def.isDefault = true;
  source.outgoing.push(def);
  target.incoming.push(id);
}

const HOSTS: ReadonlySet<string> = new Set(['userTask', 'subProcess', 'callActivity']);

function linkBoundaries(elements: Map<string, DraftElement>, problems: ProblemList): void {
  for (const boundary of elements.values()) {
    if (boundary.kind !== 'boundaryTimer') continue;
    const host = elements.get(boundary.attachedTo ?? '');
    if (!host || !HOSTS.has(host.kind) || host.container !== boundary.container) {
      problems.error(
        boundary.id,
        'boundary-host',
        '边界定时器只能附着在同一层级的用户任务、子流程或调用活动上',
        'a boundary timer must be attached to a user task, sub-process or call activity in the same scope',
      );
      continue;
    }
    host.boundaries.push(boundary.id);
  }
}
