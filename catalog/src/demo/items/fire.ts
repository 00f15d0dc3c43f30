/**
 * Hand-written item of the fire and rescue brigade (消防救援大队): the fire safety inspection before a
 * place of public assembly opens (seed 002's 消防安全检查; seed 000's 公安消防窗口).
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import { AGENT_FIELDS, AGENT_RULE, choice, COMPANY_FIELDS, form, int, num, text } from '../forms.js';
import { applicationForm, businessLicence, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const fire = districtGroups('XF');

const PREMISES = [
  '宾馆、饭店',
  '商场、集贸市场',
  '客运车站候车室',
  '体育场馆、会堂',
  '公共娱乐场所',
  '养老机构、托育机构',
  '其他公众聚集场所',
];

/** 公众聚集场所投入使用、营业前消防安全检查: on-site inspection within 7 of the statutory 10 working days. */
export const fireSafetyInspection: ApprovalItem = defineItem({
  code: 'JJ-XF-001',
  dept: 'XF',
  name: '公众聚集场所投入使用、营业前消防安全检查',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [law('《中华人民共和国消防法》', '第十五条'), law('《公众聚集场所投入使用、营业消防安全检查规则》')],
  conditions: [
    '场所依法通过建设工程消防验收或已进行验收备案',
    '消防设施、器材配置齐全、完好有效，疏散通道、安全出口畅通',
    '室内装修材料防火性能符合消防技术标准',
    '已建立消防安全制度和灭火、应急疏散预案，员工经消防安全培训',
  ],
  statutoryDays: 10,
  promisedDays: 7,
  caseKind: '承诺件',
  service: {
    objects: ['法人', '其他组织', '自然人'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '公众聚集场所投入使用、营业前消防安全检查合格证', type: '证照' },
  },
  materials: [
    applicationForm('公众聚集场所投入使用、营业前消防安全检查申请表'),
    businessLicence(),
    own('commitment', '消防安全告知承诺书', { requiredWhen: 'procedure = "告知承诺"' }),
    own('floor-plans', '场所平面布置图、场所消防设施平面图', { form: 'either' }),
    own('fire-rules', '消防安全制度、灭火和应急疏散预案'),
    own('decoration-docs', '室内装修消防设计施工图、消防产品质量合格证明文件及装修材料防火性能证明文件', {
      requiredWhen: 'procedure = "一般程序"',
    }),
    issued('acceptance-proof', '建设工程消防验收意见书或备案凭证', { copies: 0 }),
    powerOfAttorney(),
  ],
  form: form(
    '公众聚集场所投入使用、营业前消防安全检查申请表',
    {
      ...COMPANY_FIELDS,
      premisesName: text('场所名称', 100),
      premisesType: choice('场所类别', PREMISES),
      buildingName: text('所在建筑名称', 100),
      floors: text('使用楼层', 30),
      area: num('使用面积（平方米）', 1, 500000),
      capacity: int('最大容纳人数', 1, 100000),
      acceptanceNo: text('建设工程消防验收（备案）文号', 60),
      procedure: choice('办理方式', ['告知承诺', '一般程序'], '告知承诺'),
      safetyManager: text('消防安全管理人', 30),
      ...AGENT_FIELDS,
    },
    [
      'companyName',
      'creditCode',
      'legalRepresentative',
      'phone',
      'premisesName',
      'premisesType',
      'buildingName',
      'area',
      'capacity',
      'procedure',
      'safetyManager',
    ],
    [AGENT_RULE],
    { procedure: { 'ui:widget': 'radio', 'ui:help': '选择告知承诺的，当场作出许可决定，二十个工作日内进行核查' } },
  ),
  blocks: [
    accept(0.5, fire.window, [
      'application',
      'business-licence',
      'commitment',
      'floor-plans',
      'fire-rules',
      'decoration-docs',
      'acceptance-proof',
      'power-of-attorney',
    ]),
    step('desk-review', '资料审查', 1, fire.review, '审查', { materials: ['fire-rules', 'decoration-docs'] }),
    step('inspect', '现场检查', 3, fire.review, '踏勘', { materials: ['floor-plans'] }),
    step('check', '审核', 1, fire.review, '审核'),
    decide(1, fire.lead),
    deliver(0.5, fire.window, undefined, '送达'),
  ],
  decisionAfter: 'decide',
});

/** The fire brigade's hand-written items. */
export const FIRE_ITEMS: readonly ApprovalItem[] = [fireSafetyInspection];
