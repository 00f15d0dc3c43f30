import type { DraftElement } from '../buildElements.js';
import { ElementGraph } from '../graph.js';
import type { ProblemList } from '../problems.js';

/**
 * Checks every scope (the process and each sub-process): one none start event, at least one end
 * event, every element reachable from the start, and every reachable element able to reach an end
 * (so a cycle with no way out is caught before a case gets stuck in it).
 */
export function checkStructure(elements: Map<string, DraftElement>, problems: ProblemList, processId: string): void {
  const scopes = new Map<string, DraftElement[]>();
  for (const element of elements.values()) {
    const members = scopes.get(element.container) ?? [];
    members.push(element);
    scopes.set(element.container, members);
  }
  for (const element of elements.values()) {
    if (element.kind === 'subProcess' && !scopes.has(element.id)) scopes.set(element.id, []);
  }
  const graph = new ElementGraph(elements);
  for (const [scopeId, members] of scopes) checkScope(scopeId || processId, scopeId, members, graph, problems);
}

function checkScope(
  ownerId: string,
  scopeId: string,
  members: DraftElement[],
  graph: ElementGraph,
  problems: ProblemList,
): void {
  const starts = members.filter((m) => m.kind === 'startEvent');
  const ends = members.filter((m) => m.kind === 'endEvent');
  if (starts.length === 0) {
    problems.error(ownerId, 'start-event-required', '缺少开始事件', 'a start event is required');
  }
  for (const extra of starts.slice(1)) {
    problems.error(extra.id, 'single-start-event', '同一层级只能有一个开始事件', 'only one start event per scope');
  }
  if (ends.length === 0) problems.error(ownerId, 'end-event-required', '缺少结束事件', 'an end event is required');
  const owner = graph.elements.get(scopeId);
  if (owner && starts[0]) owner.start = starts[0].id;
  checkConnections(members, problems);
  const start = starts[0];
  if (!start || ends.length === 0) return;
  const reached = graph.walk([start.id], (id) => graph.successors(id));
  const canEnd = graph.walk(
    ends.map((e) => e.id),
    (id) => graph.predecessors(id),
  );
  for (const member of members) {
    if (!reached.has(member.id)) {
      if (member.incoming.length > 0 || member.kind === 'boundaryTimer') {
        problems.error(
          member.id,
          'unreachable',
          '从开始事件无法到达该元素',
          'the element cannot be reached from the start',
        );
      }
    } else if (!canEnd.has(member.id) && member.outgoing.length > 0) {
      problems.error(
        member.id,
        'no-exit',
        '从该元素出发无法到达结束事件（存在没有出口的循环）',
        'no end event can be reached from this element (a cycle with no way out)',
      );
    }
  }
}

function checkConnections(members: DraftElement[], problems: ProblemList): void {
  for (const m of members) {
    if (m.kind === 'startEvent' && m.incoming.length > 0) {
      problems.error(
        m.id,
        'start-event-incoming',
        '开始事件不能有流入的顺序流',
        'a start event cannot have incoming flows',
      );
    } else if (m.kind === 'boundaryTimer' && m.incoming.length > 0) {
      problems.error(
        m.id,
        'boundary-incoming',
        '边界事件不能有流入的顺序流',
        'a boundary event cannot have incoming flows',
      );
    } else if (m.kind !== 'startEvent' && m.kind !== 'boundaryTimer' && m.incoming.length === 0) {
      problems.error(m.id, 'no-incoming', '该元素没有流入的顺序流', 'the element has no incoming flow');
    }
    if (m.kind === 'endEvent' && m.outgoing.length > 0) {
      problems.error(
        m.id,
        'end-event-outgoing',
        '结束事件不能有流出的顺序流',
        'an end event cannot have outgoing flows',
      );
    } else if (m.kind !== 'endEvent' && m.outgoing.length === 0) {
      problems.error(m.id, 'no-outgoing', '该元素没有流出的顺序流，流程会停在这里', 'the element has no outgoing flow');
    }
  }
}
