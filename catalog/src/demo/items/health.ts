/**
 * Hand-written items of the health bureau (卫生健康局): public-place hygiene licence (seed 002),
 * physician practice registration and birth registration at the street centers.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups, TOWN_GROUPS } from '../departments.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  choice,
  creditCode,
  date,
  form,
  idNumber,
  int,
  mobile,
  num,
  text,
  when,
  yesNo,
} from '../forms.js';
import {
  applicationForm,
  businessLicence,
  householdRegister,
  idCard,
  issued,
  legalRepId,
  own,
  photo,
  powerOfAttorney,
} from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const health = districtGroups('WJ');

const PREMISES_TYPES = [
  '宾馆、旅店、招待所',
  '公共浴室',
  '理发店、美容店',
  '游泳场（馆）',
  '歌舞厅、音乐厅',
  '商场（店）、书店',
  '候车室',
  '影剧院、录像厅（室）',
];

/** 公共场所卫生许可 (seed 002): desk review and on-site assessment; promised 8 of the statutory 20 working days. */
export const publicPlaceHygieneLicence: ApprovalItem = defineItem({
  code: 'JJ-WJ-001',
  dept: 'WJ',
  name: '公共场所卫生许可',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《公共场所卫生管理条例》', '第二条、第八条'),
    law('《公共场所卫生管理条例实施细则》', '第二十二条至第二十四条'),
  ],
  conditions: [
    '场所选址、设计和装修符合国家卫生标准和要求，布局合理',
    '具有与经营规模相适应的卫生设施，集中空调通风系统符合卫生规范',
    '建立卫生管理制度，配备专（兼）职卫生管理人员',
    '从业人员取得有效健康合格证明',
    '公共场所卫生检测或评价结果符合国家卫生标准',
  ],
  statutoryDays: 20,
  promisedDays: 8,
  caseKind: '承诺件',
  service: {
    objects: ['法人', '其他组织', '自然人'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '公共场所卫生许可证', type: '证照', sample: '公共场所卫生许可证（有效期四年）样本' },
  },
  materials: [
    applicationForm('公共场所卫生许可申请表'),
    businessLicence(),
    legalRepId(),
    own('site-plan', '公共场所地址方位示意图、平面图和卫生设施平面布局图', { form: 'either' }),
    own('hygiene-report', '公共场所卫生检测或者评价报告', { standard: '由具备资质的检测机构出具，一年内有效' }),
    own('hygiene-rules', '公共场所卫生管理制度'),
    own('health-certs', '从业人员健康合格证明', { originals: 0, copies: 1 }),
    own('air-report', '集中空调通风系统卫生检测或者评价报告', { requiredWhen: 'centralAir = true' }),
    own('pool-water', '游泳池水质检测报告及水处理设施说明', { requiredWhen: 'premisesType = "游泳场（馆）"' }),
    powerOfAttorney(),
  ],
  form: form(
    '公共场所卫生许可申请表',
    {
      premisesName: text('场所名称', 100),
      premisesType: choice('场所类别', PREMISES_TYPES),
      operatorName: text('经营单位（个体工商户）名称', 100),
      creditCode: creditCode(),
      legalRepresentative: text('法定代表人（负责人）', 30),
      address: text('经营地址', 120),
      area: num('营业面积（平方米）', 1, 200000),
      employees: int('从业人员数', 1, 5000),
      certifiedEmployees: int('持健康合格证明人数', 0, 5000),
      centralAir: yesNo('是否使用集中空调通风系统'),
      poolArea: num('游泳池水面面积（平方米）', 1),
      waterTreatment: choice('池水循环净化方式', ['逆流式', '顺流式', '混流式']),
      hygieneManager: text('卫生管理人员', 30),
      phone: mobile(),
      ...AGENT_FIELDS,
    },
    [
      'premisesName',
      'premisesType',
      'operatorName',
      'creditCode',
      'legalRepresentative',
      'address',
      'area',
      'employees',
      'phone',
    ],
    [when('premisesType', '游泳场（馆）', ['poolArea', 'waterTreatment']), AGENT_RULE],
  ),
  blocks: [
    accept(0.5, health.window, [
      'application',
      'business-licence',
      'legal-rep-id',
      'site-plan',
      'hygiene-report',
      'hygiene-rules',
      'health-certs',
      'air-report',
      'pool-water',
      'power-of-attorney',
    ]),
    step('review', '资料审查', 1.5, health.review, '审查', {
      materials: ['hygiene-report', 'air-report', 'pool-water'],
    }),
    step('inspect', '现场审核', 3, health.review, '踏勘', { materials: ['site-plan'] }),
    step('check', '科室审核', 1, health.review, '审核'),
    decide(1, health.lead),
    deliver(1, health.window, undefined, '制证发证'),
  ],
  decisionAfter: 'decide',
});

/** 医师执业注册: the physician registers with the district; an assessment is needed after two years without registration. */
export const physicianRegistration: ApprovalItem = defineItem({
  code: 'JJ-WJ-002',
  dept: 'WJ',
  name: '医师执业注册',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国医师法》', '第十三条、第十四条'),
    law('《医师执业注册管理办法》（国家卫生和计划生育委员会令第13号）'),
  ],
  conditions: [
    '取得医师资格',
    '拟执业的医疗、预防、保健机构已同意聘用',
    '无医师法规定不予注册的情形（如不具有完全民事行为能力、受刑事处罚未满规定期限等）',
    '取得医师资格二年以上未注册的，经考核合格',
  ],
  statutoryDays: 20,
  promisedDays: 5,
  caseKind: '承诺件',
  service: {
    objects: ['自然人'],
    onlineDepth: 4,
    visits: 0,
    result: { name: '医师执业证书（电子证照）', type: '证照' },
  },
  materials: [
    applicationForm('医师执业注册申请审核表'),
    idCard('申请人居民身份证', { copies: 0 }),
    issued('qualification', '医师资格证书', { copies: 0, form: 'electronic' }),
    own('health-exam', '近6个月内的健康体检表', { form: 'either' }),
    own('employment', '拟执业医疗机构的聘用证明'),
    own('assessment', '业务水平考核合格证明', {
      requiredWhen: 'qualificationOverTwoYears = true',
      note: '取得医师资格二年以上未注册的提供',
    }),
    photo(false, 1),
  ],
  form: form(
    '医师执业注册申请表',
    {
      applicantName: text('姓名', 30),
      idNumber: idNumber(),
      gender: choice('性别', ['男', '女']),
      qualificationNumber: text('医师资格证书编码', 30),
      qualificationDate: date('取得医师资格日期'),
      qualificationOverTwoYears: yesNo('取得医师资格后是否已超过二年未注册'),
      category: choice('执业类别', ['临床', '中医（含民族医、中西医结合）', '口腔', '公共卫生']),
      scope: text('执业范围', 60),
      institution: text('拟执业机构名称', 100),
      institutionCode: creditCode('拟执业机构统一社会信用代码'),
      phone: mobile(),
    },
    [
      'applicantName',
      'idNumber',
      'gender',
      'qualificationNumber',
      'qualificationDate',
      'category',
      'scope',
      'institution',
      'phone',
    ],
  ),
  blocks: [
    accept(0.5, health.window, ['application', 'id-card', 'qualification', 'health-exam', 'employment', 'assessment']),
    step('review', '资格审查', 2, health.review, '审查'),
    decide(1, health.lead, undefined, '准予注册'),
    deliver(1, health.window, undefined, '核发电子证照'),
  ],
  decisionAfter: 'decide',
});

/** 生育登记: at the street center, on the spot (即办件); Sichuan no longer requires a marriage certificate. */
export const birthRegistration: ApprovalItem = defineItem({
  code: 'JJ-WJ-003',
  dept: 'WJ',
  name: '生育登记',
  type: '公共服务',
  level: 'town',
  agency: '各街道办事处',
  basis: [
    law('《中华人民共和国人口与计划生育法》', '第十八条'),
    law('《四川省人口与计划生育条例》'),
    law('《四川省生育登记服务管理办法》'),
  ],
  conditions: ['拟生育或已生育子女的父母一方为本区户籍或持本区居住证', '生育子女符合法律法规规定'],
  statutoryDays: 1,
  promisedDays: 0.5,
  caseKind: '即办件',
  service: {
    objects: ['自然人'],
    onlineDepth: 4,
    visits: 0,
    result: { name: '生育登记服务单', type: '其他' },
  },
  materials: [
    idCard('夫妻双方（或父亲、母亲）居民身份证', { copies: 0 }),
    householdRegister({ required: false, copies: 0, note: '不提供户口簿的，可提供居住证' }),
    issued('marriage-cert', '结婚证', { required: false, copies: 0, note: '不作为办理要件' }),
    powerOfAttorney(),
  ],
  form: form(
    '生育登记表',
    {
      motherName: text('母亲姓名', 30),
      motherIdNumber: idNumber('母亲身份证号码'),
      fatherName: text('父亲姓名', 30),
      fatherIdNumber: idNumber('父亲身份证号码'),
      childOrder: int('本次登记为第几个子女', 1, 10),
      expectedDate: date('预产期（或出生日期）'),
      residence: choice('户籍或居住情况', ['本区户籍', '持本区居住证']),
      address: text('现居住地址', 120),
      phone: mobile(),
      ...AGENT_FIELDS,
    },
    ['motherName', 'motherIdNumber', 'childOrder', 'expectedDate', 'residence', 'address', 'phone'],
    [AGENT_RULE],
  ),
  blocks: [
    step('register', '受理并登记', 0.5, TOWN_GROUPS.window, '决定', {
      materials: ['id-card', 'power-of-attorney'],
      level: 'town',
    }),
  ],
});

/** The health bureau's hand-written items. */
export const HEALTH_ITEMS: readonly ApprovalItem[] = [
  publicPlaceHygieneLicence,
  physicianRegistration,
  birthRegistration,
];
