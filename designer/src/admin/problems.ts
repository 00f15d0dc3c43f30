import type { ItemProblem } from './adminTypes';
import { t } from '../i18n/i18n';

/** The editor's tabs. */
export type EditorTab = 'basic' | 'limits' | 'service' | 'materials' | 'form' | 'process' | 'history';

const LIMIT_FIELDS = new Set([
  'statutoryDays',
  'promisedDays',
  'timeUnit',
  'caseKind',
  'fee',
  'thresholds',
  'overtimeDefault',
]);

/** The tab a problem's path belongs to (`/materials/2/id` → materials, `/processXml#review` → process). */
export function tabOf(path: string): EditorTab {
  const top = path.split(/[/#]/)[1] ?? '';
  if (top === 'processXml') return 'process';
  if (top === 'materials') return 'materials';
  if (top === 'form') return 'form';
  if (top === 'service') return 'service';
  if (LIMIT_FIELDS.has(top)) return 'limits';
  return 'basic';
}

/** The problems at a JSON Pointer or below it. */
export function problemsAt(problems: readonly ItemProblem[], pointer: string): ItemProblem[] {
  return problems.filter((p) => p.path === pointer || p.path.startsWith(`${pointer}/`));
}

const LABELS: Record<string, string> = {
  code: t('实施编码'),
  basicCode: t('基本编码'),
  name: t('事项名称'),
  type: t('事项类型'),
  handling: t('办理项'),
  parentCode: t('主项编码'),
  department: t('主管部门'),
  agency: t('实施机关'),
  level: t('行使层级'),
  basis: t('设定依据'),
  conditions: t('受理条件'),
  statutoryDays: t('法定时限'),
  promisedDays: t('承诺时限'),
  timeUnit: t('计时单位'),
  caseKind: t('办件类型'),
  fee: t('收费'),
  standard: t('收费标准'),
  amountYuan: t('金额'),
  service: t('服务信息'),
  objects: t('服务对象'),
  place: t('办理地点'),
  hours: t('办理时间'),
  phone: t('咨询电话'),
  complaintPhone: t('投诉电话'),
  onlineDepth: t('网办深度'),
  visits: t('到现场次数'),
  result: t('审批结果'),
  thresholds: t('亮灯阈值'),
  yellowDaysLeft: t('黄灯'),
  redDaysLeft: t('红灯'),
  overtimeDefault: t('超时默许'),
  materials: t('申请材料'),
  requiredWhen: t('必要条件'),
  originals: t('原件份数'),
  copies: t('复印件份数'),
  form: t('申请表单'),
  schema: 'JSON Schema',
  uiSchema: 'uiSchema',
  processXml: t('办理流程'),
};

/** Where a problem is, in the chosen language: `/materials/2/requiredWhen` → 申请材料 第 3 项 · 必要条件. */
export function describePath(path: string): string {
  const [pointer = '', element] = path.split('#');
  const parts = pointer
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? t('第 {n} 项', { n: Number(part) + 1 }) : (LABELS[part] ?? part)));
  const where = parts.join(' · ') || t('事项');
  return element ? t('{where} · 元素 {element}', { where, element }) : where;
}
