import { ITEM_LEVELS, LEVEL_NAMES } from '../item.js';
import { CELL_TEXT_LIMIT, SHEETS } from './xlsxLayout.js';

/** The 「说明」 sheet: how to fill in the workbook. The importer ignores this sheet. */
export const README_LINES: readonly string[] = [
  'govflow 事项目录（Excel 导入导出格式）',
  '',
  `「${SHEETS.items}」每行一个事项；「${SHEETS.materials}」每行一份申请材料，按实施编码对应事项，行的先后即材料顺序。`,
  `「${SHEETS.process}」存放每个事项的办理流程（BPMN XML），超过单元格容量（约 ${CELL_TEXT_LIMIT} 字）时按「序号」分成多行，导入时依序号拼接。`,
  `「${SHEETS.form}」存放申请表定义（JSON）：「部分」为「表单结构」（JSON Schema）或「界面设置」（uiSchema），同样按序号分行。`,
  '列的顺序可以调整，列名不可更改；带有不认识列名的列会被忽略。',
  '',
  `行使层级：${ITEM_LEVELS.map((l) => LEVEL_NAMES[l]).join(' / ')}`,
  '时限单位：工作日 / 自然日；法定时限、承诺时限、黄灯、红灯填天数（可为 0.5 的倍数），黄灯、红灯为剩余工作日。',
  '是否收费、超时默许：是 / 否；收费事项须填写收费标准和收费依据。',
  '服务对象：自然人、法人、其他组织，多个用顿号分隔；网办深度：0（不可网办）至 4（全程网办）。',
  '设定依据：每行一条，法规名称与条款之间用「｜」分隔，如：《就业服务与就业管理规定》｜第六十三条。',
  '受理条件：每行一条。',
  '必要性：必要 / 非必要；必要条件为 FEEL 表达式（如 applicantType = "企业"），仅在条件成立时必要。',
  '材料形式：纸质 / 电子 / 均可；来源渠道：申请人自备 / 政府部门核发。',
  '',
  "安全：单元格不得包含公式；以 = + - @ 开头的文字须在前面加英文单引号「'」（导出时已自动添加，导入时自动去掉）。",
  '含有 <script> 或 javascript: 的内容会被拒绝。任何一处错误都会使整个文件不被导入，并列出全部错误的工作表、行和列。',
];
