/**
 * Hand-written item of the ecology and environment bureau (生态环境局): approval of a project's
 * environmental impact report form, with public notice and technical evaluation run side by side.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  choice,
  COMPANY_FIELDS,
  creditCode,
  form,
  longText,
  num,
  PATTERNS,
  text,
  when,
  yesNo,
} from '../forms.js';
import { applicationForm, businessLicence, issued, own, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, parallel, step } from '../steps.js';

const ecology = districtGroups('HB');

/** 建设项目环境影响报告表审批: statutory 30 calendar days (环境影响评价法第二十二条), promised 20. */
export const eiaReportFormApproval: ApprovalItem = defineItem({
  code: 'JJ-HB-001',
  dept: 'HB',
  name: '建设项目环境影响报告表审批',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国环境影响评价法》', '第十六条、第二十二条'),
    law('《建设项目环境保护管理条例》', '第九条'),
    law('《建设项目环境影响评价分类管理名录》'),
  ],
  conditions: [
    '建设项目类型及其选址、布局、规模等符合环境保护法律法规和相关法定规划',
    '所在区域环境质量满足环境质量标准或达标规划要求',
    '拟采取的污染防治措施能确保污染物排放达到国家和地方排放标准',
    '环境影响报告表的基础资料数据真实，内容无重大缺陷、遗漏，评价结论明确、合理',
  ],
  statutoryDays: 30,
  promisedDays: 20,
  timeUnit: 'calendar',
  caseKind: '承诺件',
  service: {
    objects: ['法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '建设项目环境影响报告表批复', type: '批文' },
  },
  materials: [
    applicationForm('建设项目环境影响报告表审批申请书'),
    businessLicence(),
    own('report-form', '建设项目环境影响报告表（全本）', { form: 'either', originals: 2 }),
    own('public-version', '环境影响报告表公开版本（删除涉及国家秘密、商业秘密等内容）', {
      form: 'electronic',
      originals: 1,
    }),
    issued('project-approval', '项目立项（核准、备案）文件'),
    own('pledge', '建设单位和编制单位承诺书'),
    own('hazardous-plan', '危险废物污染防治专章及处置协议', { requiredWhen: 'hasHazardousWaste = true' }),
    powerOfAttorney(),
  ],
  form: form(
    '建设项目环境影响报告表审批申请表',
    {
      ...COMPANY_FIELDS,
      projectName: text('项目名称', 100),
      projectCode: { type: 'string', title: '投资项目代码', pattern: PATTERNS.projectCode },
      projectAddress: text('建设地点', 120),
      constructionType: choice('建设性质', ['新建', '改建', '扩建', '技术改造']),
      industry: text('行业类别（按分类管理名录）', 100),
      investment: num('总投资（万元）', 0),
      envInvestment: num('环保投资（万元）', 0),
      eiaAgency: text('报告表编制单位', 100),
      eiaAgencyCode: creditCode('编制单位统一社会信用代码'),
      hasWastewater: yesNo('是否产生废水'),
      hasExhaust: yesNo('是否产生废气'),
      hasNoise: yesNo('是否有噪声源'),
      hasHazardousWaste: yesNo('是否产生危险废物'),
      hazardousWasteDescription: longText('危险废物种类、产生量及处置去向', 500),
      ...AGENT_FIELDS,
    },
    [
      'companyName',
      'creditCode',
      'legalRepresentative',
      'contactName',
      'phone',
      'projectName',
      'projectCode',
      'projectAddress',
      'constructionType',
      'industry',
      'investment',
      'eiaAgency',
      'eiaAgencyCode',
    ],
    [when('hasHazardousWaste', true, ['hazardousWasteDescription']), AGENT_RULE],
  ),
  blocks: [
    accept(0.5, ecology.window, [
      'application',
      'business-licence',
      'report-form',
      'public-version',
      'project-approval',
      'pledge',
      'hazardous-plan',
      'power-of-attorney',
    ]),
    parallel(
      [step('accept-notice', '受理公示', 5, ecology.review, '公示', { materials: ['public-version'] })],
      [step('evaluation', '技术评估', 5, `${ecology.review}-experts`, '审查', { materials: ['report-form'] })],
    ),
    step('review', '审查', 2, ecology.review, '审查', { materials: ['hazardous-plan'] }),
    step('pre-notice', '拟审批公示', 5, ecology.review, '公示'),
    decide(1, ecology.lead, undefined, '审批决定'),
    deliver(0.5, ecology.window, undefined, '送达批复'),
  ],
  decisionAfter: 'decide',
});

/** The ecology bureau's hand-written items. */
export const ECOLOGY_ITEMS: readonly ApprovalItem[] = [eiaReportFormApproval];
