import { ORG_LEVELS, STEP_KINDS } from '@govflow/engine';
import type { DiagramElement, ModdleElement } from '../services';
import { BLANK, days, daysLeft, type PanelGroup } from './govGroups';
import {
  GovCheckboxEntry,
  GovSelectEntry,
  GovTextEntry,
  isCheckboxEntryEdited,
  isSelectEntryEdited,
  isTextFieldEntryEdited,
} from './GovTextEntry';
import { GroupPicker } from './GroupPicker';
import { MaterialPicker } from './MaterialPicker';
import { StepTimingNote } from './StepTimingNote';
import { t } from '../../i18n/i18n';

const LEVEL_NAMES: Record<string, string> = {
  village: t('村（社区）'),
  town: t('乡镇（街道）'),
  district: t('区县'),
  city: t('市'),
};

/** The `gov:` groups of a user task (审批环节). */
export function stepGroups(element: DiagramElement): PanelGroup[] {
  const text = (attr: string, label: string, extra: Record<string, unknown> = {}) => ({
    id: `gov-${attr}`,
    element,
    attr,
    label,
    component: GovTextEntry,
    isEdited: isTextFieldEntryEdited,
    ...extra,
  });
  const groups: PanelGroup[] = [
    {
      id: 'gov-step',
      label: t('环节设置'),
      entries: [
        text('timeLimit', t('办理时限（工作日）'), {
          validate: days,
          description: t('可为 0.5 的倍数，如 0.5、1、3'),
        }),
        { id: 'gov-timing', element, component: StepTimingNote },
        {
          id: 'gov-stepKind',
          element,
          attr: 'stepKind',
          label: t('环节类型'),
          options: [BLANK, ...STEP_KINDS.map((k) => ({ value: k, label: t(k) }))],
          component: GovSelectEntry,
          isEdited: isSelectEntryEdited,
        },
        {
          id: 'gov-orgLevel',
          element,
          attr: 'orgLevel',
          label: t('办理层级'),
          options: [BLANK, ...ORG_LEVELS.map((l) => ({ value: l, label: LEVEL_NAMES[l] ?? l }))],
          component: GovSelectEntry,
          isEdited: isSelectEntryEdited,
        },
        {
          id: 'gov-signOff',
          element,
          attr: 'signOff',
          label: t('需要签字确认'),
          description: t('完成本环节时必须填写办理意见'),
          component: GovCheckboxEntry,
          isEdited: isCheckboxEntryEdited,
        },
        {
          id: 'gov-formKey',
          element,
          attr: 'formKey',
          label: t('环节表单'),
          options: [
            { value: '', label: t('只填写办理意见') },
            { value: 'application', label: t('查看事项申请表') },
            { value: 'application-edit', label: t('修改事项申请表') },
          ],
          component: GovSelectEntry,
          isEdited: isSelectEntryEdited,
        },
      ],
    },
    {
      id: 'gov-assignment',
      label: t('办理人与候选岗位'),
      entries: [
        { id: 'gov-groups-picker', element, component: GroupPicker },
        text('candidateGroups', t('候选岗位编号'), {
          description: t('以逗号分隔；也可以 = 开头写表达式'),
        }),
        text('assignee', t('指定办理人'), { description: t('用户编号，或以 = 开头的表达式；留空则由候选岗位认领') }),
      ],
    },
    {
      id: 'gov-materials',
      label: t('核验材料'),
      entries: [{ id: 'gov-materials-picker', element, component: MaterialPicker }],
    },
    {
      id: 'gov-lights',
      label: t('环节亮灯'),
      entries: [
        text('yellowDaysLeft', t('剩余几个工作日亮黄灯'), { validate: daysLeft }),
        text('redDaysLeft', t('剩余几个工作日亮红灯'), { validate: daysLeft }),
      ],
    },
  ];
  const loop = element.businessObject.get('loopCharacteristics') as ModdleElement | undefined;
  if (loop?.$type === 'bpmn:MultiInstanceLoopCharacteristics') {
    const target = (e: DiagramElement) => e.businessObject.get('loopCharacteristics') as ModdleElement | undefined;
    groups.push({
      id: 'gov-multi',
      label: t('会签人员'),
      entries: [
        text('collection', t('会签名单（表达式，得出一个列表）'), { id: 'gov-mi-collection', target }),
        text('elementVariable', t('每个实例中名单项的变量名'), { id: 'gov-mi-variable', target }),
      ],
    });
  }
  return groups;
}
