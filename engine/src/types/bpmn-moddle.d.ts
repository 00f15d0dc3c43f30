// Minimal typings for bpmn-moddle 10, which ships no declaration for its main entry.
declare module 'bpmn-moddle' {
  /** A parsed BPMN element: typed properties plus moddle's bookkeeping. */
  export interface ModdleElement {
    $type: string;
    $attrs?: Record<string, string>;
    $parent?: ModdleElement;
    id?: string;
    name?: string;
    get(name: string): unknown;
    [key: string]: unknown;
  }
  /** A warning produced while reading XML. */
  export interface ModdleWarning {
    message: string;
    element?: ModdleElement;
    property?: string;
    value?: unknown;
  }
  /** The result of `fromXML`. */
  export interface ParseResult {
    rootElement: ModdleElement;
    warnings: ModdleWarning[];
    references: unknown[];
    elementsById: Record<string, ModdleElement>;
  }
  /** The BPMN moddle: reads and writes BPMN 2.0 XML. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
  }
}
