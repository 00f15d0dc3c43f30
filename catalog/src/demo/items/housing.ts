/**
 * Hand-written item of the housing and urban-rural development bureau (住房和城乡建设局): the
 * construction permit (seed 002), with quality and safety supervision, civil-defence supervision and
 * construction-waste approval handled in parallel and issued together.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups, JOINT_WINDOW } from '../departments.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  creditCode,
  date,
  form,
  mobile,
  num,
  PATTERNS,
  text,
  when,
  yesNo,
} from '../forms.js';
import { applicationForm, businessLicence, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, parallel, step } from '../steps.js';

const housing = districtGroups('ZJ');
const civilDefense = districtGroups('RF');
const urban = districtGroups('CG');

/**
 * 建筑工程施工许可证核发 (seed 002): joint window, four reviews in parallel, one decision and issue;
 * 联办件, promised 3 of the statutory 7 days.
 */
export const constructionPermit: ApprovalItem = defineItem({
  code: 'JJ-ZJ-001',
  dept: 'ZJ',
  name: '建筑工程施工许可证核发',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国建筑法》', '第七条、第八条'),
    law('《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）', '第二条、第四条、第五条'),
    law('《中华人民共和国行政许可法》', '第二十六条、第四十二条'),
  ],
  conditions: [
    '依法应当办理用地批准手续的，已经办理该建筑工程用地批准手续',
    '依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证',
    '施工场地已经基本具备施工条件，需要征收房屋的，其进度符合施工要求',
    '已经依法确定施工企业',
    '有满足施工需要的资金安排、施工图纸及技术资料，施工图设计文件已按规定审查合格',
    '有保证工程质量和安全的具体措施',
    '工程投资额在 30 万元以上或者建筑面积在 300 平方米以上',
  ],
  statutoryDays: 7,
  promisedDays: 3,
  caseKind: '联办件',
  service: {
    objects: ['法人', '其他组织'],
    onlineDepth: 4,
    visits: 0,
    result: { name: '建筑工程施工许可证', type: '证照' },
  },
  materials: [
    applicationForm('建筑工程施工许可申请表'),
    businessLicence({ name: '建设单位营业执照或法人证书' }),
    issued('planning-permit', '建设工程规划许可证', { copies: 0, form: 'electronic' }),
    own('award-notice', '中标通知书或直接发包确认文件'),
    own('construction-contract', '施工合同', { copies: 1 }),
    own('supervision-contract', '监理合同', { requiredWhen: 'supervisionRequired = true' }),
    own('drawing-review', '施工图设计文件审查合格书（或告知承诺书）'),
    own('funding-pledge', '建设资金已经落实承诺书'),
    own('safety-measures', '保证工程质量和安全的具体措施（质量安全监督手续资料）'),
    own('civil-defense-drawings', '人防工程施工图及人防工程质量监督申报资料', {
      requiredWhen: 'needCivilDefense = true',
    }),
    own('waste-plan', '建筑垃圾处置方案及运输、消纳合同'),
    powerOfAttorney(),
  ],
  form: form(
    '建筑工程施工许可申请表',
    {
      projectName: text('工程名称', 100),
      projectCode: { type: 'string', title: '投资项目代码', pattern: PATTERNS.projectCode },
      builderName: text('建设单位', 100),
      creditCode: creditCode('建设单位统一社会信用代码'),
      contactName: text('建设单位项目负责人', 30),
      phone: mobile('项目负责人手机'),
      projectAddress: text('建设地址', 120),
      planningPermitNo: text('建设工程规划许可证号', 60),
      contractPrice: num('合同价格（万元）', 0),
      floorArea: num('建筑面积（平方米）', 0),
      contractorName: text('施工单位', 100),
      contractorCode: creditCode('施工单位统一社会信用代码'),
      projectManager: text('施工单位项目经理', 30),
      supervisionRequired: yesNo('是否属于依法必须实行监理的工程', true),
      supervisorName: text('监理单位', 100),
      chiefSupervisor: text('总监理工程师', 30),
      designerName: text('设计单位', 100),
      startDate: date('合同开工日期'),
      endDate: date('合同竣工日期'),
      needCivilDefense: yesNo('是否含人防工程'),
      ...AGENT_FIELDS,
    },
    [
      'projectName',
      'projectCode',
      'builderName',
      'creditCode',
      'contactName',
      'phone',
      'projectAddress',
      'planningPermitNo',
      'contractPrice',
      'floorArea',
      'contractorName',
      'contractorCode',
      'projectManager',
      'startDate',
      'endDate',
    ],
    [when('supervisionRequired', true, ['supervisorName', 'chiefSupervisor']), AGENT_RULE],
    { contractPrice: { 'ui:help': '工程投资额 30 万元以下或建筑面积 300 平方米以下的工程可以不申请施工许可证' } },
  ),
  blocks: [
    accept(
      0.5,
      JOINT_WINDOW,
      [
        'application',
        'business-licence',
        'planning-permit',
        'award-notice',
        'construction-contract',
        'supervision-contract',
        'drawing-review',
        'funding-pledge',
        'safety-measures',
        'civil-defense-drawings',
        'waste-plan',
        'power-of-attorney',
      ],
      undefined,
      '并联审批窗口受理',
    ),
    parallel(
      [
        step('permit-review', '施工许可审查', 1.5, housing.review, '审查', {
          materials: ['construction-contract', 'drawing-review', 'funding-pledge'],
        }),
      ],
      [
        step('quality-safety', '质量安全监督手续办理', 1.5, `${housing.review}-quality`, '审查', {
          materials: ['safety-measures'],
        }),
      ],
      [
        step('civil-defense', '人防工程质量监督登记', 1, civilDefense.review, '审查', {
          materials: ['civil-defense-drawings'],
        }),
      ],
      [step('waste', '建筑垃圾处置核准', 1.5, urban.review, '审查', { materials: ['waste-plan'] })],
    ),
    decide(1, housing.lead, undefined, '审批发证'),
  ],
  decisionAfter: 'decide',
});

/** The housing bureau's hand-written items. */
export const HOUSING_ITEMS: readonly ApprovalItem[] = [constructionPermit];
