/**
 * Hand-written item of the emergency management bureau (应急管理局): the hazardous chemicals business
 * licence for dealers without storage, which the county level grants (条例第三十五条).
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import { AGENT_FIELDS, AGENT_RULE, choices, COMPANY_FIELDS, form, num, text } from '../forms.js';
import { applicationForm, businessLicence, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const emergency = districtGroups('YJ');

/** 危险化学品经营许可（不带储存设施）: review and on-site check, statutory 30 calendar days, promised 15. */
export const hazardousChemicalsLicence: ApprovalItem = defineItem({
  code: 'JJ-YJ-001',
  dept: 'YJ',
  name: '危险化学品经营许可（不带储存设施）',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《危险化学品安全管理条例》', '第三十三条、第三十四条、第三十五条'),
    law('《危险化学品经营许可证管理办法》（国家安全生产监督管理总局令第55号）'),
  ],
  conditions: [
    '有符合国家标准、行业标准的经营场所',
    '从业人员经过专业技术培训并经考核合格',
    '有健全的安全管理规章制度',
    '有专职安全管理人员',
    '有符合国家规定的危险化学品事故应急预案和必要的应急救援器材、设备',
    '不经营剧毒化学品、易制爆危险化学品，且不带储存设施（带储存设施或经营剧毒、易制爆品种的向市应急管理局申请）',
  ],
  statutoryDays: 30,
  promisedDays: 15,
  timeUnit: 'calendar',
  caseKind: '承诺件',
  service: {
    objects: ['法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '危险化学品经营许可证', type: '证照' },
  },
  materials: [
    applicationForm('危险化学品经营许可证申请书'),
    businessLicence(),
    own('premises-proof', '经营场所产权证明或租赁证明', { copies: 1 }),
    own('rules', '安全生产规章制度和岗位操作规程目录清单'),
    issued('manager-certs', '主要负责人、安全生产管理人员安全生产知识和管理能力考核合格证明', { originals: 0 }),
    own('emergency-plan', '危险化学品事故应急预案及应急救援器材、设备清单'),
    issued('special-certs', '特种作业人员操作证', { required: false, originals: 0 }),
    powerOfAttorney(),
  ],
  form: form(
    '危险化学品经营许可证申请表',
    {
      ...COMPANY_FIELDS,
      premisesAddress: text('经营场所地址', 120),
      premisesArea: num('经营场所面积（平方米）', 1),
      categories: choices('经营的危险化学品类别', [
        '易燃液体',
        '易燃气体',
        '易燃固体',
        '氧化性物质',
        '腐蚀性物质',
        '毒性物质（不含剧毒）',
        '压缩气体和液化气体',
      ]),
      hasStorage: { type: 'boolean', title: '是否带有储存设施', const: false, default: false },
      highlyToxic: { type: 'boolean', title: '是否经营剧毒化学品或易制爆危险化学品', const: false, default: false },
      principal: text('主要负责人', 30),
      safetyOfficer: text('专职安全管理人员', 30),
      ...AGENT_FIELDS,
    },
    [
      'companyName',
      'creditCode',
      'legalRepresentative',
      'contactName',
      'phone',
      'premisesAddress',
      'categories',
      'hasStorage',
      'highlyToxic',
      'principal',
      'safetyOfficer',
    ],
    [AGENT_RULE],
    { categories: { 'ui:widget': 'checkboxes' }, hasStorage: { 'ui:help': '带储存设施的请向市应急管理局申请' } },
  ),
  blocks: [
    accept(0.5, emergency.window, [
      'application',
      'business-licence',
      'premises-proof',
      'rules',
      'manager-certs',
      'emergency-plan',
      'power-of-attorney',
    ]),
    step('review', '材料审查', 2, emergency.review, '审查', {
      materials: ['rules', 'manager-certs', 'emergency-plan'],
    }),
    step('inspect', '现场核查', 2, emergency.review, '踏勘', { materials: ['premises-proof'] }),
    step('check', '审核', 1, emergency.review, '审核'),
    decide(1, emergency.lead),
    deliver(0.5, emergency.window, undefined, '制证发证'),
  ],
  decisionAfter: 'decide',
});

/** The emergency management bureau's hand-written items. */
export const EMERGENCY_ITEMS: readonly ApprovalItem[] = [hazardousChemicalsLicence];
