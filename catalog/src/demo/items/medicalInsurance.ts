/**
 * Hand-written item of the medical security bureau (医疗保障局): medical assistance, registered by the
 * village agent, reviewed by the street and approved by the district.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups, TOWN_GROUPS, VILLAGE_AGENT } from '../departments.js';
import { AGENT_FIELDS, AGENT_RULE, choice, date, form, idNumber, mobile, num, text } from '../forms.js';
import { idCard, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const medical = districtGroups('YB');

/** 医疗救助申请: village → street → district, promised 10 of 20 working days. */
export const medicalAssistance: ApprovalItem = defineItem({
  code: 'JJ-YB-001',
  dept: 'YB',
  name: '医疗救助申请',
  type: '行政给付',
  level: 'village',
  basis: [
    law('《社会救助暂行办法》', '第二十八条、第二十九条、第三十条'),
    law('《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）'),
  ],
  conditions: [
    '属于最低生活保障家庭成员、特困人员、低保边缘家庭成员、返贫致贫人口，或因高额医疗费用导致家庭基本生活出现严重困难的重病患者',
    '已参加城乡居民或职工基本医疗保险，医疗费用已经基本医疗保险、大病保险报销',
  ],
  statutoryDays: 20,
  promisedDays: 10,
  caseKind: '承诺件',
  service: {
    objects: ['自然人'],
    onlineDepth: 1,
    visits: 1,
    result: { name: '医疗救助审批决定（救助金发放）', type: '批文' },
  },
  materials: [
    own('application', '医疗救助申请审批表'),
    idCard('患者居民身份证', { copies: 1 }),
    own('bills', '医疗费用发票、费用清单及医保结算单', { copies: 1 }),
    own('diagnosis', '出院小结或诊断证明'),
    issued('status-proof', '救助对象身份证明（低保证、特困供养证等）', {
      requiredWhen: 'assistanceCategory != "因病致贫重病患者"',
      originals: 0,
    }),
    own('authorization', '家庭经济状况核对授权书', { requiredWhen: 'assistanceCategory = "因病致贫重病患者"' }),
    powerOfAttorney({ name: '代办人居民身份证及委托书' }),
  ],
  form: form(
    '医疗救助申请表',
    {
      patientName: text('患者姓名', 30),
      idNumber: idNumber('患者身份证号码'),
      phone: mobile('联系人手机'),
      community: text('所在村（社区）', 60),
      assistanceCategory: choice('救助对象类别', [
        '最低生活保障对象',
        '特困人员',
        '低保边缘家庭成员',
        '返贫致贫人口',
        '因病致贫重病患者',
      ]),
      hospital: text('就诊医院', 100),
      admissionDate: date('入院（就诊）日期'),
      dischargeDate: date('出院日期'),
      totalCost: num('医疗总费用（元）', 0),
      insurancePaid: num('基本医保及大病保险报销（元）', 0),
      selfPaid: num('个人自付（元）', 0),
      bankAccount: text('社会保障卡或银行账号', 30),
      ...AGENT_FIELDS,
    },
    [
      'patientName',
      'idNumber',
      'phone',
      'community',
      'assistanceCategory',
      'hospital',
      'admissionDate',
      'totalCost',
      'insurancePaid',
      'selfPaid',
      'bankAccount',
    ],
    [AGENT_RULE],
  ),
  blocks: [
    accept(
      1,
      VILLAGE_AGENT,
      ['application', 'id-card', 'bills', 'diagnosis', 'status-proof', 'authorization', 'power-of-attorney'],
      'village',
      '村（社区）代办受理',
    ),
    step('town-review', '街道审核', 2, TOWN_GROUPS.review, '审核', {
      level: 'town',
      materials: ['bills', 'diagnosis'],
    }),
    decide(3, medical.lead, 'district', '区医保局审批'),
    deliver(2, medical.review, 'district', '救助金拨付'),
  ],
  decisionAfter: 'decide',
});

/** The medical security bureau's hand-written items. */
export const MEDICAL_INSURANCE_ITEMS: readonly ApprovalItem[] = [medicalAssistance];
