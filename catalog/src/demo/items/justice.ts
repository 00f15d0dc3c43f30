/**
 * Hand-written item of the justice bureau (司法局): legal aid, decided within seven days of the
 * application (法律援助法第四十三条).
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import { AGENT_FIELDS, AGENT_RULE, choice, form, longText, num, PERSON_FIELDS, text, when, yesNo } from '../forms.js';
import { applicationForm, idCard, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const justice = districtGroups('SF');

const MATTERS = [
  '依法请求国家赔偿',
  '请求给予社会保险待遇或者社会救助',
  '请求发给抚恤金',
  '请求给付赡养费、抚养费、扶养费',
  '请求确认劳动关系或者支付劳动报酬',
  '请求认定公民无民事行为能力或者限制民事行为能力',
  '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿',
  '请求环境污染、生态破坏损害赔偿',
  '其他法律、法规、规章规定的情形',
];

/** 法律援助申请审查: the legal aid center decides within 7 days and assigns a lawyer. */
export const legalAid: ApprovalItem = defineItem({
  code: 'JJ-SF-001',
  dept: 'SF',
  name: '法律援助申请审查',
  type: '公共服务',
  level: 'district',
  agency: '区法律援助中心',
  basis: [law('《中华人民共和国法律援助法》', '第三十一条、第四十一条、第四十二条、第四十三条')],
  conditions: [
    '申请事项属于法律援助法第三十一条规定的范围，且因经济困难没有委托代理人',
    '经济困难状况符合本省规定的标准，或属于法律援助法第四十二条规定免予核查经济困难状况的人员',
    '申请事项属于本区法律援助机构管辖',
  ],
  statutoryDays: 7,
  promisedDays: 5,
  timeUnit: 'calendar',
  caseKind: '承诺件',
  service: {
    objects: ['自然人'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '给予法律援助决定书（指派律师）', type: '批文' },
  },
  materials: [
    applicationForm('法律援助申请表'),
    idCard('申请人居民身份证或其他有效身份证明'),
    own('hardship-statement', '经济困难状况说明表（个人诚信承诺）', { requiredWhen: 'exemptEconomicCheck = false' }),
    issued('exemption-proof', '免予核查经济困难状况的证明（低保、特困、优抚对象证件等）', {
      requiredWhen: 'exemptEconomicCheck = true',
    }),
    own('case-materials', '与所申请法律援助事项有关的材料', { copies: 1 }),
    powerOfAttorney({
      name: '法定代理人或代理人身份证明及代理关系证明',
      note: '无民事行为能力或限制民事行为能力人由法定代理人代为申请',
    }),
  ],
  form: form(
    '法律援助申请表',
    {
      ...PERSON_FIELDS,
      matterType: choice('申请事项', MATTERS),
      opponent: text('对方当事人', 100),
      caseDescription: longText('案情及申请理由', 1000),
      exemptEconomicCheck: yesNo('是否属于免予核查经济困难状况的人员'),
      exemptReason: choice('免予核查情形', [
        '无固定生活来源的未成年人、老年人、残疾人等特定群体',
        '社会救助、司法救助或者优抚对象',
        '申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员',
        '法律、法规、规章规定的其他人员',
      ]),
      monthlyIncome: num('家庭人均月收入（元）', 0),
      ...AGENT_FIELDS,
    },
    ['applicantName', 'idNumber', 'phone', 'address', 'matterType', 'caseDescription', 'exemptEconomicCheck'],
    [when('exemptEconomicCheck', true, ['exemptReason'], ['monthlyIncome']), AGENT_RULE],
  ),
  blocks: [
    accept(0.5, justice.window, [
      'application',
      'id-card',
      'hardship-statement',
      'exemption-proof',
      'case-materials',
      'power-of-attorney',
    ]),
    step('review', '审查', 1.5, justice.review, '审查', {
      materials: ['hardship-statement', 'exemption-proof', 'case-materials'],
    }),
    decide(0.5, justice.lead, undefined, '作出是否给予法律援助的决定'),
    step('assign', '指派承办律师', 1, justice.review, '其他'),
    deliver(0.5, justice.window, undefined, '送达决定书'),
  ],
  decisionAfter: 'decide',
});

/** The justice bureau's hand-written items. */
export const JUSTICE_ITEMS: readonly ApprovalItem[] = [legalAid];
