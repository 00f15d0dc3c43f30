import type { ElementDef, ProcessModel } from '../model/types.js';
import type { DraftElement } from './buildElements.js';
import type { ProblemList } from './problems.js';

/** Finds the compiled model of a called process (a department's item process) by its process id. */
export type CalledElementResolver = (calledElement: string) => ProcessModel | undefined;

/**
 * Embeds each call activity's called process into the model, its element ids prefixed with the
 * call activity's id (`callId/elementId`), so a joint case is one aggregate with one clock.
 */
export function linkCalledProcesses(
  elements: Map<string, DraftElement>,
  processId: string,
  resolve: CalledElementResolver | undefined,
  problems: ProblemList,
): void {
  for (const call of [...elements.values()]) {
    if (call.kind !== 'callActivity' || call.calledElement === undefined) continue;
    const called = resolve?.(call.calledElement);
    if (!called) {
      problems.error(
        call.id,
        'call-unresolved',
        `找不到被调用的流程「${call.calledElement}」`,
        `the called process "${call.calledElement}" cannot be found`,
      );
      continue;
    }
    if (called.id === processId) {
      problems.error(call.id, 'call-recursion', '流程不能调用自身', 'a process cannot call itself');
      continue;
    }
    call.start = `${call.id}/${called.start}`;
    for (const inner of Object.values(called.elements)) {
      const copy = prefixElement(inner, call.id);
      elements.set(copy.id, copy);
    }
  }
}

function prefixElement(element: ElementDef, prefix: string): DraftElement {
  const p = (id: string): string => `${prefix}/${id}`;
  const copy: DraftElement = {
    ...element,
    id: p(element.id),
    container: element.container === '' ? prefix : p(element.container),
    outgoing: element.outgoing.map((flow) => ({ ...flow, id: p(flow.id), target: p(flow.target) })),
    incoming: element.incoming.map(p),
    boundaries: element.boundaries.map(p),
  };
  if (element.start !== undefined) copy.start = p(element.start);
  if (element.attachedTo !== undefined) copy.attachedTo = p(element.attachedTo);
  if (element.upstream !== undefined) copy.upstream = element.upstream.map(p);
  if (element.step) copy.step = { ...element.step, returnTargets: element.step.returnTargets.map(p) };
  return copy;
}
