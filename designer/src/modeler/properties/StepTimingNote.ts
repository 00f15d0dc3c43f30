import { h } from '@bpmn-io/properties-panel/preact';
import type { DiagramElement } from '../services';
import { useGovContext } from './useGovContext';
import { t } from '../../i18n/i18n';

/** The step's place in the time analysis: on the critical path, or how many days it may slip. */
export function StepTimingNote(props: { element: DiagramElement; id: string }) {
  const { steps } = useGovContext();
  const step = steps.find((s) => s.id === props.element.id);
  if (!step) return null;
  const text = step.critical
    ? t('关键环节：本环节每多用一天，整个事项就晚一天')
    : t('非关键环节：可再延长 {n} 个工作日而不影响办结时间', { n: step.slack });
  return h(
    'div',
    { class: 'bio-properties-panel-entry', 'data-entry-id': props.id },
    h('p', { class: step.critical ? 'gf-timing gf-timing-critical' : 'gf-timing' }, text),
  );
}
