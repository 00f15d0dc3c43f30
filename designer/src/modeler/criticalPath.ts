import type { Canvas, ElementRegistry } from './services';

const MARKER = 'gf-critical';

/**
 * Marks the critical path on the canvas: its elements and the flows between consecutive ones.
 * Returns what it marked (to clear next time).
 */
export function highlightCriticalPath(
  canvas: Canvas,
  registry: ElementRegistry,
  path: readonly string[],
  marked: readonly string[],
): string[] {
  for (const id of marked) if (registry.get(id)) canvas.removeMarker(id, MARKER);
  const flows = new Map<string, string>();
  for (const flow of registry.filter((e) => e.type === 'bpmn:SequenceFlow')) {
    flows.set(`${flow.source?.id ?? ''}>${flow.target?.id ?? ''}`, flow.id);
  }
  const next: string[] = [];
  path.forEach((id, index) => {
    if (registry.get(id)) next.push(id);
    const flow = flows.get(`${id}>${path[index + 1] ?? ''}`);
    if (flow) next.push(flow);
  });
  for (const id of next) canvas.addMarker(id, MARKER);
  return next;
}
