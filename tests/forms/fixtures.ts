import { fileReferenceSchema, type FormSchema } from '@govflow/forms';
import { idNumber, uscc } from './support/checkDigits.js';

/**
 * A realistic application form with a conditional section: for applicant type 企业 the company's name and
 * unified social credit code are shown and required (JSON Schema if/then); for 个人 they are not.
 * The browser harness renders this same schema.
 */
export const APPLICATION_SCHEMA: FormSchema = {
  type: 'object',
  title: '公共场所卫生许可申请表',
  required: ['applicantType', 'applicantName', 'idNumber', 'phone'],
  properties: {
    applicantType: { type: 'string', title: '申请人类型', enum: ['个人', '企业'], default: '个人' },
    applicantName: { type: 'string', title: '申请人（法定代表人）姓名', minLength: 2, maxLength: 50 },
    idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-number', maxDate: 'today' },
    phone: { type: 'string', title: '手机号码', format: 'cn-mobile' },
    applyDate: { type: 'string', title: '申请日期', format: 'cn-date', maxDate: 'today' },
    address: { type: 'string', title: '经营场所地址', maxLength: 200 },
    sitePlan: fileReferenceSchema('卫生设施平面图'),
  },
  if: { properties: { applicantType: { const: '企业' } }, required: ['applicantType'] },
  then: {
    required: ['companyName', 'uscc'],
    properties: {
      companyName: { type: 'string', title: '企业名称', minLength: 2, maxLength: 100 },
      uscc: { type: 'string', title: '统一社会信用代码', format: 'cn-uscc' },
    },
  },
};

/** The form's uiSchema: field order, the file field and its limits (1 MB, PDF/JPG/PNG). */
export const APPLICATION_UI_SCHEMA = {
  'ui:order': ['applicantType', 'applicantName', 'idNumber', 'phone', 'companyName', 'uscc', '*'],
  applicantType: { 'ui:widget': 'radio' },
  address: { 'ui:widget': 'textarea' },
  sitePlan: {
    'ui:field': 'FileUploadWidget',
    'ui:options': { maxSize: 1024 * 1024, accept: ['.pdf', '.jpg', '.png'] },
  },
};

/** The item's materials; the business licence is required only for companies (see {@link requiredMaterials}). */
export const APPLICATION_MATERIALS = [
  { id: 'id-card', name: '法定代表人身份证', required: true, originals: 1, copies: 1, form: 'paper' },
  { id: 'licence', name: '营业执照', required: true, originals: 1, copies: 1, form: 'paper', note: '仅企业提交' },
  { id: 'health-cert', name: '从业人员健康合格证明', required: true, originals: 0, copies: 2, form: 'either' },
  { id: 'photo', name: '经营场所照片', required: false, originals: 0, copies: 1, form: 'electronic' },
] as const;

/** What the catalog's FEEL conditions would answer: the licence only when the applicant is a company. */
export function requiredMaterials(formData: Record<string, unknown>): ReadonlySet<string> {
  return new Set(['id-card', 'health-cert', ...(formData['applicantType'] === '企业' ? ['licence'] : [])]);
}

/** Real-shaped valid identifiers for the tests, with check characters computed by the standards' formulas. */
export const VALID = {
  idNumber: idNumber('510104', '19600315', '284'),
  uscc: uscc('91440300MA5F00001'),
  phone: '13980012345',
};
