import type { DraftElement } from './buildElements.js';

/** Navigation over the draft elements with indexes built once (no quadratic scans). */
export class ElementGraph {
  private readonly sources = new Map<string, string>();

  constructor(readonly elements: ReadonlyMap<string, DraftElement>) {
    for (const element of elements.values()) {
      for (const flow of element.outgoing) this.sources.set(flow.id, element.id);
    }
  }

  /** Elements a token can move to next: flow targets and attached boundary events. */
  successors(id: string): string[] {
    const element = this.elements.get(id);
    if (!element) return [];
    return [...element.outgoing.map((f) => f.target), ...element.boundaries];
  }

  /** Elements a token can come from: flow sources and, for a boundary event, its host. */
  predecessors(id: string): string[] {
    const element = this.elements.get(id);
    if (!element) return [];
    const result = element.incoming.map((flowId) => this.sources.get(flowId) ?? '').filter(Boolean);
    if (element.attachedTo) result.push(element.attachedTo);
    return result;
  }

  /** Every id reachable from `from` (inclusive) by `next`, optionally not passing `stop`. */
  walk(from: readonly string[], next: (id: string) => readonly string[], stop?: (id: string) => boolean): Set<string> {
    const seen = new Set<string>(from);
    const stack = [...from];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (stop?.(id) && !from.includes(id)) continue;
      for (const n of next(id)) {
        if (!seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    return seen;
  }
}
