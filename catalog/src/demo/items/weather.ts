/**
 * Hand-written item of the meteorological bureau (气象局): the tethered-balloon permit, approved at
 * city level together with the outdoor publicity review (seed 002's 系留气球活动和户外宣传活动 parallel approval).
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { cityGroups, JOINT_WINDOW } from '../departments.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  choice,
  COMPANY_FIELDS,
  date,
  form,
  int,
  longText,
  num,
  text,
  when,
  yesNo,
} from '../forms.js';
import { applicationForm, businessLicence, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, parallel, step } from '../steps.js';

const weather = cityGroups('QX');
const urban = cityGroups('CG');

/** 系留气球活动许可 (seed 002): weather safety review and outdoor publicity review in parallel (联办件). */
export const tetheredBalloonPermit: ApprovalItem = defineItem({
  code: 'JJ-QX-001',
  dept: 'QX',
  name: '系留气球活动许可（升放无人驾驶自由气球或者系留气球活动审批）',
  type: '行政许可',
  handling: '新设',
  level: 'city',
  basis: [
    law('《通用航空飞行管制条例》', '第三十三条、第三十四条'),
    law('《施放气球管理办法》'),
    law('《中华人民共和国行政许可法》', '第二十六条'),
  ],
  conditions: [
    '施放单位具有相应的施放气球资质，作业人员持有施放气球资格证',
    '升放地点远离机场、高压输电线路及人员密集的危险区域，符合安全要求',
    '有符合国家标准的气球、系留设施及安全保障方案',
    '气球悬挂广告或标语的，内容及设置符合户外宣传管理规定',
  ],
  statutoryDays: 20,
  promisedDays: 3,
  caseKind: '联办件',
  overtimeDefault: { enabled: false },
  service: {
    objects: ['法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '升放气球活动许可决定书', type: '批文' },
  },
  materials: [
    applicationForm('升放气球活动申请表'),
    businessLicence(),
    issued('qualification', '施放气球单位资质证', { copies: 1 }),
    issued('operator-certs', '作业人员施放气球资格证', { originals: 0, copies: 1 }),
    own('site-map', '升放场地位置图及周边环境说明', { form: 'either' }),
    own('owner-consent', '升放场地所有者（管理者）同意书'),
    own('safety-plan', '安全保障方案和应急预案'),
    own('publicity-sample', '悬挂广告（标语）内容样稿及设计图', { requiredWhen: 'hasAdvertising = true' }),
    powerOfAttorney(),
  ],
  form: form(
    '升放气球活动申请表',
    {
      ...COMPANY_FIELDS,
      activityName: text('活动名称', 100),
      location: text('升放地点', 120),
      startDate: date('升放开始日期'),
      endDate: date('升放结束日期'),
      balloonType: choice('气球类型', ['系留气球', '无人驾驶自由气球']),
      balloonCount: int('气球数量（个）', 1, 500),
      maxHeight: num('最大升放高度（米）', 1, 150),
      gas: choice('充灌气体', ['氦气', '其他不可燃气体']),
      hasAdvertising: yesNo('是否悬挂广告或标语'),
      adContent: longText('广告（标语）内容', 300),
      ...AGENT_FIELDS,
    },
    [
      'companyName',
      'creditCode',
      'legalRepresentative',
      'contactName',
      'phone',
      'activityName',
      'location',
      'startDate',
      'endDate',
      'balloonType',
      'balloonCount',
      'maxHeight',
      'gas',
    ],
    [when('hasAdvertising', true, ['adContent']), AGENT_RULE],
  ),
  blocks: [
    accept(
      0.5,
      JOINT_WINDOW,
      [
        'application',
        'business-licence',
        'qualification',
        'operator-certs',
        'site-map',
        'owner-consent',
        'safety-plan',
        'publicity-sample',
        'power-of-attorney',
      ],
      undefined,
      '并联审批窗口受理',
    ),
    parallel(
      [
        step('safety-review', '升放安全条件审查', 1, weather.review, '审查', {
          materials: ['qualification', 'site-map', 'safety-plan'],
        }),
      ],
      [step('publicity-review', '户外宣传审查', 1, urban.review, '审查', { materials: ['publicity-sample'] })],
    ),
    decide(0.5, weather.lead, undefined, '联合审批'),
    deliver(0.5, JOINT_WINDOW, undefined, '送达许可决定'),
  ],
  decisionAfter: 'decide',
});

/** The meteorological bureau's hand-written items. */
export const WEATHER_ITEMS: readonly ApprovalItem[] = [tetheredBalloonPermit];
