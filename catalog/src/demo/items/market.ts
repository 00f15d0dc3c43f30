/**
 * Hand-written items of the market regulation bureau (市场监督管理局): catering licence (seed 002's
 * 餐饮服务许可, now a food business licence), domestic and foreign-invested company registration
 * (seed 002's parallel approvals, handled as one-window company opening) and sole proprietors.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { cityGroups, districtGroups, JOINT_WINDOW, TOWN_GROUPS } from '../departments.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  choice,
  choices,
  creditCode,
  form,
  idNumber,
  int,
  longText,
  mobile,
  num,
  rows,
  text,
  when,
  whenOneOf,
  yesNo,
} from '../forms.js';
import { applicationForm, businessLicence, idCard, issued, legalRepId, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, parallel, step } from '../steps.js';

const market = districtGroups('SJ');

const cateringMaterials = [
  applicationForm('食品经营许可申请书'),
  businessLicence(),
  legalRepId(),
  own('layout', '与食品经营相适应的主要设备设施布局、操作流程等文件', {
    standard: '标明加工操作区域、设备位置，并由申请人签章',
  }),
  own('safety-rules', '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度'),
  own('manager-proof', '食品安全管理人员及其培训考核合格情况说明', {
    note: '单位食堂、集中用餐配送单位等须配备专职管理人员',
  }),
  own('cold-room', '专间（专区）设置及操作流程说明', {
    requiredWhen: 'list contains(categories, "冷食类食品制售") or list contains(categories, "生食类食品制售")',
    note: '制售冷食类、生食类食品的，应设专间',
  }),
  own('online-platform', '网络经营的网站（平台）名称、网址及入网协议', {
    requiredWhen: 'onlineSales = true',
    form: 'either',
  }),
  powerOfAttorney(),
];

/** 餐饮服务许可（食品经营许可·餐饮服务）(seed 002): desk review, on-site check, decision within 5 of the statutory 10 working days. */
export const cateringLicence: ApprovalItem = defineItem({
  code: 'JJ-SJ-001',
  dept: 'SJ',
  name: '餐饮服务许可（食品经营许可）',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国食品安全法》', '第三十三条、第三十五条'),
    law('《中华人民共和国行政许可法》', '第三十二条、第四十二条'),
    law('《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）'),
  ],
  conditions: [
    '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，保持场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离',
    '具有与经营的食品品种、数量相适应的经营设备或者设施，有相应的消毒、更衣、盥洗、采光、照明、通风、防腐、防尘、防蝇、防鼠、防虫、洗涤以及处理废水、存放垃圾和废弃物的设备或者设施',
    '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度',
    '具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染，避免食品接触有毒物、不洁物',
    '已取得营业执照或其他主体资格证明',
  ],
  statutoryDays: 10,
  promisedDays: 5,
  caseKind: '承诺件',
  service: {
    objects: ['法人', '其他组织', '自然人'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '食品经营许可证', type: '证照', sample: '食品经营许可证（正本、副本）样本' },
  },
  materials: cateringMaterials,
  form: form(
    '食品经营许可（餐饮服务）申请表',
    {
      operatorName: text('经营者名称', 100),
      creditCode: creditCode(),
      legalRepresentative: text('法定代表人（负责人）', 30),
      idNumber: idNumber('法定代表人（负责人）身份证号码'),
      premisesAddress: text('经营场所', 120),
      area: num('经营场所使用面积（平方米）', 1, 100000),
      mainBusiness: choice(
        '主体业态',
        ['餐饮服务经营者', '单位食堂', '集中用餐配送单位', '中央厨房'],
        '餐饮服务经营者',
      ),
      categories: choices('经营项目', [
        '热食类食品制售',
        '冷食类食品制售',
        '生食类食品制售',
        '半成品制售',
        '自制饮品制售',
      ]),
      canteenFor: text('食堂服务对象（如学校、托幼机构、养老机构）', 60),
      diners: int('就餐人数（人）', 1, 100000),
      onlineSales: yesNo('是否开展网络经营'),
      platformName: text('网站（平台）名称', 60),
      foodSafetyManager: text('食品安全管理人员', 30),
      phone: mobile(),
      ...AGENT_FIELDS,
    },
    [
      'operatorName',
      'creditCode',
      'legalRepresentative',
      'premisesAddress',
      'area',
      'mainBusiness',
      'categories',
      'phone',
    ],
    [
      when('onlineSales', true, ['platformName']),
      when('mainBusiness', '单位食堂', ['canteenFor', 'diners']),
      AGENT_RULE,
    ],
    { 'ui:title': '食品经营许可（餐饮服务）申请表', categories: { 'ui:widget': 'checkboxes' } },
  ),
  blocks: [
    accept(0.5, market.window, [
      'application',
      'business-licence',
      'legal-rep-id',
      'layout',
      'safety-rules',
      'cold-room',
      'online-platform',
      'power-of-attorney',
    ]),
    step('inspect', '现场核查', 2, market.review, '踏勘', { materials: ['layout', 'cold-room'] }),
    step('review', '审查', 1, market.review, '审查', { materials: ['safety-rules', 'manager-proof'] }),
    decide(0.5, market.lead),
    deliver(1, market.window, undefined, '制证发证'),
  ],
  decisionAfter: 'decide',
});

const police = districtGroups('GA');
const tax = districtGroups('SW');
const labour = districtGroups('RS');
const ENTERPRISE_TYPES = [
  '有限责任公司（自然人投资或控股）',
  '有限责任公司（自然人独资）',
  '股份有限公司',
  '个人独资企业',
  '合伙企业',
];

/** 内资企业设立登记 (seed 002): one window, licence, seal, tax and social insurance registration in parallel, 联办件. */
export const domesticEnterpriseRegistration: ApprovalItem = defineItem({
  code: 'JJ-SJ-002',
  dept: 'SJ',
  name: '内资企业设立登记',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国公司法》'),
    law('《中华人民共和国市场主体登记管理条例》', '第三条、第十九条'),
    law('《中华人民共和国市场主体登记管理条例实施细则》'),
    law('《中华人民共和国行政许可法》', '第二十六条'),
  ],
  conditions: [
    '企业名称经自主申报，符合企业名称登记管理规定',
    '有符合规定的住所（经营场所）',
    '有符合公司法等法律规定的章程、出资和组织机构',
    '经营范围中属于依法须经批准的项目，已取得批准文件',
  ],
  statutoryDays: 3,
  promisedDays: 2,
  caseKind: '联办件',
  service: {
    objects: ['自然人', '法人', '其他组织'],
    onlineDepth: 4,
    visits: 0,
    result: { name: '营业执照（同步发放印章、发票及税控设备）', type: '证照' },
  },
  materials: [
    applicationForm('企业登记（备案）申请书'),
    own('articles', '企业章程（合伙协议）', { requiredWhen: 'enterpriseType != "个人独资企业"' }),
    issued('investor-id', '投资人（股东、合伙人）的主体资格证明或自然人身份证明', { originals: 0 }),
    own('officer-docs', '法定代表人、董事、监事和高级管理人员的任职文件及身份证明', { copies: 1 }),
    own('premises', '住所（经营场所）使用证明', { note: '可采用住所申报承诺制' }),
    issued('prior-approval', '依法须经批准项目的批准文件', { requiredWhen: 'needsPermit = true' }),
    powerOfAttorney({ name: '指定代表或者共同委托代理人授权委托书及身份证明' }),
  ],
  form: form(
    '企业设立登记申请表',
    {
      enterpriseName: text('企业名称', 100),
      enterpriseType: choice('企业类型', ENTERPRISE_TYPES, '有限责任公司（自然人投资或控股）'),
      registeredCapital: num('注册资本（万元）', 0.01, 10000000),
      address: text('住所', 120),
      businessScope: longText('经营范围', 1000),
      needsPermit: yesNo('经营范围是否含有依法须经批准的项目'),
      legalRepresentative: text('法定代表人（负责人）', 30),
      idNumber: idNumber('法定代表人（负责人）身份证号码'),
      phone: mobile('联络员手机'),
      investors: rows(
        '投资人（股东）',
        {
          name: text('名称或姓名', 100),
          idOrCode: text('证照号码', 30),
          contribution: num('认缴出资额（万元）', 0),
          contributionDate: { type: 'string', title: '出资期限', format: 'date' },
        },
        ['name', 'idOrCode'],
        1,
      ),
      sealCount: int('刻制印章数量（枚）', 0, 10),
      applyInvoice: yesNo('同步申领发票', true),
      socialInsurance: yesNo('同步办理单位社会保险登记', true),
      ...AGENT_FIELDS,
    },
    [
      'enterpriseName',
      'enterpriseType',
      'address',
      'businessScope',
      'legalRepresentative',
      'idNumber',
      'phone',
      'investors',
    ],
    [
      whenOneOf(
        'enterpriseType',
        ['有限责任公司（自然人投资或控股）', '有限责任公司（自然人独资）', '股份有限公司'],
        ['registeredCapital'],
      ),
      AGENT_RULE,
    ],
    { businessScope: { 'ui:widget': 'textarea', 'ui:help': '按经营范围规范表述目录勾选填写' } },
  ),
  blocks: [
    accept(
      0.5,
      JOINT_WINDOW,
      ['application', 'articles', 'investor-id', 'officer-docs', 'premises', 'prior-approval', 'power-of-attorney'],
      undefined,
      '企业开办一窗受理',
    ),
    parallel(
      [step('register', '登记审核', 1, market.review, '审核')],
      [step('seal', '印章刻制备案', 1, police.review, '其他')],
      [step('tax', '新办纳税人涉税事项及发票申领', 1, tax.review, '其他')],
      [step('insurance', '单位社会保险登记', 0.5, labour.review, '其他')],
    ),
    deliver(0.5, JOINT_WINDOW, undefined, '统一发放营业执照、印章和发票'),
  ],
});

const cityMarket = cityGroups('SJ');
const commerce = cityGroups('SC');
const cityPolice = cityGroups('GA');
const cityTax = cityGroups('SW');

/** 外商投资企业设立登记 (seed 002): city level; registration, investment information report, seal and tax in parallel, promised 2 of 3 days. */
export const foreignInvestedEnterpriseRegistration: ApprovalItem = defineItem({
  code: 'JJ-SJ-003',
  dept: 'SJ',
  name: '外商投资企业设立登记',
  type: '行政许可',
  handling: '新设',
  level: 'city',
  basis: [
    law('《中华人民共和国外商投资法》', '第四条、第三十一条、第三十四条'),
    law('《中华人民共和国市场主体登记管理条例》', '第十九条'),
    law('《外商投资信息报告办法》（商务部、国家市场监督管理总局令2019年第2号）'),
    law('《中华人民共和国行政许可法》', '第二十六条'),
  ],
  conditions: [
    '投资领域不属于外商投资准入负面清单规定禁止投资的领域；属于限制投资领域的，符合负面清单规定的条件',
    '外国投资者的主体资格证明或身份证明已经所在国公证机关公证并经中国驻该国使（领）馆认证，或履行中国与该国订立的有关条约规定的证明手续',
    '企业名称、住所、章程及组织机构符合公司法等法律规定',
  ],
  statutoryDays: 3,
  promisedDays: 2,
  caseKind: '联办件',
  overtimeDefault: { enabled: false },
  service: {
    objects: ['法人', '其他组织', '自然人'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '营业执照', type: '证照' },
  },
  materials: [
    applicationForm('外商投资企业设立登记申请书'),
    own('articles', '公司章程（合伙协议）'),
    own('investor-proof', '外国投资者主体资格证明或身份证明（经公证认证）', { copies: 1 }),
    own('officer-docs', '法定代表人、董事、监事和高级管理人员的任职文件及身份证明', { copies: 1 }),
    own('premises', '住所（经营场所）使用证明'),
    own('translation', '外文材料的中文译本（加盖翻译机构公章）', { requiredWhen: 'foreignLanguageDocs = true' }),
    own('legal-service-agent', '境外投资者法律文件送达授权委托书', {
      requiredWhen: 'investorRegion != "中国港澳台地区"',
    }),
    powerOfAttorney({ name: '指定代表或者共同委托代理人授权委托书及身份证明' }),
  ],
  form: form(
    '外商投资企业设立登记申请表',
    {
      enterpriseName: text('企业名称', 100),
      enterpriseType: choice('企业类型', [
        '外商独资有限责任公司',
        '中外合资有限责任公司',
        '外商投资股份有限公司',
        '外商投资合伙企业',
      ]),
      investorRegion: choice('投资者国别（地区）', ['中国港澳台地区', '亚洲其他国家和地区', '欧洲', '北美洲', '其他']),
      investors: rows(
        '投资者',
        {
          name: text('投资者名称（姓名）', 100),
          country: text('国别（地区）', 30),
          kind: choice('投资者类型', ['企业', '自然人']),
          contribution: num('认缴出资额（万美元）', 0),
        },
        ['name', 'country', 'kind'],
        1,
      ),
      totalInvestment: num('投资总额（万美元）', 0.01),
      registeredCapital: num('注册资本（万美元）', 0.01),
      address: text('住所', 120),
      businessScope: longText('经营范围', 1000),
      legalRepresentative: text('法定代表人', 30),
      passportOrId: text('法定代表人证件号码（护照或身份证）', 30),
      contactName: text('联络员', 30),
      phone: mobile('联络员手机'),
      foreignLanguageDocs: yesNo('是否提交外文材料', true),
      ...AGENT_FIELDS,
    },
    [
      'enterpriseName',
      'enterpriseType',
      'investorRegion',
      'investors',
      'address',
      'businessScope',
      'legalRepresentative',
      'phone',
    ],
    [
      whenOneOf(
        'enterpriseType',
        ['外商独资有限责任公司', '中外合资有限责任公司', '外商投资股份有限公司'],
        ['registeredCapital', 'totalInvestment'],
      ),
      AGENT_RULE,
    ],
  ),
  blocks: [
    accept(
      0.5,
      JOINT_WINDOW,
      [
        'application',
        'articles',
        'investor-proof',
        'officer-docs',
        'premises',
        'translation',
        'legal-service-agent',
        'power-of-attorney',
      ],
      undefined,
      '并联审批窗口受理',
    ),
    parallel(
      [step('register', '登记审核', 1, cityMarket.review, '审核')],
      [step('report', '外商投资信息报告确认', 1, commerce.review, '审查')],
      [step('seal', '印章刻制备案', 1, cityPolice.review, '其他')],
      [step('tax', '新办纳税人涉税事项', 1, cityTax.review, '其他')],
    ),
    decide(0.5, cityMarket.lead, undefined, '核准登记并统一发放营业执照和印章'),
  ],
  decisionAfter: 'decide',
});

/** 个体工商户设立登记: at the street's market office, on the spot (即办件). */
export const soleProprietorRegistration: ApprovalItem = defineItem({
  code: 'JJ-SJ-004',
  dept: 'SJ',
  name: '个体工商户设立登记',
  type: '行政许可',
  handling: '新设',
  level: 'town',
  agency: '区市场监督管理局各街道市场监督管理所',
  basis: [
    law('《中华人民共和国民法典》', '第五十四条'),
    law('《促进个体工商户发展条例》'),
    law('《中华人民共和国市场主体登记管理条例》', '第三条、第十九条'),
  ],
  conditions: [
    '有经营能力的自然人，以个人或者家庭经营',
    '有固定的经营场所',
    '经营范围不属于法律法规禁止个体工商户经营的项目',
  ],
  statutoryDays: 3,
  promisedDays: 1,
  caseKind: '即办件',
  service: { objects: ['自然人'], onlineDepth: 4, visits: 0, result: { name: '营业执照', type: '证照' } },
  materials: [
    applicationForm('个体工商户登记（备案）申请书'),
    idCard('经营者居民身份证', { originals: 1, copies: 0 }),
    own('premises', '经营场所使用证明', { note: '可采用住所（经营场所）申报承诺制', copies: 0 }),
    issued('family-proof', '家庭成员关系证明（户口簿等）', { requiredWhen: 'organizationForm = "家庭经营"' }),
    powerOfAttorney(),
  ],
  form: form(
    '个体工商户设立登记申请表',
    {
      tradeName: text('个体工商户名称（可不填写）', 60),
      operatorName: text('经营者姓名', 30),
      idNumber: idNumber('经营者身份证号码'),
      organizationForm: choice('组成形式', ['个人经营', '家庭经营'], '个人经营'),
      familyMembers: rows('参加经营的家庭成员', { name: text('姓名', 30), idNumber: idNumber('身份证号码') }, [
        'name',
        'idNumber',
      ]),
      address: text('经营场所', 120),
      businessScope: longText('经营范围', 500),
      capital: num('资金数额（万元）', 0),
      employees: int('从业人数', 1, 50),
      phone: mobile(),
      ...AGENT_FIELDS,
    },
    ['operatorName', 'idNumber', 'organizationForm', 'address', 'businessScope', 'phone'],
    [when('organizationForm', '家庭经营', ['familyMembers']), AGENT_RULE],
  ),
  blocks: [
    accept(
      0.5,
      TOWN_GROUPS.window,
      ['application', 'id-card', 'premises', 'family-proof', 'power-of-attorney'],
      'town',
    ),
    step('approve', '核准登记并发照', 0.5, market.review, '决定', { level: 'town' }),
  ],
});

/** The market bureau's hand-written items. */
export const MARKET_ITEMS: readonly ApprovalItem[] = [
  cateringLicence,
  domesticEnterpriseRegistration,
  foreignInvestedEnterpriseRegistration,
  soleProprietorRegistration,
];
