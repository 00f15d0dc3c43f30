/** The workbook's layout: sheet names and columns, shared by the Excel exporter and importer. */

/** Sheet names. */
export const SHEETS = {
  readme: '说明',
  items: '事项',
  materials: '材料',
  process: '流程',
  form: '表单',
} as const;

/** One column: its header, the item field it holds (JSON Pointer) and whether a file must have it. */
export interface ColumnDef {
  readonly header: string;
  /** JSON Pointer relative to the item (事项) or to the material (材料). */
  readonly path: string;
  readonly required: boolean;
  readonly width: number;
}

const col = (header: string, path: string, required: boolean, width = 14): ColumnDef => ({
  header,
  path,
  required,
  width,
});

/** 事项: one row per item. */
export const ITEM_COLUMNS: readonly ColumnDef[] = [
  col('实施编码', '/code', true, 18),
  col('基本编码', '/basicCode', true, 16),
  col('版本', '/version', true, 6),
  col('事项名称', '/name', true, 30),
  col('事项类型', '/type', true, 12),
  col('办理项', '/handling', false, 8),
  col('主项编码', '/parentCode', false, 16),
  col('主管部门', '/department', true, 22),
  col('实施机关', '/agency', true, 22),
  col('行使层级', '/level', true, 14),
  col('设定依据', '/basis', true, 40),
  col('受理条件', '/conditions', true, 40),
  col('法定时限', '/statutoryDays', true, 9),
  col('承诺时限', '/promisedDays', true, 9),
  col('时限单位', '/timeUnit', true, 9),
  col('办件类型', '/caseKind', true, 9),
  col('是否收费', '/fee', true, 9),
  col('收费标准', '/fee/standard', false, 24),
  col('收费依据', '/fee/basis', false, 24),
  col('收费金额（元）', '/fee/amountYuan', false, 12),
  col('服务对象', '/service/objects', true, 16),
  col('办理地点', '/service/place', true, 28),
  col('办理时间', '/service/hours', true, 28),
  col('咨询电话', '/service/phone', true, 15),
  col('投诉电话', '/service/complaintPhone', true, 15),
  col('网办深度', '/service/onlineDepth', true, 9),
  col('到现场次数', '/service/visits', true, 10),
  col('审批结果', '/service/result', true, 20),
  col('审批结果类型', '/service/result/type', true, 12),
  col('审批结果样本', '/service/result/sample', false, 20),
  col('黄灯', '/thresholds', false, 7),
  col('红灯', '/thresholds/redDaysLeft', false, 7),
  col('超时默许', '/overtimeDefault', true, 9),
  col('超时默许依据', '/overtimeDefault/basis', false, 30),
];

/** 材料: one row per material, in the item's order. */
export const MATERIAL_COLUMNS: readonly ColumnDef[] = [
  col('实施编码', '', true, 18),
  col('材料编号', '/id', true, 18),
  col('材料名称', '/name', true, 30),
  col('必要性', '/required', true, 8),
  col('必要条件', '/requiredWhen', false, 28),
  col('原件份数', '/originals', true, 9),
  col('复印件份数', '/copies', true, 10),
  col('材料形式', '/form', true, 9),
  col('来源渠道', '/source', true, 14),
  col('受理标准', '/standard', false, 36),
  col('空白表格', '/blankForm', false, 20),
  col('示例样表', '/sample', false, 20),
  col('备注', '/note', false, 30),
];

/** 流程: the BPMN XML of each item, split over numbered rows when longer than a cell holds. */
export const PROCESS_COLUMNS: readonly ColumnDef[] = [
  col('实施编码', '', true, 18),
  col('序号', '', true, 6),
  col('BPMN', '/processXml', true, 120),
];

/** 表单: the form's JSON Schema (表单结构) and uiSchema (界面设置) as JSON, split like 流程. */
export const FORM_COLUMNS: readonly ColumnDef[] = [
  col('实施编码', '', true, 18),
  col('部分', '', true, 10),
  col('序号', '', true, 6),
  col('JSON', '/form', true, 120),
];

/** The parts of the 表单 sheet. */
export const FORM_PARTS = { schema: '表单结构', uiSchema: '界面设置' } as const;

/** Excel holds at most 32,767 characters in a cell; chunks stay below with room for escapes. */
export const CELL_TEXT_LIMIT = 32_000;

/** The column whose path is the longest prefix of `path` (`/fee/charged` → 是否收费). */
export function columnForPath(columns: readonly ColumnDef[], path: string): ColumnDef | undefined {
  let best: ColumnDef | undefined;
  for (const column of columns) {
    if (column.path === '') continue;
    const matches = path === column.path || path.startsWith(`${column.path}/`) || path.startsWith(`${column.path}#`);
    if (matches && (!best || column.path.length > best.path.length)) best = column;
  }
  return best;
}

/** Normalizes a header for matching: no spaces, no required-marks, full-width brackets. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\s*＊]+/g, '')
    .replaceAll('(', '（')
    .replaceAll(')', '）');
}
