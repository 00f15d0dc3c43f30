import { CheckboxEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { checkFeelSyntax } from '@govflow/engine';
import type { BpmnFactory, DiagramElement, Modeling, ModdleElement } from '../services';
import { bo } from './govAttributes';
import { locale, t } from '../../i18n/i18n';

type Debounce = (fn: (...args: unknown[]) => void) => (...args: unknown[]) => void;

function conditionOf(flow: ModdleElement): string {
  const expression = flow.get('conditionExpression') as ModdleElement | undefined;
  const body = expression?.get('body');
  return typeof body === 'string' ? body : '';
}

/** A flow's FEEL condition (流转条件), e.g. `outcome = "reject"`, checked with the engine's FEEL parser. */
export function FlowConditionEntry(props: { element: DiagramElement; id: string }) {
  const modeling = useService<Modeling>('modeling');
  const factory = useService<BpmnFactory>('bpmnFactory');
  const debounce = useService<Debounce>('debounceInput');
  return h(TextFieldEntry, {
    element: props.element,
    id: props.id,
    label: t('流转条件（FEEL 表达式）'),
    description: t('例如 outcome = "reject"；留空表示无条件'),
    debounce,
    validate: (value: string) => {
      if (!value.trim()) return null;
      const problem = checkFeelSyntax(value.trim());
      return problem ? t('表达式无效：{reason}', { reason: locale() === 'en' ? problem.en : problem.zh }) : null;
    },
    getValue: () => conditionOf(bo(props.element)),
    setValue: (value: string, error?: string | null) => {
      if (error) return;
      const body = value.trim();
      modeling.updateProperties(props.element, {
        conditionExpression: body ? factory.create('bpmn:FormalExpression', { body }) : undefined,
      });
    },
  });
}

/** Whether the flow is its gateway's default (默认流向): taken when no condition holds. */
export function DefaultFlowEntry(props: { element: DiagramElement; id: string }) {
  const modeling = useService<Modeling>('modeling');
  const source = props.element.source;
  return h(CheckboxEntry, {
    element: props.element,
    id: props.id,
    label: t('默认流向（其他条件都不满足时）'),
    getValue: () => !!source && source.businessObject.get('default') === bo(props.element),
    setValue: (value: boolean) => {
      if (source) modeling.updateProperties(source, { default: value ? bo(props.element) : undefined });
    },
  });
}
