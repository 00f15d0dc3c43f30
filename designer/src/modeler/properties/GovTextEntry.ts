import {
  CheckboxEntry,
  SelectEntry,
  TextFieldEntry,
  isCheckboxEntryEdited,
  isSelectEntryEdited,
  isTextFieldEntryEdited,
} from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import type { DiagramElement, Modeling, ModdleElement } from '../services';
import { attributeValue, bo, govValue } from './govAttributes';
import { t } from '../../i18n/i18n';

/** Where the attribute lives: the element's business object, or one of its parts (a timer definition). */
type TargetOf = (element: DiagramElement) => ModdleElement | undefined;

/** Props of the `gov:` attribute entries: which attribute, where, how it is shown and checked. */
export interface GovEntryProps {
  readonly element: DiagramElement;
  readonly id: string;
  readonly attr: string;
  readonly label: string;
  readonly description?: string;
  readonly validate?: (value: string) => string | null;
  readonly options?: readonly { value: string; label: string }[];
  readonly target?: TargetOf;
  /** Called after the attribute is written (item-level settings mirrored on the process). */
  readonly onWritten?: (value: string) => void;
}

function write(modeling: Modeling, props: GovEntryProps, value: string | undefined): void {
  const target = props.target?.(props.element);
  const name = `gov:${props.attr}`;
  if (target) modeling.updateModdleProperties(props.element, target, { [name]: value });
  else modeling.updateProperties(props.element, { [name]: value });
  props.onWritten?.(value ?? '');
}

function targetOf(props: GovEntryProps): ModdleElement | undefined {
  return props.target ? props.target(props.element) : bo(props.element);
}

/** A text `gov:` attribute (time limits, assignee, topics …), checked as typed. */
export function GovTextEntry(props: GovEntryProps) {
  const modeling = useService<Modeling>('modeling');
  const debounce = useService<(fn: (...args: unknown[]) => void) => (...args: unknown[]) => void>('debounceInput');
  return h(TextFieldEntry, {
    element: props.element,
    id: props.id,
    label: props.label,
    ...(props.description ? { description: props.description } : {}),
    debounce,
    ...(props.validate ? { validate: props.validate } : {}),
    getValue: () => {
      const target = targetOf(props);
      return target ? govValue(target, props.attr) : '';
    },
    setValue: (value: string, error?: string | null) => {
      if (error) return;
      write(modeling, props, attributeValue(value));
    },
  });
}

/** A `gov:` attribute chosen from a list (step kind, level, time unit). */
export function GovSelectEntry(props: GovEntryProps) {
  const modeling = useService<Modeling>('modeling');
  return h(SelectEntry, {
    element: props.element,
    id: props.id,
    label: props.label,
    ...(props.description ? { description: props.description } : {}),
    getValue: () => {
      const target = targetOf(props);
      return target ? govValue(target, props.attr) : '';
    },
    setValue: (value: string) => write(modeling, props, attributeValue(value)),
    getOptions: () => {
      const target = targetOf(props);
      const current = target ? govValue(target, props.attr) : '';
      const options = [...(props.options ?? [])];
      if (current && !options.some((o) => o.value === current))
        options.push({ value: current, label: t('{value}（无效）', { value: current }) });
      return options;
    },
  });
}

/** A `gov:` flag written as `true` or removed (sign-off, calendar days). */
export function GovCheckboxEntry(props: GovEntryProps) {
  const modeling = useService<Modeling>('modeling');
  return h(CheckboxEntry, {
    element: props.element,
    id: props.id,
    label: props.label,
    ...(props.description ? { description: props.description } : {}),
    getValue: () => {
      const target = targetOf(props);
      return target ? govValue(target, props.attr) === 'true' : false;
    },
    setValue: (value: boolean) => write(modeling, props, value ? 'true' : undefined),
  });
}

export { isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited };
