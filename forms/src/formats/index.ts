import { explainIdNumber } from './idNumber.js';
import { explainCnDate, explainMobile } from './simpleFormats.js';
import { explainUscc } from './uscc.js';

/** A govflow string format: its ajv check and the Chinese explanation of a bad value. */
export interface GovFormat {
  /** What the format is, in Chinese (for documentation and the designer). */
  readonly label: string;
  /** Longest value worth inspecting; longer strings fail at once. */
  readonly maxLength: number;
  /** The problem with a value in Chinese, or undefined when the value is valid. */
  explain(value: string): string | undefined;
}

/** The formats govflow adds to JSON Schema, by name (`{ "type": "string", "format": "cn-id-number" }`). */
export const GOV_FORMATS: Readonly<Record<string, GovFormat>> = {
  'cn-id-number': { label: '居民身份证号码', maxLength: 18, explain: explainIdNumber },
  'cn-uscc': { label: '统一社会信用代码', maxLength: 18, explain: explainUscc },
  'cn-mobile': { label: '手机号码', maxLength: 11, explain: explainMobile },
  'cn-date': { label: '日期', maxLength: 10, explain: explainCnDate },
};

/** True when `value` passes the named govflow format; unknown formats pass (ajv decides about them). */
export function checkGovFormat(format: string, value: string): boolean {
  const definition = GOV_FORMATS[format];
  if (!definition) return true;
  return explainGovFormat(definition, value) === undefined;
}

/** The Chinese explanation of a bad value for a govflow format (bounded work for huge strings). */
export function explainGovFormat(definition: GovFormat, value: string): string | undefined {
  if (value.length > definition.maxLength * 4) return `${definition.label}长度不正确（${value.length} 个字符）`;
  return definition.explain(value);
}
