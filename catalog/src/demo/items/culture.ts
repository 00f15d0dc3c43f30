/**
 * Hand-written item of the culture, broadcasting and tourism bureau (文化广电旅游局): the approval of
 * entertainment venues (歌舞 / 游艺娱乐场所).
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import { AGENT_FIELDS, AGENT_RULE, choice, COMPANY_FIELDS, form, int, num, text, when } from '../forms.js';
import { applicationForm, businessLicence, issued, legalRepId, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const culture = districtGroups('WL');

/** 娱乐场所从事娱乐场所经营活动审批: desk review and site check, promised 10 of the statutory 20 working days. */
export const entertainmentVenueApproval: ApprovalItem = defineItem({
  code: 'JJ-WL-001',
  dept: 'WL',
  name: '娱乐场所从事娱乐场所经营活动审批',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [law('《娱乐场所管理条例》', '第五条、第七条、第九条'), law('《娱乐场所管理办法》（文化部令第55号）')],
  conditions: [
    '投资人员、拟任法定代表人和其他负责人没有娱乐场所管理条例第五条规定的情形',
    '场所不设在居民楼、博物馆、图书馆和被核定为文物保护单位的建筑物内，不设在居民住宅区和学校、医院、机关周围',
    '场所使用面积符合规定标准，包厢、包间内设有透明门窗',
    '已取得营业执照',
  ],
  statutoryDays: 20,
  promisedDays: 10,
  caseKind: '承诺件',
  service: {
    objects: ['法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '娱乐经营许可证', type: '证照' },
  },
  materials: [
    applicationForm('娱乐场所经营活动申请书'),
    businessLicence(),
    legalRepId({ name: '投资人、拟任法定代表人和其他负责人的有效身份证件' }),
    own('declaration', '投资人、拟任法定代表人和其他负责人没有条例第五条规定情形的书面声明'),
    issued('premises-proof', '经营场所房产权属证明或租赁合同', { copies: 1 }),
    own('floor-plan', '经营场所地理位置图和场所内部结构平面示意图', { form: 'either' }),
    own('equipment-list', '游戏游艺设备清单及型号', { requiredWhen: 'venueType = "游艺娱乐场所"' }),
    powerOfAttorney(),
  ],
  form: form(
    '娱乐场所经营活动申请表',
    {
      ...COMPANY_FIELDS,
      venueName: text('场所名称', 100),
      venueType: choice('场所类型', ['歌舞娱乐场所', '游艺娱乐场所']),
      venueAddress: text('场所地址', 120),
      area: num('使用面积（平方米）', 1),
      rooms: int('包厢（包间）数量', 0, 500),
      capacity: int('核定容纳人数', 1, 10000),
      machines: int('游戏游艺设备数量（台）', 0, 2000),
      ...AGENT_FIELDS,
    },
    [
      'companyName',
      'creditCode',
      'legalRepresentative',
      'contactName',
      'phone',
      'venueName',
      'venueType',
      'venueAddress',
      'area',
    ],
    [
      when('venueType', '歌舞娱乐场所', ['rooms', 'capacity']),
      when('venueType', '游艺娱乐场所', ['machines']),
      AGENT_RULE,
    ],
  ),
  blocks: [
    accept(0.5, culture.window, [
      'application',
      'business-licence',
      'legal-rep-id',
      'declaration',
      'premises-proof',
      'floor-plan',
      'equipment-list',
      'power-of-attorney',
    ]),
    step('review', '材料审查', 2, culture.review, '审查', { materials: ['declaration', 'equipment-list'] }),
    step('inspect', '实地检查', 3, culture.review, '踏勘', { materials: ['floor-plan'] }),
    decide(1.5, culture.lead),
    deliver(1, culture.window, undefined, '制证发证'),
  ],
  decisionAfter: 'decide',
});

/** The culture bureau's hand-written items. */
export const CULTURE_ITEMS: readonly ApprovalItem[] = [entertainmentVenueApproval];
