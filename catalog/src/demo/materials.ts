/**
 * Materials (申请材料) that many demo items ask for, with their usual counts, form and source, and
 * a compact way to declare an item's own materials.
 */
import type { Material } from '../item.js';

/** Conditions on the shared applicant fields (see forms.ts). */
export const WHEN = {
  company: 'applicantType = "企业"',
  person: 'applicantType = "个人"',
  agent: 'byAgent = true',
} as const;

/** Overrides of a material's defaults (its name too, for the shared ones). */
type Extra = Partial<Omit<Material, 'id'>>;

/** A material the applicant prepares: one original on paper unless told otherwise. */
export function own(id: string, name: string, extra: Extra = {}): Material {
  return { id, name, required: true, originals: 1, copies: 0, form: 'paper', source: '申请人自备', ...extra };
}

/** A certificate or document issued by a government body: original shown, one copy kept. */
export function issued(id: string, name: string, extra: Extra = {}): Material {
  return { id, name, required: true, originals: 1, copies: 1, form: 'either', source: '政府部门核发', ...extra };
}

/** The application form itself. */
export function applicationForm(name: string, extra: Extra = {}): Material {
  return own('application', name, {
    blankForm: `${name}（空白表格）`,
    sample: `${name}（填写示例）`,
    standard: '内容完整、填写规范，申请人签字（单位加盖公章）',
    ...extra,
  });
}

/** The applicant's resident ID card. */
export function idCard(name = '申请人居民身份证', extra: Extra = {}): Material {
  return issued('id-card', name, { standard: '在有效期内，复印件正反面复印在同一页', ...extra });
}

/** The household register (户口簿). */
export function householdRegister(extra: Extra = {}): Material {
  return issued('household-register', '居民户口簿', { standard: '户主页及本人页', ...extra });
}

/** The business licence; electronic licences are accepted. */
export function businessLicence(extra: Extra = {}): Material {
  return issued('business-licence', '营业执照（或其他主体资格证明）', {
    standard: '在有效期内；可出示电子营业执照',
    ...extra,
  });
}

/** The legal representative's identity document. */
export function legalRepId(extra: Extra = {}): Material {
  return issued('legal-rep-id', '法定代表人（负责人）身份证明', { originals: 0, ...extra });
}

/** Power of attorney and the agent's ID card, only when an agent applies. */
export function powerOfAttorney(extra: Extra = {}): Material {
  return own('power-of-attorney', '授权委托书及受托人居民身份证', {
    copies: 1,
    requiredWhen: WHEN.agent,
    blankForm: '授权委托书（空白表格）',
    note: '委托他人办理时提供',
    ...extra,
  });
}

/** A recent one-inch photo. */
export function photo(required = false, count = 2): Material {
  return own('photo', '近期一寸白底免冠彩色照片', {
    required,
    originals: count,
    note: '可在窗口现场采集数码相片',
  });
}

/** Ids of the required materials of a list (the ones an acceptance step checks). */
export function requiredIds(materials: readonly Material[]): string[] {
  return materials.filter((m) => m.required).map((m) => m.id);
}
