import { compileProcess, type ProcessModel } from '@govflow/engine';
import { flowOrder } from './flowOrder.js';
import { LEVEL_NAMES, type ApprovalItem, type CaseKind, type ItemType, type ServiceObject } from '../item.js';

/** One step of the procedure (办理流程) as the public guide lists it. */
export interface GuideStep {
  readonly order: number;
  readonly id: string;
  readonly name: string;
  readonly kind?: string;
  /** Time limit in working days, when the step has one. */
  readonly days?: number;
  /** 「2 个工作日」, 「0.5 个工作日」 or 「—」 (steps always count working days). */
  readonly limitText: string;
  /** Names of the materials the step checks. */
  readonly materials: readonly string[];
  /** True when the step runs beside others (并联审批) and has slack, i.e. is not on the critical path. */
  readonly parallel: boolean;
}

/** One material (申请材料) as the public guide lists it. */
export interface GuideMaterial {
  readonly order: number;
  readonly name: string;
  /** 「必要」, 「非必要」 or 「必要（条件：…）」. */
  readonly requiredText: string;
  readonly required: boolean;
  readonly condition?: string;
  readonly originals: number;
  readonly copies: number;
  /** 纸质 / 电子 / 纸质或电子. */
  readonly formText: string;
  readonly source: string;
  readonly standard?: string;
  readonly blankForm?: string;
  readonly sample?: string;
  readonly note?: string;
}

/**
 * The public service guide (办事指南) of an item: the six disclosures (六公开: basis, conditions,
 * procedure, limits, fees, materials) and the service facts, as plain data ready to render.
 */
export interface ServiceGuide {
  readonly code: string;
  readonly basicCode: string;
  readonly version: number;
  readonly name: string;
  readonly type: ItemType;
  readonly handling?: string;
  readonly department: string;
  readonly agency: string;
  readonly levelText: string;
  readonly caseKind: CaseKind;
  /** 设定依据, each as 「《法》第几条」. */
  readonly basis: readonly { readonly law: string; readonly articles?: string; readonly text: string }[];
  /** 受理条件. */
  readonly conditions: readonly string[];
  /** 办理流程. */
  readonly process: { readonly steps: readonly GuideStep[]; readonly totalDays: number; readonly totalText: string };
  /** 办理时限. */
  readonly limits: {
    readonly statutoryDays: number;
    readonly promisedDays: number;
    readonly unit: ApprovalItem['timeUnit'];
    readonly unitText: '工作日' | '自然日';
    readonly statutoryText: string;
    readonly promisedText: string;
  };
  /** 收费: 「不收费」 stated explicitly. */
  readonly fee: {
    readonly charged: boolean;
    readonly text: string;
    readonly standard?: string;
    readonly basis?: string;
    readonly amountYuan?: number;
  };
  /** 申请材料. */
  readonly materials: readonly GuideMaterial[];
  /** 服务信息. */
  readonly service: {
    readonly objects: readonly ServiceObject[];
    readonly objectsText: string;
    readonly place: string;
    readonly hours: string;
    readonly phone: string;
    readonly complaintPhone: string;
    readonly onlineDepth: number;
    readonly onlineDepthText: string;
    readonly visits: number;
    readonly visitsText: string;
    readonly result: { readonly name: string; readonly type: string; readonly sample?: string };
  };
  /** 超时默许: shown only when the item has it. */
  readonly overtimeDefault?: { readonly basis: string; readonly text: string };
}

const ONLINE_DEPTH_TEXT = [
  '不可网上办理',
  '网上咨询和表格下载',
  '网上预审',
  '网上受理，窗口办结',
  '全程网上办理',
] as const;
const FORM_TEXT = { paper: '纸质', electronic: '电子', either: '纸质或电子' } as const;

/**
 * The service guide of an item. The procedure comes from the compiled process model (from
 * `compileProcess(item.processXml)` or `validateItem(item).model`); use `compileServiceGuide`
 * to compile it here.
 */
export function serviceGuide(item: ApprovalItem, model: ProcessModel): ServiceGuide {
  const unitText = item.timeUnit === 'working' ? '工作日' : '自然日';
  const days = (n: number): string => `${n} 个${unitText}`;
  const fee = item.fee;
  return {
    code: item.code,
    basicCode: item.basicCode,
    version: item.version,
    name: item.name,
    type: item.type,
    ...(item.handling === undefined ? {} : { handling: item.handling }),
    department: item.department,
    agency: item.agency,
    levelText: LEVEL_NAMES[item.level],
    caseKind: item.caseKind,
    basis: item.basis.map((b) => ({ ...b, text: b.articles === undefined ? b.law : `${b.law}${b.articles}` })),
    conditions: [...item.conditions],
    process: {
      steps: guideSteps(item, model),
      totalDays: model.criticalPath.totalDays,
      totalText: `${model.criticalPath.totalDays} 个工作日`,
    },
    limits: {
      statutoryDays: item.statutoryDays,
      promisedDays: item.promisedDays,
      unit: item.timeUnit,
      unitText,
      statutoryText: days(item.statutoryDays),
      promisedText:
        item.caseKind === '即办件' && item.promisedDays <= 1
          ? `即办（${days(item.promisedDays)}内）`
          : days(item.promisedDays),
    },
    fee: fee.charged
      ? {
          charged: true,
          text: '收费',
          standard: fee.standard,
          basis: fee.basis,
          ...(fee.amountYuan === undefined ? {} : { amountYuan: fee.amountYuan }),
        }
      : { charged: false, text: '不收费' },
    materials: item.materials.map((m, i) => ({
      order: i + 1,
      name: m.name,
      required: m.required,
      requiredText: !m.required ? '非必要' : m.requiredWhen === undefined ? '必要' : `必要（条件：${m.requiredWhen}）`,
      ...(m.required && m.requiredWhen !== undefined ? { condition: m.requiredWhen } : {}),
      originals: m.originals,
      copies: m.copies,
      formText: FORM_TEXT[m.form],
      source: m.source,
      ...optional({ standard: m.standard, blankForm: m.blankForm, sample: m.sample, note: m.note }),
    })),
    service: {
      objects: [...item.service.objects],
      objectsText: item.service.objects.join('、'),
      place: item.service.place,
      hours: item.service.hours,
      phone: item.service.phone,
      complaintPhone: item.service.complaintPhone,
      onlineDepth: item.service.onlineDepth,
      onlineDepthText: ONLINE_DEPTH_TEXT[item.service.onlineDepth],
      visits: item.service.visits,
      visitsText: item.service.visits === 0 ? '0 次（全程网办，无需到现场）' : `${item.service.visits} 次`,
      result: { ...item.service.result },
    },
    ...(item.overtimeDefault.enabled
      ? {
          overtimeDefault: {
            basis: item.overtimeDefault.basis,
            text: `承诺时限内既未批准也未拒绝、且无延期的合法申请，视为同意（超时默许），依据：${item.overtimeDefault.basis}`,
          },
        }
      : {}),
  };
}

/** Compiles the item's process and returns its service guide. */
export async function compileServiceGuide(item: ApprovalItem): Promise<ServiceGuide> {
  const { model } = await compileProcess(item.processXml);
  return serviceGuide(item, model);
}

/** Steps in the order a case reaches them; step limits are always working days (the engine's unit). */
function guideSteps(item: ApprovalItem, model: ProcessModel): GuideStep[] {
  const names = new Map(item.materials.map((m) => [m.id, m.name]));
  const rank = flowOrder(model);
  const steps = [...model.userSteps].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  const parallelCase = steps.some((s) => s.slack > 0);
  return steps.map((step, i) => ({
    order: i + 1,
    id: step.id,
    name: step.name,
    ...(step.stepKind === undefined ? {} : { kind: step.stepKind }),
    ...(step.timeLimit === undefined ? {} : { days: step.timeLimit }),
    limitText: step.timeLimit === undefined ? '—' : `${step.timeLimit} 个工作日`,
    materials: step.materials.map((id) => names.get(id) ?? id),
    parallel: parallelCase && !step.critical,
  }));
}

function optional<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  const result: Partial<Record<keyof T, string>> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}
