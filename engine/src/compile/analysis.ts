import type { CriticalPath, StepInfo } from '../model/types.js';
import type { DraftElement } from './buildElements.js';
import type { ElementGraph } from './graph.js';

/** The longest path through each scope and every element's slack, in working days. */
export interface TimeAnalysis {
  readonly criticalPath: CriticalPath;
  readonly userSteps: StepInfo[];
}

interface ScopeResult {
  total: number;
  path: string[];
  slack: Map<string, number>;
}

/**
 * Computes the critical path: sequences add up, parallel branches and exclusive alternatives take
 * the longest; loops (a return to an earlier step) are counted once. Sub-processes and call
 * activities weigh their own critical path. Each element's slack is the time it could take longer
 * without lengthening the whole.
 */
export function analyseTime(elements: ReadonlyMap<string, DraftElement>): TimeAnalysis {
  const results = new Map<string, ScopeResult>();
  const scopeOf = (containerId: string): ScopeResult => {
    const known = results.get(containerId);
    if (known) return known;
    const start = containerId === '' ? findStart(elements) : elements.get(containerId)?.start;
    const result = start ? longestPath(start, elements, (id) => weight(id)) : { total: 0, path: [], slack: new Map() };
    results.set(containerId, result);
    return result;
  };
  const weight = (id: string): number => {
    const element = elements.get(id);
    if (!element) return 0;
    if (element.kind === 'subProcess' || element.kind === 'callActivity') return scopeOf(element.id).total;
    if (element.kind === 'timerCatch') return element.duration?.calendar ? 0 : (element.duration?.days ?? 0);
    const limit = element.step?.timeLimit ?? 0;
    const mi = element.step?.multiInstance;
    const count = mi?.sequential && mi.cardinality !== undefined ? Number(mi.cardinality.replace(/^=/, '')) : 1;
    return limit * (Number.isInteger(count) && count > 0 ? count : 1);
  };
  const root = scopeOf('');
  const slackOf = (id: string): number => {
    const element = elements.get(id);
    if (!element) return 0;
    const inner = scopeOf(element.container).slack.get(id) ?? Number.POSITIVE_INFINITY;
    return element.container === '' ? inner : inner + slackOf(element.container);
  };
  const userSteps: StepInfo[] = [];
  for (const element of elements.values()) {
    if (element.kind !== 'userTask') continue;
    const slack = slackOf(element.id);
    const info: { -readonly [K in keyof StepInfo]: StepInfo[K] } = {
      id: element.id,
      name: element.name,
      materials: element.step?.materials ?? [],
      slack: Number.isFinite(slack) ? slack : 0,
      critical: slack === 0,
    };
    if (element.step?.timeLimit !== undefined) info.timeLimit = element.step.timeLimit;
    if (element.step?.stepKind !== undefined) info.stepKind = element.step.stepKind;
    userSteps.push(info);
  }
  return { criticalPath: { totalDays: root.total, path: root.path }, userSteps };
}

function findStart(elements: ReadonlyMap<string, DraftElement>): string | undefined {
  for (const element of elements.values()) {
    if (element.container === '' && element.kind === 'startEvent') return element.id;
  }
  return undefined;
}

/** Longest path in the flow graph of one scope with back edges (loops) removed. */
function longestPath(
  start: string,
  elements: ReadonlyMap<string, DraftElement>,
  weight: (id: string) => number,
): ScopeResult {
  const next = (id: string): string[] => elements.get(id)?.outgoing.map((f) => f.target) ?? [];
  const order: string[] = [];
  const forward = new Map<string, string[]>();
  const state = new Map<string, 1 | 2>();
  const stack: { id: string; children: string[]; index: number }[] = [{ id: start, children: next(start), index: 0 }];
  state.set(start, 1);
  forward.set(start, []);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const child = frame.children[frame.index++];
    if (child === undefined) {
      state.set(frame.id, 2);
      order.push(frame.id);
      stack.pop();
      continue;
    }
    if (state.get(child) === 1) continue;
    (forward.get(frame.id) as string[]).push(child);
    if (state.get(child) === 2) continue;
    state.set(child, 1);
    forward.set(child, []);
    stack.push({ id: child, children: next(child), index: 0 });
  }
  order.reverse();
  const fromStart = new Map<string, number>([[start, weight(start)]]);
  const previous = new Map<string, string>();
  for (const id of order) {
    const base = fromStart.get(id) ?? 0;
    for (const child of forward.get(id) ?? []) {
      const candidate = base + weight(child);
      if (candidate > (fromStart.get(child) ?? -1)) {
        fromStart.set(child, candidate);
        previous.set(child, id);
      }
    }
  }
  const toEnd = new Map<string, number>();
  for (const id of [...order].reverse()) {
    const children = forward.get(id) ?? [];
    toEnd.set(id, weight(id) + Math.max(0, ...children.map((c) => toEnd.get(c) ?? 0)));
  }
  let total = 0;
  let last = start;
  for (const id of order) {
    if (elements.get(id)?.kind === 'endEvent' && (fromStart.get(id) ?? 0) >= total) {
      total = fromStart.get(id) ?? 0;
      last = id;
    }
  }
  const path = [last];
  while (previous.has(path[0] as string)) path.unshift(previous.get(path[0] as string) as string);
  const slack = new Map<string, number>();
  for (const id of order) {
    slack.set(id, total - ((fromStart.get(id) ?? 0) + (toEnd.get(id) ?? 0) - weight(id)));
  }
  return { total, path, slack };
}

const BARRIERS: ReadonlySet<string> = new Set(['parallelGateway', 'inclusiveGateway']);

/** For each user task: earlier user tasks on its own branch it may be returned to (退回). */
export function findReturnTargets(elements: ReadonlyMap<string, DraftElement>, graph: ElementGraph): void {
  for (const element of elements.values()) {
    if (!element.step) continue;
    const upstream = graph.walk(
      [element.id],
      (id) => graph.predecessors(id),
      (id) => BARRIERS.has(elements.get(id)?.kind ?? ''),
    );
    (element.step as { returnTargets: readonly string[] }).returnTargets = [...upstream].filter(
      (id) => id !== element.id && elements.get(id)?.kind === 'userTask',
    );
  }
}

/** For each inclusive join: the elements from which a token could still arrive at it. */
export function findInclusiveUpstream(elements: ReadonlyMap<string, DraftElement>, graph: ElementGraph): void {
  for (const element of elements.values()) {
    if (element.kind !== 'inclusiveGateway' || element.incoming.length < 2) continue;
    const upstream = graph.walk(
      graph.predecessors(element.id),
      (id) => graph.predecessors(id),
      (id) => id === element.id,
    );
    upstream.delete(element.id);
    element.upstream = [...upstream];
  }
}
