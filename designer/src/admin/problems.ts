import type { ItemProblem } from './adminTypes';

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
  code: '实施编码',
  basicCode: '基本编码',
  name: '事项名称',
  type: '事项类型',
  handling: '办理项',
  parentCode: '主项编码',
  department: '主管部门',
  agency: '实施机关',
  level: '行使层级',
  basis: '设定依据',
  conditions: '受理条件',
  statutoryDays: '法定时限',
  promisedDays: '承诺时限',
  timeUnit: '计时单位',
  caseKind: '办件类型',
  fee: '收费',
  standard: '收费标准',
  amountYuan: '金额',
  service: '服务信息',
  objects: '服务对象',
  place: '办理地点',
  hours: '办理时间',
  phone: '咨询电话',
  complaintPhone: '投诉电话',
  onlineDepth: '网办深度',
  visits: '到现场次数',
  result: '审批结果',
  thresholds: '亮灯阈值',
  yellowDaysLeft: '黄灯',
  redDaysLeft: '红灯',
  overtimeDefault: '超时默许',
  materials: '申请材料',
  requiredWhen: '必要条件',
  originals: '原件份数',
  copies: '复印件份数',
  form: '申请表单',
  schema: 'JSON Schema',
  uiSchema: 'uiSchema',
  processXml: '办理流程',
};

/** Where a problem is, in Chinese: `/materials/2/requiredWhen` → 申请材料 第 3 项 · 必要条件. */
export function describePath(path: string): string {
  const [pointer = '', element] = path.split('#');
  const parts = pointer
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? `第 ${Number(part) + 1} 项` : (LABELS[part] ?? part)));
  const where = parts.join(' · ') || '事项';
  return element ? `${where} · 元素 ${element}` : where;
}
