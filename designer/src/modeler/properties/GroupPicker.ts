import { h } from '@bpmn-io/properties-panel/preact';
import { useState } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import type { GroupSource } from '../govContext';
import type { DiagramElement, Modeling } from '../services';
import { bo, govValue, listOf } from './govAttributes';
import { useGovContext } from './useGovContext';
import { t } from '../../i18n/i18n';

/** What a group's id says about it, for the picker (`…-lead` is the department's head). */
function groupHint(group: string): string {
  if (group.endsWith('-lead')) return t('负责人');
  if (group.endsWith('-window')) return t('窗口');
  if (group.endsWith('-agent')) return t('代办员');
  return t('经办');
}

function matches(source: GroupSource, filter: string): boolean {
  const text = filter.trim();
  if (!text) return true;
  return [source.name, source.unitName, ...source.groups].some((part) => part.includes(text));
}

/**
 * Candidate groups (候选岗位) picked from the organisation tree: the departments and windows with
 * the groups they own, filterable, ticked on and off; groups the tree does not know stay visible,
 * marked, so nothing is dropped silently.
 */
export function GroupPicker(props: { element: DiagramElement; id: string }) {
  const modeling = useService<Modeling>('modeling');
  const context = useGovContext();
  const [filter, setFilter] = useState('');
  const raw = govValue(bo(props.element), 'candidateGroups');
  if (raw.startsWith('=')) {
    return h('div', { class: 'bio-properties-panel-entry gf-picker', 'data-entry-id': props.id }, [
      h('p', { class: 'gf-picker-note' }, t('候选岗位由表达式决定，可在下方「候选岗位编号」中修改。')),
    ]);
  }
  const chosen = listOf(raw);
  const known = new Set(context.groupSources.flatMap((s) => s.groups));
  const toggle = (group: string) => {
    const next = chosen.includes(group) ? chosen.filter((g) => g !== group) : [...chosen, group];
    modeling.updateProperties(props.element, { 'gov:candidateGroups': next.length ? next.join(',') : undefined });
  };
  const sources = context.groupSources.filter((s) => matches(s, filter));
  return h('div', { class: 'bio-properties-panel-entry gf-picker', 'data-entry-id': props.id }, [
    h('label', { class: 'bio-properties-panel-label' }, t('候选岗位（从组织机构中选择）')),
    h(
      'div',
      { class: 'gf-picker-chips' },
      chosen.length === 0
        ? h('span', { class: 'gf-picker-empty' }, t('尚未选择岗位'))
        : chosen.map((group) =>
            h(
              'button',
              {
                type: 'button',
                class: known.has(group) ? 'gf-chip' : 'gf-chip gf-chip-unknown',
                title: known.has(group) ? t('点击移除') : t('组织机构中没有这个岗位，点击移除'),
                onClick: () => toggle(group),
              },
              `${group} ×`,
            ),
          ),
    ),
    context.organisationError
      ? h('p', { class: 'gf-picker-error' }, context.organisationError)
      : h('input', {
          class: 'bio-properties-panel-input gf-picker-filter',
          placeholder: t('筛选部门、窗口或岗位…'),
          value: filter,
          onInput: (e: Event) => setFilter((e.target as HTMLInputElement).value),
        }),
    h(
      'div',
      { class: 'gf-picker-list', role: 'group', 'aria-label': t('候选岗位') },
      sources.map((source) =>
        h('div', { class: 'gf-picker-source', key: source.id }, [
          h('div', { class: 'gf-picker-source-name' }, [
            source.name,
            h('small', null, ` ${source.unitName}${source.kind === 'window' ? ` · ${t('窗口')}` : ''}`),
          ]),
          ...source.groups.map((group) =>
            h('label', { class: 'gf-picker-option', key: group }, [
              h('input', {
                type: 'checkbox',
                name: `group-${group}`,
                checked: chosen.includes(group),
                onChange: () => toggle(group),
              }),
              h('span', null, group),
              h('small', null, groupHint(group)),
            ]),
          ),
        ]),
      ),
    ),
  ]);
}
