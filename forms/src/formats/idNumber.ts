import { isRealDate } from '../chinaTime.js';

/** GB 11643-1999 weights of the first 17 digits: 2^(17-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character for each remainder of the weighted sum mod 11. */
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dXx]$/;

/**
 * The GB 11643 check character (`0`–`9` or `X`) of the first 17 digits of a resident ID number.
 * Throws a RangeError when the input is not 17 digits.
 */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('身份证号码前17位应为数字');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** The date of birth (`YYYY-MM-DD`) written in an 18-digit resident ID number, or undefined when it has none. */
export function birthDateOfIdNumber(idNumber: string): string | undefined {
  if (!SHAPE.test(idNumber)) return undefined;
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) return undefined;
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/**
 * What is wrong with an 18-digit resident ID number (居民身份证号码, GB 11643), in Chinese, or undefined
 * when it is well formed: shape, a real date of birth from 1900 on, and the check character (`x` accepted as `X`).
 */
export function explainIdNumber(value: string): string | undefined {
  if (!SHAPE.test(value)) {
    return value.length === 18 && /^0/.test(value)
      ? '身份证号码的地区码不正确'
      : '身份证号码应为18位：17位数字加1位数字或X';
  }
  if (birthDateOfIdNumber(value) === undefined) {
    return `身份证号码中的出生日期（${value.slice(6, 14)}）不是有效日期`;
  }
  if (idNumberCheckChar(value.slice(0, 17)) !== value.charAt(17).toUpperCase()) return '身份证号码校验位不正确';
  return undefined;
}
