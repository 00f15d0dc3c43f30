import type { ProcessModel } from '@govflow/engine';

/**
 * Elements in the order a case reaches them: a topological order of the flow graph (loops back, such
 * as a return for supplements, are left out), breadth first so parallel branches interleave.
 */
export function flowOrder(model: ProcessModel): Map<string, number> {
  const next = (id: string): string[] => {
    const element = model.elements[id];
    if (!element) return [];
    return [
      ...(element.start === undefined ? [] : [element.start]),
      ...element.boundaries,
      ...element.outgoing.map((f) => f.target),
    ];
  };
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: { id: string; children: string[] }[] = [{ id: model.start, children: next(model.start) }];
  state.set(model.start, 'open');
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { id: string; children: string[] };
    const child = top.children.shift();
    if (child === undefined) {
      state.set(top.id, 'done');
      stack.pop();
    } else if (state.get(child) === 'open') back.add(`${top.id}>${child}`);
    else if (!state.has(child)) {
      state.set(child, 'open');
      stack.push({ id: child, children: next(child) });
    }
  }
  const indegree = new Map<string, number>();
  for (const id of state.keys()) {
    for (const child of next(id)) if (!back.has(`${id}>${child}`)) indegree.set(child, (indegree.get(child) ?? 0) + 1);
  }
  const rank = new Map<string, number>();
  const queue = [model.start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    rank.set(id, rank.size);
    for (const child of next(id)) {
      if (back.has(`${id}>${child}`)) continue;
      const left = (indegree.get(child) ?? 1) - 1;
      indegree.set(child, left);
      if (left === 0) queue.push(child);
    }
  }
  return rank;
}
