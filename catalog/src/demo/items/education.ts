/**
 * Hand-written item of the education bureau (教育局): teacher qualification for kindergartens, primary
 * and junior middle schools, which the county level recognises (教师法第十三条).
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import { choice, date, form, idNumber, mobile, text, when, yesNo } from '../forms.js';
import { applicationForm, idCard, issued, own, photo } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const education = districtGroups('JY');

/** 教师资格认定: confirmation at the window, review, decision, certificates; promised 20 of 30 working days. */
export const teacherQualification: ApprovalItem = defineItem({
  code: 'JJ-JY-001',
  dept: 'JY',
  name: '教师资格认定',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [
    law('《中华人民共和国教师法》', '第十条、第十一条、第十三条'),
    law('《教师资格条例》'),
    law('《〈教师资格条例〉实施办法》'),
  ],
  conditions: [
    '遵守宪法和法律，热爱教育事业，具有良好的思想品德',
    '具备教师法规定的相应学历',
    '中小学教师资格考试合格，或按规定免试认定',
    '普通话水平达到二级乙等以上（语文教师二级甲等以上）',
    '体检合格，具有承担教育教学工作所必需的身体条件',
  ],
  statutoryDays: 30,
  promisedDays: 20,
  caseKind: '承诺件',
  service: {
    objects: ['自然人'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '教师资格证书', type: '证照' },
  },
  materials: [
    applicationForm('教师资格认定申请表', { form: 'either' }),
    idCard('本人居民身份证', { copies: 0 }),
    issued('diploma', '学历证书（学信网可查验的免于提交）', { required: false, copies: 0 }),
    own('exam-cert', '中小学教师资格考试合格证明', { requiredWhen: 'examExempt = false', form: 'electronic' }),
    own('exempt-proof', '免试认定改革相关证明（教师职业能力测试合格证明）', { requiredWhen: 'examExempt = true' }),
    issued('mandarin-cert', '普通话水平测试等级证书', { copies: 0, form: 'electronic' }),
    own('medical', '教师资格认定体检表（指定医院出具）'),
    photo(true, 1),
  ],
  form: form(
    '教师资格认定申请表',
    {
      applicantName: text('姓名', 30),
      idNumber: idNumber(),
      gender: choice('性别', ['男', '女']),
      birthDate: date('出生日期'),
      education: choice('最高学历', ['中专（幼儿师范）', '大专', '本科', '研究生']),
      major: text('所学专业', 60),
      school: text('毕业学校', 100),
      qualificationType: choice('申请资格种类', ['幼儿园教师资格', '小学教师资格', '初级中学教师资格']),
      subject: text('任教学科', 20),
      mandarinLevel: choice('普通话水平', ['一级甲等', '一级乙等', '二级甲等', '二级乙等']),
      examExempt: yesNo('是否属于免试认定'),
      examCertNo: text('考试合格证明编号', 30),
      phone: mobile(),
    },
    [
      'applicantName',
      'idNumber',
      'gender',
      'birthDate',
      'education',
      'major',
      'school',
      'qualificationType',
      'subject',
      'mandarinLevel',
      'examExempt',
      'phone',
    ],
    [
      when('examExempt', false, ['examCertNo']),
      {
        if: { properties: { subject: { const: '语文' } }, required: ['subject'] },
        then: { properties: { mandarinLevel: { enum: ['一级甲等', '一级乙等', '二级甲等'] } } },
      },
    ],
    { qualificationType: { 'ui:help': '高级中学、中职教师资格请向市教育局申请' } },
  ),
  blocks: [
    accept(
      1,
      education.window,
      ['application', 'id-card', 'exam-cert', 'exempt-proof', 'mandarin-cert', 'medical', 'photo'],
      undefined,
      '现场确认',
    ),
    step('review', '资格审查', 5, education.review, '审查', { materials: ['exam-cert', 'mandarin-cert', 'medical'] }),
    step('check', '审核', 3, education.review, '审核'),
    decide(3, education.lead, undefined, '认定决定'),
    deliver(5, education.window, undefined, '制证发证'),
  ],
  decisionAfter: 'decide',
});

/** The education bureau's hand-written items. */
export const EDUCATION_ITEMS: readonly ApprovalItem[] = [teacherQualification];
