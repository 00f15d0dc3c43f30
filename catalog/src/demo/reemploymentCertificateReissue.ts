import { readFileSync } from 'node:fs';
import type { ApprovalItem } from '../item.js';

const processXml = readFileSync(
  new URL('../../src/demo/processes/reemployment-certificate-reissue.bpmn', import.meta.url),
  'utf8',
);

/** 失业人员再就业证补办 (seed 000): promised 7 working days, 受理 → 审核 → 发证, two required materials. */
export const reemploymentCertificateReissue: ApprovalItem = {
  code: 'JJ-RS-001',
  version: 1,
  name: '失业人员再就业证补办',
  type: '公共服务',
  department: '区人力资源和社会保障局',
  level: 'town',
  basis: '《就业服务与就业管理规定》第六十三条',
  promisedDays: 7,
  statutoryDays: 20,
  caseKind: '承诺件',
  fee: { charged: false },
  materials: [
    {
      id: 'id-card',
      name: '居民身份证',
      required: true,
      originals: 1,
      copies: 1,
      form: 'paper',
      source: '政府部门核发',
    },
    {
      id: 'loss-statement',
      name: '再就业证遗失声明',
      required: true,
      originals: 1,
      copies: 0,
      form: 'paper',
      source: '申请人自备',
      note: '在区级以上报刊登载的遗失声明',
    },
    {
      id: 'photo',
      name: '近期一寸免冠照片',
      required: false,
      originals: 2,
      copies: 0,
      form: 'paper',
      source: '申请人自备',
    },
  ],
  form: {
    schema: {
      type: 'object',
      title: '失业人员再就业证补办申请表',
      required: ['applicantName', 'idNumber', 'phone', 'reason'],
      properties: {
        applicantName: { type: 'string', title: '申请人姓名', minLength: 2, maxLength: 30 },
        idNumber: { type: 'string', title: '居民身份证号码', pattern: '^\\d{17}[\\dXx]$' },
        phone: { type: 'string', title: '联系电话', pattern: '^1\\d{10}$' },
        address: { type: 'string', title: '现居住地址', maxLength: 120 },
        reason: { type: 'string', title: '补办原因', enum: ['遗失', '损毁'], default: '遗失' },
      },
    },
    uiSchema: {
      idNumber: { 'ui:placeholder': '18 位身份证号码' },
      phone: { 'ui:placeholder': '11 位手机号码' },
    },
  },
  processXml,
};
