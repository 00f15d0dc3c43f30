/**
 * Hand-written items of the human resources and social security bureau (人力资源和社会保障局) besides
 * seed 000's 再就业证补办: the employment and entrepreneurship certificate at the street centers and
 * unemployment insurance benefits.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups, TOWN_GROUPS } from '../departments.js';
import { choice, creditCode, date, form, idNumber, int, mobile, text, when } from '../forms.js';
import { idCard, issued, own, photo } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const labour = districtGroups('RS');

/** 就业创业证申领: at the street center, promised 1 working day. */
export const employmentCertificate: ApprovalItem = defineItem({
  code: 'JJ-RS-002',
  dept: 'RS',
  name: '就业创业证申领',
  type: '公共服务',
  handling: '新设',
  level: 'town',
  agency: '各街道便民服务中心（劳动保障所）',
  basis: [
    law('《中华人民共和国就业促进法》', '第五十二条'),
    law('《就业服务与就业管理规定》', '第六十一条至第六十三条'),
    law('《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》（人社部发〔2014〕97号）'),
  ],
  conditions: ['法定劳动年龄内、有劳动能力的本区户籍或常住人员', '已办理就业登记或失业登记，或从事个体经营、自主创业'],
  statutoryDays: 5,
  promisedDays: 1,
  caseKind: '即办件',
  service: {
    objects: ['自然人'],
    onlineDepth: 4,
    visits: 0,
    result: { name: '就业创业证', type: '证照' },
  },
  materials: [
    idCard('本人居民身份证', { copies: 0 }),
    photo(false, 1),
    issued('business-licence', '营业执照', { requiredWhen: 'employmentStatus = "自主创业"', copies: 0 }),
    own('labour-contract', '劳动合同或就业证明', { requiredWhen: 'employmentStatus = "就业"', required: true }),
  ],
  form: form(
    '就业创业证申领登记表',
    {
      applicantName: text('姓名', 30),
      idNumber: idNumber(),
      gender: choice('性别', ['男', '女']),
      education: choice('文化程度', ['初中及以下', '高中（中专、技校）', '大专', '本科', '研究生']),
      householdType: choice('户籍性质', ['城镇', '农村']),
      address: text('常住地址', 120),
      employmentStatus: choice('就业状态', ['就业', '失业', '自主创业']),
      employer: text('就业单位', 100),
      enterpriseName: text('创业实体名称', 100),
      enterpriseCode: creditCode('创业实体统一社会信用代码'),
      phone: mobile(),
    },
    ['applicantName', 'idNumber', 'gender', 'education', 'householdType', 'address', 'employmentStatus', 'phone'],
    [
      when('employmentStatus', '就业', ['employer']),
      when('employmentStatus', '自主创业', ['enterpriseName', 'enterpriseCode']),
    ],
  ),
  blocks: [
    accept(0.5, TOWN_GROUPS.window, ['id-card', 'business-licence', 'labour-contract'], 'town'),
    step('issue', '审核发证', 0.5, TOWN_GROUPS.review, '决定', { level: 'town' }),
  ],
});

/** 失业保险金申领: eligibility review, benefit assessment and payment, promised 5 working days. */
export const unemploymentBenefit: ApprovalItem = defineItem({
  code: 'JJ-RS-003',
  dept: 'RS',
  name: '失业保险金申领',
  type: '行政给付',
  level: 'district',
  agency: '区社会保险事业管理局',
  basis: [
    law('《中华人民共和国社会保险法》', '第四十五条至第四十七条'),
    law('《失业保险条例》', '第十四条、第十六条、第十七条'),
  ],
  conditions: [
    '失业前用人单位和本人已经缴纳失业保险费满一年',
    '非因本人意愿中断就业',
    '已经进行失业登记，并有求职要求',
  ],
  statutoryDays: 15,
  promisedDays: 5,
  caseKind: '承诺件',
  service: {
    objects: ['自然人'],
    onlineDepth: 4,
    visits: 0,
    result: { name: '失业保险待遇核定通知（按月发放失业保险金）', type: '其他' },
  },
  materials: [
    idCard('本人居民身份证', { copies: 0, form: 'either' }),
    own('separation-proof', '终止或解除劳动关系证明', { form: 'either' }),
    issued('social-card', '社会保障卡（金融账户已激活）', { originals: 0, copies: 0, required: false }),
  ],
  form: form(
    '失业保险金申领登记表',
    {
      applicantName: text('姓名', 30),
      idNumber: idNumber(),
      phone: mobile(),
      lastEmployer: text('原工作单位', 100),
      employerCode: creditCode('原单位统一社会信用代码'),
      separationDate: date('终止或解除劳动关系日期'),
      separationReason: choice('中断就业原因', [
        '劳动合同期满终止',
        '用人单位解除劳动合同',
        '被用人单位开除、除名或辞退',
        '因用人单位过错本人解除劳动合同',
        '法律法规规定的其他情形',
      ]),
      contributionMonths: int('累计缴纳失业保险费月数', 12, 600),
      jobSeeking: { type: 'boolean', title: '是否有求职要求', const: true, default: true },
      bankAccount: text('社会保障卡金融账号', 30),
    },
    [
      'applicantName',
      'idNumber',
      'phone',
      'lastEmployer',
      'separationDate',
      'separationReason',
      'contributionMonths',
      'jobSeeking',
      'bankAccount',
    ],
  ),
  blocks: [
    accept(0.5, labour.window, ['id-card', 'separation-proof']),
    step('eligibility', '资格审核', 2, labour.review, '审查'),
    decide(1, labour.lead, undefined, '待遇核定'),
    deliver(1.5, labour.window, undefined, '发放并告知'),
  ],
  decisionAfter: 'decide',
});

/** The labour bureau's hand-written items (seed 000's item is in reemploymentCertificateReissue.ts). */
export const LABOUR_ITEMS: readonly ApprovalItem[] = [employmentCertificate, unemploymentBenefit];
