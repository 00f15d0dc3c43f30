/**
 * The application forms of the generated items. Each kind is one schema object shared by every item
 * that uses it, so a validator compiles once per kind; the item's own title goes in its uiSchema.
 */
import type { ItemForm } from '../../item.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  choice,
  COMPANY_FIELDS,
  EITHER_FIELDS,
  EITHER_RULE,
  form,
  int,
  longText,
  num,
  PATTERNS,
  PERSON_FIELDS,
  text,
} from '../forms.js';
import type { FormKind } from './row.js';

const remark = { remark: longText('申请事项说明', 500) };

const project = {
  projectName: text('项目名称', 100),
  projectCode: { type: 'string', title: '投资项目代码', pattern: PATTERNS.projectCode },
  projectAddress: text('建设地点', 120),
  projectScale: longText('建设规模及内容', 500),
  investment: num('总投资（万元）', 0),
};

const premises = {
  premisesName: text('场所（门店）名称', 100),
  premisesAddress: text('场所地址', 120),
  premisesArea: num('场所面积（平方米）', 0),
};

const benefit = {
  community: text('所在村（社区）', 60),
  householdType: choice('户籍类别', ['城镇', '农村']),
  familySize: int('家庭人口（人）', 1, 30),
  bankAccount: text('社会保障卡或银行账号', 30),
};

const FORMS: Readonly<Record<FormKind, ItemForm>> = {
  person: form(
    '申请信息（个人）',
    { ...PERSON_FIELDS, ...remark, ...AGENT_FIELDS },
    ['applicantName', 'idNumber', 'phone'],
    [AGENT_RULE],
  ),
  company: form(
    '申请信息（单位）',
    { ...COMPANY_FIELDS, ...remark, ...AGENT_FIELDS },
    ['companyName', 'creditCode', 'legalRepresentative', 'contactName', 'phone', 'address'],
    [AGENT_RULE],
  ),
  either: form(
    '申请信息',
    { ...EITHER_FIELDS, ...remark, ...AGENT_FIELDS },
    ['applicantType', 'applicantName', 'phone'],
    [EITHER_RULE, AGENT_RULE],
  ),
  project: form(
    '申请信息（建设项目）',
    { ...COMPANY_FIELDS, ...project, ...remark, ...AGENT_FIELDS },
    ['companyName', 'creditCode', 'legalRepresentative', 'contactName', 'phone', 'projectName', 'projectAddress'],
    [AGENT_RULE],
  ),
  premises: form(
    '申请信息（经营场所）',
    { ...EITHER_FIELDS, ...premises, ...remark, ...AGENT_FIELDS },
    ['applicantType', 'applicantName', 'phone', 'premisesName', 'premisesAddress'],
    [EITHER_RULE, AGENT_RULE],
  ),
  benefit: form(
    '申请信息（待遇申领）',
    { ...PERSON_FIELDS, ...benefit, ...remark, ...AGENT_FIELDS },
    ['applicantName', 'idNumber', 'phone', 'address', 'community', 'bankAccount'],
    [AGENT_RULE],
  ),
};

/** The form of a generated item: the shared schema of its kind, titled with the item's name. */
export function sharedForm(kind: FormKind, itemName: string): ItemForm {
  const shared = FORMS[kind];
  return { schema: shared.schema, uiSchema: { ...shared.uiSchema, 'ui:title': `${itemName}申请表` } };
}
