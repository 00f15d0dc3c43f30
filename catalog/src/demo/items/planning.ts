/**
 * Hand-written items of the natural resources and planning bureau (自然资源和规划局): the
 * construction-project planning permit (seed 002's parallel approval across departments) and the
 * transfer registration of real estate, handled in one window with the housing and tax departments.
 */
import type { ApprovalItem } from '../../item.js';
import { charged, defineItem, law } from '../defineItem.js';
import { districtGroups, JOINT_WINDOW } from '../departments.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  choice,
  creditCode,
  form,
  int,
  mobile,
  num,
  PATTERNS,
  rows,
  text,
  when,
  whenOneOf,
  yesNo,
} from '../forms.js';
import { applicationForm, businessLicence, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, parallel, step } from '../steps.js';

const planning = districtGroups('ZG');
const civilDefense = districtGroups('RF');
const urban = districtGroups('CG');
const transport = districtGroups('JT');

/**
 * 建设工程规划许可证 (seed 002): one joint window accepts; planning, civil defence, greening and traffic
 * review in parallel; results issued together (联办件, within the 45-day cap; promised 15).
 */
export const constructionPlanningPermit: ApprovalItem = defineItem({
  code: 'JJ-ZG-001',
  dept: 'ZG',
  name: '建设工程规划许可证核发',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国城乡规划法》', '第四十条'),
    law('《中华人民共和国行政许可法》', '第二十六条、第四十二条'),
    law('《中华人民共和国人民防空法》', '第二十二条'),
    law('《四川省城乡规划条例》'),
  ],
  conditions: [
    '已取得建设用地规划许可证或国有土地使用权出让合同、不动产权证书（土地）',
    '建设工程设计方案符合控制性详细规划和规划条件',
    '按规定应当修建防空地下室的，已按人民防空工程建设要求进行设计',
    '建设项目已完成立项（审批、核准或备案）',
  ],
  statutoryDays: 45,
  promisedDays: 15,
  caseKind: '联办件',
  service: {
    objects: ['法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '建设工程规划许可证', type: '证照', sample: '建设工程规划许可证及附图、附件' },
  },
  materials: [
    applicationForm('建设工程规划许可申请表'),
    businessLicence({ name: '建设单位营业执照或法人证书' }),
    issued('project-approval', '建设项目立项批准（核准、备案）文件'),
    issued('land-proof', '建设用地规划许可证或不动产权证书（土地）'),
    own('design-scheme', '建设工程设计方案总平面图及建筑单体方案图（含电子文件）', {
      originals: 3,
      form: 'either',
      standard: '加盖设计单位出图章及注册建筑师执业章，电子文件为 DWG 格式',
    }),
    own('civil-defense-design', '防空地下室设计文件', { requiredWhen: 'needCivilDefense = true' }),
    own('greening-plan', '绿地配套设计方案', { requiredWhen: 'projectType = "房屋建筑工程"' }),
    own('traffic-study', '交通影响评价报告', {
      requiredWhen: 'floorArea >= 20000',
      note: '总建筑面积 2 万平方米以上的项目提供',
    }),
    powerOfAttorney(),
  ],
  form: form(
    '建设工程规划许可申请表',
    {
      projectName: text('项目名称', 100),
      projectCode: { type: 'string', title: '投资项目代码', pattern: PATTERNS.projectCode },
      builderName: text('建设单位', 100),
      creditCode: creditCode(),
      legalRepresentative: text('法定代表人', 30),
      contactName: text('项目联系人', 30),
      phone: mobile('联系人手机'),
      projectAddress: text('建设位置', 120),
      landCertificateNo: text('用地批准文件或不动产权证号', 60),
      projectType: choice('工程类别', ['房屋建筑工程', '市政基础设施工程', '管线工程']),
      floorArea: num('总建筑面积（平方米）', 0),
      aboveGroundArea: num('地上建筑面积（平方米）', 0),
      undergroundArea: num('地下建筑面积（平方米）', 0),
      buildingHeight: num('建筑高度（米）', 0, 600),
      floorsAbove: int('地上层数', 0, 150),
      greenRate: num('绿地率（%）', 0, 100),
      lineLength: num('管线（道路）长度（米）', 0),
      needCivilDefense: yesNo('是否按规定修建防空地下室'),
      ...AGENT_FIELDS,
    },
    [
      'projectName',
      'projectCode',
      'builderName',
      'creditCode',
      'legalRepresentative',
      'contactName',
      'phone',
      'projectAddress',
      'landCertificateNo',
      'projectType',
    ],
    [
      when('projectType', '房屋建筑工程', ['floorArea', 'buildingHeight', 'floorsAbove', 'greenRate']),
      whenOneOf('projectType', ['市政基础设施工程', '管线工程'], ['lineLength']),
      AGENT_RULE,
    ],
    { projectCode: { 'ui:placeholder': '如 2026-510104-47-01-000123' } },
  ),
  blocks: [
    accept(
      1,
      JOINT_WINDOW,
      [
        'application',
        'business-licence',
        'project-approval',
        'land-proof',
        'design-scheme',
        'civil-defense-design',
        'greening-plan',
        'traffic-study',
        'power-of-attorney',
      ],
      undefined,
      '并联审批窗口受理',
    ),
    parallel(
      [
        step('scheme-review', '设计方案审查', 4, planning.review, '审查', { materials: ['design-scheme'] }),
        step('publicity', '批前公示', 5, planning.review, '公示'),
      ],
      [
        step('civil-defense', '防空地下室建设审查', 5, civilDefense.review, '审查', {
          materials: ['civil-defense-design'],
        }),
      ],
      [step('greening', '绿地配套审查', 4, urban.review, '审查', { materials: ['greening-plan'] })],
      [step('traffic', '交通影响评价审查', 4, transport.review, '审查', { materials: ['traffic-study'] })],
    ),
    decide(2, planning.lead, undefined, '联合审定'),
    deliver(1, JOINT_WINDOW, undefined, '统一发证'),
  ],
  decisionAfter: 'decide',
});

const housing = districtGroups('ZJ');
const tax = districtGroups('SW');

/** 国有建设用地使用权及房屋所有权转移登记: registration, contract filing and tax collection in one window; charged per case. */
export const realEstateTransferRegistration: ApprovalItem = defineItem({
  code: 'JJ-ZG-002',
  dept: 'ZG',
  name: '国有建设用地使用权及房屋所有权转移登记',
  type: '行政确认',
  handling: '变更',
  level: 'district',
  agency: '区不动产登记中心',
  basis: [
    law('《中华人民共和国民法典》', '第二百零九条、第二百一十四条'),
    law('《不动产登记暂行条例》', '第三条、第二十条'),
    law('《不动产登记暂行条例实施细则》'),
  ],
  conditions: [
    '不动产已办理首次登记，权属清楚、无争议',
    '不动产未被查封，或已解除查封',
    '设有抵押的，抵押权人同意转让或抵押已注销',
    '交易已完成网签备案，相关税费已缴纳或一并申报',
  ],
  statutoryDays: 30,
  promisedDays: 5,
  caseKind: '联办件',
  fee: charged(
    '住宅类每件 80 元（含第一本证书工本费）；非住宅类每件 550 元；多发一本证书加收 10 元工本费',
    '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
    80,
  ),
  service: {
    objects: ['自然人', '法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '不动产权证书', type: '证照' },
  },
  materials: [
    applicationForm('不动产登记申请书'),
    issued('identity', '申请人身份证明（居民身份证或营业执照）', { copies: 0 }),
    issued('title-cert', '不动产权属证书', { copies: 0 }),
    own('contract', '不动产买卖合同（网签备案合同）或其他转移原因证明', {
      standard: '买卖的提供网签备案合同；赠与、继承的提供赠与合同或继承公证书等',
    }),
    own('marriage-proof', '婚姻状况证明或夫妻共有约定', { requiredWhen: 'shareType = "共同共有"', form: 'either' }),
    own('share-agreement', '按份共有的份额约定书', { requiredWhen: 'shareType = "按份共有"' }),
    issued('tax-proof', '完税（或减免税）凭证', {
      required: false,
      note: '一窗受理时由税务部门同步征收，无需另行提交',
    }),
    powerOfAttorney(),
  ],
  form: form(
    '不动产登记申请表（转移登记）',
    {
      transferType: choice('转移原因', ['买卖', '赠与', '继承、受遗赠', '互换', '作价出资（入股）']),
      propertyUse: choice('房屋用途', ['住宅', '非住宅']),
      certificateNo: text('原不动产权证书号', 60),
      propertyAddress: text('不动产坐落', 120),
      area: num('建筑面积（平方米）', 0.01),
      price: num('成交价格（万元）', 0),
      transferors: rows(
        '转让方（义务人）',
        { name: text('姓名或名称', 100), idNumber: text('证件号码', 30) },
        ['name', 'idNumber'],
        1,
      ),
      transferees: rows(
        '受让方（权利人）',
        { name: text('姓名或名称', 100), idNumber: text('证件号码', 30) },
        ['name', 'idNumber'],
        1,
      ),
      shareType: choice('共有情况', ['单独所有', '共同共有', '按份共有'], '单独所有'),
      shares: text('各共有人份额（如 甲 50%，乙 50%）', 200),
      phone: mobile(),
      ...AGENT_FIELDS,
    },
    [
      'transferType',
      'propertyUse',
      'certificateNo',
      'propertyAddress',
      'area',
      'transferors',
      'transferees',
      'shareType',
      'phone',
    ],
    [when('transferType', '买卖', ['price']), when('shareType', '按份共有', ['shares']), AGENT_RULE],
  ),
  blocks: [
    accept(
      0.5,
      JOINT_WINDOW,
      ['application', 'identity', 'title-cert', 'contract', 'marriage-proof', 'share-agreement', 'power-of-attorney'],
      undefined,
      '一窗受理',
    ),
    parallel(
      [step('register-review', '登记审核', 2, planning.review, '审核', { materials: ['title-cert', 'contract'] })],
      [step('filing', '交易备案核验', 1, housing.review, '审查')],
      [step('tax', '税款征收', 1, tax.review, '其他')],
    ),
    decide(1, planning.lead, undefined, '登簿'),
    deliver(1, JOINT_WINDOW, undefined, '缮证发证'),
  ],
  decisionAfter: 'decide',
});

/** The planning bureau's hand-written items. */
export const PLANNING_ITEMS: readonly ApprovalItem[] = [constructionPlanningPermit, realEstateTransferRegistration];
