import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import type { DiagramElement, Modeling } from '../services';
import { bo, govValue, listOf } from './govAttributes';
import { useGovContext } from './useGovContext';
import { t } from '../../i18n/i18n';

/**
 * The materials a step checks (gov:materials), ticked from the item's materials list; an id the item
 * does not have (the catalog refuses it at publication) stays listed in red until it is removed.
 */
export function MaterialPicker(props: { element: DiagramElement; id: string }) {
  const modeling = useService<Modeling>('modeling');
  const { materials } = useGovContext();
  const chosen = listOf(govValue(bo(props.element), 'materials'));
  const known = new Set(materials.map((m) => m.id));
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((m) => m !== id) : [...chosen, id];
    modeling.updateProperties(props.element, { 'gov:materials': next.length ? next.join(',') : undefined });
  };
  const unknown = chosen.filter((id) => !known.has(id));
  return h('div', { class: 'bio-properties-panel-entry gf-picker', 'data-entry-id': props.id }, [
    h('label', { class: 'bio-properties-panel-label' }, t('本环节核验的材料')),
    materials.length === 0
      ? h('p', { class: 'gf-picker-empty' }, t('事项还没有材料，请先在「申请材料」中添加。'))
      : h(
          'div',
          { class: 'gf-picker-list gf-picker-list-short' },
          materials.map((m) =>
            h('label', { class: 'gf-picker-option', key: m.id }, [
              h('input', {
                type: 'checkbox',
                name: `material-${m.id}`,
                checked: chosen.includes(m.id),
                onChange: () => toggle(m.id),
              }),
              h('span', null, m.name),
              h('small', null, m.id),
            ]),
          ),
        ),
    ...unknown.map((id) =>
      h('p', { class: 'gf-picker-error', key: id }, [
        `${t('材料 {id} 不在事项的材料清单中', { id })} `,
        h('button', { type: 'button', class: 'gf-link', onClick: () => toggle(id) }, t('移除')),
      ]),
    ),
  ]);
}
