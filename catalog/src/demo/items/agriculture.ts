/**
 * Hand-written item of the agriculture and rural affairs bureau (农业农村局): rural homestead approval,
 * registered by the village agent, discussed and publicised in the village, reviewed in parallel by the
 * street's agriculture, planning and building offices and approved by the street (town) government.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { TOWN_GROUPS, VILLAGE_AGENT } from '../departments.js';
import { AGENT_FIELDS, AGENT_RULE, choice, form, idNumber, int, mobile, num, text, when, yesNo } from '../forms.js';
import { householdRegister, idCard, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, parallel, step } from '../steps.js';

/** 农村村民宅基地审批: village intake and publicity, joint review at the street, approval by the street government (联办件). */
export const ruralHomesteadApproval: ApprovalItem = defineItem({
  code: 'JJ-NY-001',
  dept: 'NY',
  name: '农村村民宅基地审批',
  type: '行政许可',
  handling: '新设',
  level: 'town',
  agency: '各街道办事处（乡镇人民政府）',
  basis: [
    law('《中华人民共和国土地管理法》', '第六十二条'),
    law('《中华人民共和国土地管理法实施条例》', '第三十四条'),
    law('《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）'),
  ],
  conditions: [
    '申请人为本集体经济组织成员，以户为单位申请',
    '一户只能拥有一处宅基地，面积不超过省规定的标准',
    '出卖、出租、赠与住宅后，不得再申请宅基地',
    '符合国土空间规划和村庄规划，尽量使用原有宅基地和村内空闲地',
    '经村民小组会议讨论通过并在本集体经济组织范围内公示无异议',
  ],
  statutoryDays: 20,
  promisedDays: 15,
  caseKind: '联办件',
  service: {
    objects: ['自然人'],
    onlineDepth: 1,
    visits: 2,
    result: { name: '农村宅基地批准书、乡村建设规划许可证', type: '证照' },
  },
  materials: [
    own('application', '农村宅基地和建房（规划许可）申请表', {
      blankForm: '农村宅基地和建房（规划许可）申请表（空白表格）',
    }),
    own('pledge', '农村宅基地使用承诺书'),
    idCard('申请人居民身份证', { copies: 1 }),
    householdRegister(),
    own('house-design', '农房设计图或选用的通用图', { standard: '层数不超过三层' }),
    own('group-minutes', '村民小组会议讨论记录', { note: '由村（社区）代办员协助提供' }),
    own('old-homestead', '原宅基地退出协议或处置方案', { requiredWhen: 'hasExistingHomestead = true' }),
    issued('farmland-conversion', '农用地转用批准文件', { requiredWhen: 'landType = "农用地"' }),
    powerOfAttorney(),
  ],
  form: form(
    '农村宅基地和建房（规划许可）申请表',
    {
      applicantName: text('户主姓名', 30),
      idNumber: idNumber(),
      phone: mobile(),
      village: text('所在村（社区）', 60),
      villagerGroup: text('村民小组', 30),
      familyMembers: int('家庭人口（人）', 1, 30),
      reason: choice('申请理由', ['分户新建', '危房改造', '原址翻建', '异址新建', '移民搬迁', '其他']),
      landArea: num('拟申请宅基地面积（平方米）', 1, 300),
      buildingArea: num('拟建房屋建筑面积（平方米）', 1, 900),
      floors: int('拟建层数', 1, 3),
      landType: choice('拟用地类型', ['建设用地', '未利用地', '农用地']),
      location: text('拟建位置（四至）', 200),
      hasExistingHomestead: yesNo('现是否有宅基地'),
      existingArea: num('现有宅基地面积（平方米）', 0),
      ...AGENT_FIELDS,
    },
    [
      'applicantName',
      'idNumber',
      'phone',
      'village',
      'villagerGroup',
      'familyMembers',
      'reason',
      'landArea',
      'buildingArea',
      'floors',
      'landType',
      'location',
    ],
    [when('hasExistingHomestead', true, ['existingArea']), AGENT_RULE],
  ),
  blocks: [
    accept(
      1,
      VILLAGE_AGENT,
      [
        'application',
        'pledge',
        'id-card',
        'household-register',
        'house-design',
        'old-homestead',
        'farmland-conversion',
        'power-of-attorney',
      ],
      'village',
      '村（社区）代办受理',
    ),
    step('village-publicity', '村民小组讨论并公示', 5, VILLAGE_AGENT, '公示', {
      materials: ['group-minutes'],
      level: 'village',
    }),
    parallel(
      [step('eligibility', '申请资格审查', 3, 'street-agri', '审查', { level: 'town' })],
      [
        step('land-planning', '用地和规划审查', 3, 'street-planning', '审查', {
          level: 'town',
          materials: ['farmland-conversion'],
        }),
      ],
      [step('building', '建房设计审查', 2, 'street-building', '审查', { level: 'town', materials: ['house-design'] })],
    ),
    decide(2, TOWN_GROUPS.lead, 'town', '街道（乡镇）审批'),
    deliver(1, VILLAGE_AGENT, 'village', '发放批准书'),
  ],
  decisionAfter: 'decide',
});

/** The agriculture bureau's hand-written items. */
export const AGRICULTURE_ITEMS: readonly ApprovalItem[] = [ruralHomesteadApproval];
