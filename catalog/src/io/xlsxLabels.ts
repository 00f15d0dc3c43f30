import { CASE_KINDS, HANDLING_KINDS, ITEM_LEVELS, ITEM_TYPES, LEVEL_NAMES, SERVICE_OBJECTS } from '../item.js';

/** Chinese labels of an enum as spreadsheets show them, and their reading back (tolerant of spacing and brackets). */
export interface Labels<T extends string | number> {
  label(value: T): string;
  /** The value of a label (or of a synonym, or of the value itself), undefined when unknown. */
  parse(text: string): T | undefined;
  /** The labels, for messages: 「纸质」「电子」「均可」. */
  readonly list: string;
}

/** Normalizes a label for lookup: no spaces, full-width brackets. */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, '').replaceAll('(', '（').replaceAll(')', '）');
}

function labels<T extends string | number>(
  pairs: readonly (readonly [T, string])[],
  synonyms: Record<string, T> = {},
): Labels<T> {
  const byValue = new Map<T, string>(pairs);
  const byLabel = new Map<string, T>();
  for (const [value, label] of pairs) {
    byLabel.set(normalizeLabel(label), value);
    byLabel.set(normalizeLabel(String(value)), value);
  }
  for (const [label, value] of Object.entries(synonyms)) byLabel.set(normalizeLabel(label), value);
  return {
    label: (value) => byValue.get(value) ?? String(value),
    parse: (text) => byLabel.get(normalizeLabel(text)),
    list: pairs.map(([, label]) => `「${label}」`).join(''),
  };
}

const same = <T extends string>(values: readonly T[]): (readonly [T, string])[] => values.map((v) => [v, v] as const);

/** 行使层级. */
export const LEVEL_LABELS = labels(
  ITEM_LEVELS.map((level) => [level, LEVEL_NAMES[level]] as const),
  {
    区级: 'district',
    县级: 'district',
    区县: 'district',
    乡镇级: 'town',
    街道级: 'town',
    村级: 'village',
    社区级: 'village',
  },
);
/** 事项类型. */
export const TYPE_LABELS = labels(same(ITEM_TYPES));
/** 办理项. */
export const HANDLING_LABELS = labels(same(HANDLING_KINDS));
/** 办件类型. */
export const CASE_KIND_LABELS = labels(same(CASE_KINDS));
/** 服务对象. */
export const OBJECT_LABELS = labels(same(SERVICE_OBJECTS));
/** 时限单位. */
export const TIME_UNIT_LABELS = labels(
  [
    ['working', '工作日'],
    ['calendar', '自然日'],
  ] as const,
  { 日历日: 'calendar' },
);
/** 材料形式. */
export const MATERIAL_FORM_LABELS = labels(
  [
    ['paper', '纸质'],
    ['electronic', '电子'],
    ['either', '均可'],
  ] as const,
  { 纸质或电子: 'either', '纸质/电子': 'either', 纸质和电子均可: 'either', 电子版: 'electronic', 纸质版: 'paper' },
);
/** 来源渠道. */
export const SOURCE_LABELS = labels(same(['申请人自备', '政府部门核发'] as const));
/** 审批结果类型. */
export const RESULT_TYPE_LABELS = labels(same(['证照', '批文', '其他'] as const));
/** 网办深度 0 (none) … 4 (fully online). */
export const ONLINE_DEPTH_LABELS = labels([
  [0, '0'],
  [1, '1'],
  [2, '2'],
  [3, '3'],
  [4, '4'],
] as const);
/** Yes / no columns (是否收费, 超时默许) and 必要性 as written on export. */
export const YES_NO = { yes: '是', no: '否', required: '必要', optional: '非必要' } as const;

/** Reads 是/否 (and synonyms such as 必要/非必要, 收费/不收费); undefined when neither. */
export function parseYesNo(text: string): boolean | undefined {
  const t = normalizeLabel(text);
  if (['是', '有', '收费', '启用', '必要', '必须', 'true', 'TRUE', 'Y', 'y'].includes(t)) return true;
  if (['否', '无', '不收费', '不启用', '非必要', '可选', 'false', 'FALSE', 'N', 'n'].includes(t)) return false;
  return undefined;
}
