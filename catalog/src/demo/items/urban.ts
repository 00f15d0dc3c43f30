/**
 * Hand-written item of the city management bureau (城市管理局): outdoor advertising (seed 002's
 * 户外广告 / 户外宣传活动 approvals).
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  choice,
  date,
  EITHER_FIELDS,
  EITHER_RULE,
  form,
  int,
  longText,
  num,
  text,
} from '../forms.js';
import { applicationForm, businessLicence, idCard, own, powerOfAttorney, WHEN } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const urban = districtGroups('CG');

/** 户外广告设置许可: site survey, review and decision, promised 5 of the statutory 20 working days. */
export const outdoorAdvertisingPermit: ApprovalItem = defineItem({
  code: 'JJ-CG-001',
  dept: 'CG',
  name: '户外广告设置许可',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国广告法》', '第四十一条、第四十二条'),
    law('《城市市容和环境卫生管理条例》', '第十一条'),
    law('《成都市户外广告和招牌设置管理条例》'),
  ],
  conditions: [
    '设置位置符合户外广告设置规划和技术规范',
    '已取得设置场地或载体的使用权',
    '广告设施结构安全，大型及落地式设施经结构安全论证',
    '不属于广告法第四十二条规定不得设置户外广告的情形（如利用交通安全设施、交通标志，影响消防设施使用等）',
  ],
  statutoryDays: 20,
  promisedDays: 5,
  caseKind: '承诺件',
  service: {
    objects: ['自然人', '法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '户外广告设置许可决定书', type: '批文' },
  },
  materials: [
    applicationForm('户外广告设置申请表'),
    idCard('申请人居民身份证', { requiredWhen: WHEN.person }),
    businessLicence({ requiredWhen: WHEN.company }),
    own('site-right', '设置场地（载体）使用权证明或租赁合同', { copies: 1 }),
    own('design', '广告设施设计效果图及设置位置实景图', { form: 'either' }),
    own('structure-report', '设施结构安全技术论证报告', {
      requiredWhen: 'area >= 30 or structureType = "落地式"',
      note: '单面面积 30 平方米以上或落地式设施提供',
    }),
    own('light-plan', '亮度及开启时段说明', { requiredWhen: 'mediaType = "电子显示屏"' }),
    powerOfAttorney(),
  ],
  form: form(
    '户外广告设置申请表',
    {
      ...EITHER_FIELDS,
      location: text('设置地点', 120),
      carrier: text('设置载体（如建筑物外墙、屋顶、独立立柱）', 60),
      mediaType: choice('广告形式', ['平面广告牌', '电子显示屏', '灯箱', '霓虹灯', '实物造型']),
      structureType: choice('设置方式', ['附着式', '落地式', '屋顶式']),
      width: num('宽（米）', 0.1, 100),
      height: num('高（米）', 0.1, 100),
      area: num('单面面积（平方米）', 0.1, 2000),
      quantity: int('数量（块）', 1, 100),
      periodStart: date('设置期限（起）'),
      periodEnd: date('设置期限（止）'),
      content: longText('广告内容', 300),
      ...AGENT_FIELDS,
    },
    [
      'applicantType',
      'applicantName',
      'phone',
      'location',
      'carrier',
      'mediaType',
      'structureType',
      'area',
      'quantity',
      'periodStart',
      'periodEnd',
    ],
    [EITHER_RULE, AGENT_RULE],
    { periodEnd: { 'ui:help': '户外广告设置期限一般不超过三年' } },
  ),
  blocks: [
    accept(0.5, urban.window, [
      'application',
      'id-card',
      'business-licence',
      'site-right',
      'design',
      'structure-report',
      'light-plan',
      'power-of-attorney',
    ]),
    step('survey', '现场勘查', 1.5, urban.review, '踏勘', { materials: ['site-right', 'design'] }),
    step('review', '审查', 1.5, urban.review, '审查', { materials: ['structure-report', 'light-plan'] }),
    decide(0.5, urban.lead),
    deliver(1, urban.window, undefined, '送达许可决定'),
  ],
  decisionAfter: 'decide',
});

/** The city management bureau's hand-written items. */
export const URBAN_ITEMS: readonly ApprovalItem[] = [outdoorAdvertisingPermit];
