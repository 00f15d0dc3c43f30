/**
 * The few bpmn-js / diagram-js services the designer talks to, typed as far as it uses them (the
 * libraries' own typings do not cover the services looked up by name).
 */

/** A BPMN model element (moddle): typed properties, `get` / `set` for any of them including `gov:` ones. */
export interface ModdleElement {
  readonly $type: string;
  readonly $parent?: ModdleElement;
  id?: string;
  name?: string;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  [key: string]: unknown;
}

/** A shape or connection on the canvas. */
export interface DiagramElement {
  readonly id: string;
  readonly type: string;
  readonly businessObject: ModdleElement;
  readonly source?: DiagramElement;
  readonly target?: DiagramElement;
  readonly parent?: DiagramElement;
  readonly waypoints?: unknown[];
}

/** diagram-js's event bus. */
export interface EventBus {
  on(events: string | string[], priority: number, callback: (event: Record<string, unknown>) => unknown): void;
  on(events: string | string[], callback: (event: Record<string, unknown>) => unknown): void;
  off(events: string | string[], callback: (event: Record<string, unknown>) => unknown): void;
  fire(event: string, data?: Record<string, unknown>): unknown;
}

/** The canvas: markers, zoom, scroll, the root element. */
export interface Canvas {
  addMarker(element: string | DiagramElement, marker: string): void;
  removeMarker(element: string | DiagramElement, marker: string): void;
  zoom(level?: number | 'fit-viewport', center?: 'auto' | { x: number; y: number }): number;
  getRootElement(): DiagramElement;
  scrollToElement(element: DiagramElement, padding?: number): void;
}

/** Overlays: HTML pinned to an element. */
export interface Overlays {
  add(
    element: string | DiagramElement,
    type: string,
    overlay: { position: Record<string, number>; html: HTMLElement },
  ): string;
  remove(filter: { type: string } | { element: string }): void;
}

/** The element registry. */
export interface ElementRegistry {
  get(id: string): DiagramElement | undefined;
  getAll(): DiagramElement[];
  filter(predicate: (element: DiagramElement) => boolean): DiagramElement[];
}

/** Modeling commands (each one undoable). */
export interface Modeling {
  updateProperties(element: DiagramElement, properties: Record<string, unknown>): void;
  updateModdleProperties(element: DiagramElement, target: ModdleElement, properties: Record<string, unknown>): void;
}

/** The current selection. */
export interface Selection {
  select(element: DiagramElement | DiagramElement[] | null): void;
  get(): DiagramElement[];
}

/** The BPMN model factory (new moddle elements with ids). */
export interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/** Element factory for new shapes. */
export interface ElementFactory {
  createShape(attrs: Record<string, unknown>): DiagramElement;
}

/** Starts creating a shape with the mouse. */
export interface Create {
  start(event: Event, shape: DiagramElement): void;
}

/** Places a shape after another one. */
export interface AutoPlace {
  append(source: DiagramElement, shape: DiagramElement): DiagramElement;
}

/** Registers palette / context pad entry providers. */
export interface EntryProviderRegistry {
  registerProvider(priority: number, provider: object): void;
}
