/**
 * Building blocks of the demo items' application forms (JSON Schema + uiSchema): typed fields with
 * Chinese titles, the applicant sections every form starts with, and conditional sections (if/then).
 */
import type { ItemForm } from '../item.js';

/** A JSON Schema fragment. */
export type Schema = Record<string, unknown>;

/** Patterns of the common identifiers (the forms package adds checksum formats; patterns keep these portable). */
export const PATTERNS = {
  idNumber: '^\\d{17}[\\dXx]$',
  mobile: '^1[3-9]\\d{9}$',
  creditCode: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
  projectCode: '^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$',
} as const;

/** A required-length text field. */
export function text(title: string, maxLength = 60, extra: Schema = {}): Schema {
  return { type: 'string', title, minLength: 1, maxLength, ...extra };
}

/** A long text field (shown as a text area). */
export function longText(title: string, maxLength = 500): Schema {
  return { type: 'string', title, maxLength };
}

/** One value from a list. */
export function choice(title: string, values: readonly string[], defaultValue?: string): Schema {
  return defaultValue === undefined
    ? { type: 'string', title, enum: values }
    : { type: 'string', title, enum: values, default: defaultValue };
}

/** Several values from a list (check boxes). */
export function choices(title: string, values: readonly string[]): Schema {
  return { type: 'array', title, items: { type: 'string', enum: values }, uniqueItems: true, minItems: 1 };
}

/** A number (amounts, areas). */
export function num(title: string, minimum = 0, maximum?: number): Schema {
  return maximum === undefined ? { type: 'number', title, minimum } : { type: 'number', title, minimum, maximum };
}

/** A whole number (counts, persons). */
export function int(title: string, minimum = 0, maximum?: number): Schema {
  return maximum === undefined ? { type: 'integer', title, minimum } : { type: 'integer', title, minimum, maximum };
}

/** A date (YYYY-MM-DD). */
export function date(title: string): Schema {
  return { type: 'string', title, format: 'date' };
}

/** A yes / no question. */
export function yesNo(title: string, defaultValue = false): Schema {
  return { type: 'boolean', title, default: defaultValue };
}

/** A resident ID number (居民身份证号码). */
export function idNumber(title = '居民身份证号码'): Schema {
  return { type: 'string', title, pattern: PATTERNS.idNumber };
}

/** A mobile number. */
export function mobile(title = '联系电话（手机）'): Schema {
  return { type: 'string', title, pattern: PATTERNS.mobile };
}

/** A unified social credit code (统一社会信用代码). */
export function creditCode(title = '统一社会信用代码'): Schema {
  return { type: 'string', title, pattern: PATTERNS.creditCode };
}

/** A list of rows, e.g. family members or shareholders. */
export function rows(
  title: string,
  properties: Record<string, Schema>,
  required: readonly string[],
  minItems = 0,
): Schema {
  return { type: 'array', title, minItems, items: { type: 'object', properties, required } };
}

/** `if field = value then required …` (optionally `else required …`): a conditional section. */
export function when(
  field: string,
  value: unknown,
  required: readonly string[],
  otherwise?: readonly string[],
): Schema {
  const rule: Schema = {
    if: { properties: { [field]: { const: value } }, required: [field] },
    then: { required },
  };
  return otherwise ? { ...rule, else: { required: otherwise } } : rule;
}

/** `if field is one of values then required …`. */
export function whenOneOf(field: string, values: readonly unknown[], required: readonly string[]): Schema {
  return { if: { properties: { [field]: { enum: values } }, required: [field] }, then: { required } };
}

/** A person applying for themself. */
export const PERSON_FIELDS: Record<string, Schema> = {
  applicantName: text('申请人姓名', 30),
  idNumber: idNumber(),
  phone: mobile(),
  address: text('现住址', 120),
};

/** A company or other organisation applying. */
export const COMPANY_FIELDS: Record<string, Schema> = {
  companyName: text('单位名称', 100),
  creditCode: creditCode(),
  legalRepresentative: text('法定代表人（负责人）', 30),
  contactName: text('经办人', 30),
  phone: mobile('经办人手机'),
  address: text('住所（经营场所）', 120),
};

/** Either: the applicant type decides which identity fields are required. */
export const EITHER_FIELDS: Record<string, Schema> = {
  applicantType: choice('申请人类型', ['个人', '企业'], '个人'),
  applicantName: text('申请人（单位）名称', 100),
  idNumber: idNumber('申请人（经办人）居民身份证号码'),
  creditCode: creditCode('统一社会信用代码（企业填写）'),
  legalRepresentative: text('法定代表人（企业填写）', 30),
  phone: mobile(),
  address: text('住所（经营场所）', 120),
};

/** For `EITHER_FIELDS`: companies give their credit code and legal representative, persons their ID number. */
export const EITHER_RULE: Schema = when('applicantType', '企业', ['creditCode', 'legalRepresentative'], ['idNumber']);

/** Whether an agent applies on the applicant's behalf, and who. */
export const AGENT_FIELDS: Record<string, Schema> = {
  byAgent: yesNo('是否委托他人代为办理'),
  agentName: text('受托人姓名', 30),
  agentIdNumber: idNumber('受托人居民身份证号码'),
};

/** For `AGENT_FIELDS`: an agent must be named. */
export const AGENT_RULE: Schema = when('byAgent', true, ['agentName', 'agentIdNumber']);

/** The uiSchema hints every form gets: placeholders for identifiers, text areas for long texts. */
const PLACEHOLDERS: Record<string, string> = {
  idNumber: '18 位居民身份证号码',
  agentIdNumber: '18 位居民身份证号码',
  phone: '11 位手机号码',
  creditCode: '18 位统一社会信用代码',
  projectCode: '投资项目在线审批监管平台赋予的项目代码',
};

/** A form: title, fields, required ones, conditional rules and extra uiSchema entries. */
export function form(
  title: string,
  properties: Record<string, Schema>,
  required: readonly string[],
  rules: readonly Schema[] = [],
  ui: Record<string, unknown> = {},
): ItemForm {
  const schema: Schema = { type: 'object', title, required, properties };
  if (rules.length > 0) schema['allOf'] = rules;
  const uiSchema: Record<string, unknown> = { 'ui:order': [...Object.keys(properties), '*'] };
  for (const [key, property] of Object.entries(properties)) {
    const placeholder = PLACEHOLDERS[key];
    if (placeholder) uiSchema[key] = { 'ui:placeholder': placeholder };
    else if (typeof property['maxLength'] === 'number' && property['maxLength'] >= 200) {
      uiSchema[key] = { 'ui:widget': 'textarea' };
    }
  }
  return { schema, uiSchema: { ...uiSchema, ...ui } };
}
