import { h } from '@bpmn-io/properties-panel/preact';
import type { DiagramElement } from '../services';
import { useGovContext } from './useGovContext';

/** The step's place in the time analysis: on the critical path, or how many days it may slip. */
export function StepTimingNote(props: { element: DiagramElement; id: string }) {
  const { steps } = useGovContext();
  const step = steps.find((s) => s.id === props.element.id);
  if (!step) return null;
  const text = step.critical
    ? '关键环节：本环节每多用一天，整个事项就晚一天'
    : `非关键环节：可再延长 ${step.slack} 个工作日而不影响办结时间`;
  return h(
    'div',
    { class: 'bio-properties-panel-entry', 'data-entry-id': props.id },
    h('p', { class: step.critical ? 'gf-timing gf-timing-critical' : 'gf-timing' }, text),
  );
}
