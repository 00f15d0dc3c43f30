// Minimal typings for libraries that ship none: the properties panel (Preact components), its
// bpmn-js integration and bpmnlint's browser parts. Only what the designer uses is declared.

declare module '@bpmn-io/properties-panel' {
  import type { ComponentType } from '@bpmn-io/properties-panel/preact';
  /** Props every entry component gets. */
  export interface EntryProps {
    element: unknown;
    id: string;
    label?: string;
    description?: string | ComponentType | unknown;
    tooltip?: unknown;
    disabled?: boolean;
  }
  export const TextFieldEntry: ComponentType<
    EntryProps & {
      getValue(element: unknown): string;
      setValue(value: string, error?: string | null): void;
      debounce: (fn: (...args: unknown[]) => void) => (...args: unknown[]) => void;
      validate?: (value: string) => string | null | undefined;
      placeholder?: string;
    }
  >;
  export const TextAreaEntry: ComponentType<
    EntryProps & {
      getValue(element: unknown): string;
      setValue(value: string, error?: string | null): void;
      debounce: (fn: (...args: unknown[]) => void) => (...args: unknown[]) => void;
      validate?: (value: string) => string | null | undefined;
      rows?: number;
      monospace?: boolean;
    }
  >;
  export const SelectEntry: ComponentType<
    EntryProps & {
      getValue(element: unknown): string;
      setValue(value: string): void;
      getOptions(element: unknown): { value: string; label: string; disabled?: boolean }[];
    }
  >;
  export const CheckboxEntry: ComponentType<
    EntryProps & { getValue(element: unknown): boolean; setValue(value: boolean): void }
  >;
  export function isTextFieldEntryEdited(node: HTMLElement | null): boolean;
  export function isTextAreaEntryEdited(node: HTMLElement | null): boolean;
  export function isSelectEntryEdited(node: HTMLElement | null): boolean;
  export function isCheckboxEntryEdited(node: HTMLElement | null): boolean;
}

declare module 'bpmn-js-properties-panel' {
  /** Looks a diagram-js service up inside a panel component. */
  export function useService<T = unknown>(name: string, strict?: boolean): T;
  export const BpmnPropertiesPanelModule: Record<string, unknown>;
  export const BpmnPropertiesProviderModule: Record<string, unknown>;
}

declare module 'bpmnlint/lib/linter' {
  /** A report of one rule about one element. */
  export interface BpmnlintReport {
    id?: string;
    message: string;
    category: 'error' | 'warn' | 'info' | 'rule-error';
    [key: string]: unknown;
  }
  /** bpmnlint's linter. */
  export default class Linter {
    constructor(options: { config?: unknown; resolver: unknown });
    lint(root: unknown, config?: unknown): Promise<Record<string, BpmnlintReport[]>>;
  }
}

declare module 'bpmnlint/lib/resolver/static-resolver' {
  /** Resolves rules and configs from a prepared cache (the browser's resolver). */
  export default class StaticResolver {
    constructor(cache: Record<string, unknown>);
  }
}
