import type { GovContext, ProcessAttribute } from '../govContext';
import type { DiagramElement, ModdleElement } from '../services';
import { DefaultFlowEntry, FlowConditionEntry } from './FlowConditionEntries';
import { checkDays } from './govAttributes';
import {
  GovCheckboxEntry,
  GovSelectEntry,
  GovTextEntry,
  isCheckboxEntryEdited,
  isSelectEntryEdited,
  isTextFieldEntryEdited,
} from './GovTextEntry';
import { t } from '../../i18n/i18n';

/** A properties-panel group: an id, a label and its entries (each a component with its props). */
export interface PanelGroup {
  id: string;
  label: string;
  entries: Record<string, unknown>[];
}

/** The "not set" option of a select. */
export const BLANK = { value: '', label: t('（未设置）') };
/** Checks a limit in working days. */
export const days = (value: string) => checkDays(value);
/** Checks a number of days left (zero allowed). */
export const daysLeft = (value: string) => checkDays(value, true);

/** The `gov:` group of the process: the item's limits and light thresholds, kept equal to the item's. */
export function processGroups(element: DiagramElement, context: GovContext, target?: ModdleElement): PanelGroup[] {
  const mirrored = (attr: ProcessAttribute, label: string, extra: Record<string, unknown> = {}) => ({
    id: `gov-process-${attr}`,
    element,
    attr,
    label,
    ...(target ? { target: () => target } : {}),
    onWritten: (value: string) => context.onProcessAttribute(attr, value),
    component: GovTextEntry,
    isEdited: isTextFieldEntryEdited,
    ...extra,
  });
  return [
    {
      id: 'gov-process',
      label: t('事项时限（与「基本信息」同步）'),
      entries: [
        mirrored('promisedDays', t('承诺时限（工作日）'), { validate: days }),
        mirrored('statutoryDays', t('法定时限（工作日）'), { validate: days }),
        mirrored('timeUnit', t('计时单位'), {
          component: GovSelectEntry,
          isEdited: isSelectEntryEdited,
          options: [
            { value: '', label: t('工作日') },
            { value: 'calendar', label: t('自然日') },
          ],
        }),
        mirrored('yellowDaysLeft', t('剩余几个工作日亮黄灯'), { validate: daysLeft }),
        mirrored('redDaysLeft', t('剩余几个工作日亮红灯'), { validate: daysLeft }),
        {
          id: 'gov-process-itemCode',
          element,
          attr: 'itemCode',
          label: t('事项实施编码'),
          description: t('由事项自动填写'),
          ...(target ? { target: () => target } : {}),
          component: GovTextEntry,
          isEdited: isTextFieldEntryEdited,
        },
      ],
    },
  ];
}

/** The `gov:` group of service and send tasks: the integration topic the server dispatches on. */
export function integrationGroups(element: DiagramElement): PanelGroup[] {
  return [
    {
      id: 'gov-integration',
      label: t('系统对接'),
      entries: [
        {
          id: 'gov-topic',
          element,
          attr: 'topic',
          label: t('对接主题'),
          description: t('服务器据此调用部门系统或发送通知，如 sms、license-issue'),
          component: GovTextEntry,
          isEdited: isTextFieldEntryEdited,
        },
      ],
    },
  ];
}

/** The `gov:` group of timers: working days unless counted in calendar days. */
export function timerGroups(element: DiagramElement, definition: ModdleElement): PanelGroup[] {
  return [
    {
      id: 'gov-timer',
      label: t('计时方式'),
      entries: [
        {
          id: 'gov-calendarDays',
          element,
          attr: 'calendarDays',
          label: t('按自然日计算（默认按工作日）'),
          target: () => definition,
          component: GovCheckboxEntry,
          isEdited: isCheckboxEntryEdited,
        },
      ],
    },
  ];
}

/** The condition group of a flow leaving an exclusive or inclusive gateway. */
export function conditionGroups(element: DiagramElement): PanelGroup[] {
  return [
    {
      id: 'gov-condition',
      label: t('流转条件'),
      entries: [
        { id: 'gov-condition-expression', element, component: FlowConditionEntry, isEdited: isTextFieldEntryEdited },
        { id: 'gov-condition-default', element, component: DefaultFlowEntry, isEdited: isCheckboxEntryEdited },
      ],
    },
  ];
}
