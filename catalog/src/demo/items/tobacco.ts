/**
 * Hand-written item of the tobacco monopoly bureau (烟草专卖局): the tobacco retail licence, with an
 * on-site survey and the rational-layout review.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import { AGENT_FIELDS, AGENT_RULE, choice, creditCode, form, idNumber, mobile, num, text } from '../forms.js';
import { applicationForm, businessLicence, idCard, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const tobacco = districtGroups('YC');

/** 烟草专卖零售许可证核发（新办）: promised 10 of the statutory 20 working days. */
export const tobaccoRetailLicence: ApprovalItem = defineItem({
  code: 'JJ-YC-001',
  dept: 'YC',
  name: '烟草专卖零售许可证核发（新办）',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国烟草专卖法》', '第十六条'),
    law('《中华人民共和国烟草专卖法实施条例》'),
    law('《烟草专卖许可证管理办法》'),
  ],
  conditions: [
    '有与经营烟草制品零售业务相适应的资金',
    '有固定的经营场所，且不在普通中小学、特殊教育学校、中等职业学校、专门学校、幼儿园周边禁止区域内',
    '符合烟草专卖零售许可证合理布局规定',
    '已取得营业执照',
  ],
  statutoryDays: 20,
  promisedDays: 10,
  caseKind: '承诺件',
  service: {
    objects: ['自然人', '法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '烟草专卖零售许可证', type: '证照' },
  },
  materials: [
    applicationForm('烟草专卖零售许可证申请表'),
    businessLicence(),
    idCard('经营者（负责人）居民身份证', { copies: 0 }),
    own('premises-proof', '经营场所使用证明（产权证明或租赁合同）', { copies: 1 }),
    powerOfAttorney(),
  ],
  form: form(
    '烟草专卖零售许可证申请表',
    {
      operatorType: choice('经营主体类型', ['个体工商户', '企业']),
      tradeName: text('企业字号或个体工商户名称', 100),
      creditCode: creditCode(),
      operatorName: text('经营者（负责人）', 30),
      idNumber: idNumber('经营者（负责人）身份证号码'),
      phone: mobile(),
      address: text('经营场所地址', 120),
      premisesArea: num('经营面积（平方米）', 1),
      businessType: choice('业态', ['食杂店', '便利店', '超市', '商场', '烟酒商店', '娱乐服务类', '其他']),
      capital: num('资金数额（万元）', 0),
      ...AGENT_FIELDS,
    },
    ['operatorType', 'tradeName', 'creditCode', 'operatorName', 'idNumber', 'phone', 'address', 'businessType'],
    [AGENT_RULE],
  ),
  blocks: [
    accept(0.5, tobacco.window, ['application', 'business-licence', 'id-card', 'premises-proof', 'power-of-attorney']),
    step('survey', '实地勘验', 3, tobacco.review, '踏勘', { materials: ['premises-proof'] }),
    step('layout-review', '合理布局审查', 3, tobacco.review, '审查'),
    decide(1.5, tobacco.lead),
    deliver(1, tobacco.window, undefined, '制证发证'),
  ],
  decisionAfter: 'decide',
});

/** The tobacco monopoly bureau's hand-written items. */
export const TOBACCO_ITEMS: readonly ApprovalItem[] = [tobaccoRetailLicence];
