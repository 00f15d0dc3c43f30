/**
 * bpmn-js's NavigatedViewer with govflow's moddle extension, in its own module so pages load it on
 * demand (`import('./processViewer')`) and bundles without a diagram never carry bpmn-js.
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import { govModdleDescriptor } from '@govflow/engine';

/** What a page puts on the diagram: a marker class and an overlay badge per element. */
export interface DiagramDecoration {
  readonly elementId: string;
  /** CSS class added to the element (e.g. `gf-current`). */
  readonly marker?: string;
  /** A badge above the element's top-right corner. */
  readonly badge?: { readonly text: string; readonly className: string; readonly title?: string };
}

/** A rendered diagram; `destroy` when the page leaves. */
export interface RenderedDiagram {
  destroy(): void;
}

interface Canvas {
  zoom(level?: string | number, center?: 'auto'): number;
  addMarker(id: string, marker: string): void;
}
interface Overlays {
  add(id: string, overlay: { position: { top: number; right: number }; html: HTMLElement }): void;
}
interface Registry {
  get(id: string): unknown;
}

/** Renders `xml` read-only into `container`, fitted, with the decorations on the elements that exist. */
export async function renderDiagram(
  container: HTMLElement,
  xml: string,
  decorations: readonly DiagramDecoration[],
): Promise<RenderedDiagram> {
  const viewer = new NavigatedViewer({ container, moddleExtensions: { gov: govModdleDescriptor } });
  try {
    await viewer.importXML(xml);
  } catch (error) {
    viewer.destroy();
    throw error;
  }
  const canvas = viewer.get('canvas') as Canvas;
  const overlays = viewer.get('overlays') as Overlays;
  const registry = viewer.get('elementRegistry') as Registry;
  // Fitted and centred, a little smaller, so the badges above the top row stay inside the box.
  canvas.zoom('fit-viewport', 'auto');
  if (decorations.some((d) => d.badge)) canvas.zoom(canvas.zoom() * 0.9, 'auto');
  for (const decoration of decorations) {
    if (!registry.get(decoration.elementId)) continue;
    if (decoration.marker) canvas.addMarker(decoration.elementId, decoration.marker);
    if (decoration.badge) {
      const badge = document.createElement('span');
      badge.className = `gf-badge ${decoration.badge.className}`;
      badge.textContent = decoration.badge.text;
      if (decoration.badge.title) badge.title = decoration.badge.title;
      badge.setAttribute('data-badge-for', decoration.elementId);
      overlays.add(decoration.elementId, { position: { top: -12, right: 12 }, html: badge });
    }
  }
  return { destroy: () => viewer.destroy() };
}
