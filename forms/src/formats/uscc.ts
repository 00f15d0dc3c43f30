/** The 31 characters of GB 32100 (digits and upper-case letters without I, O, Z, S, V), in value order. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100 weights of the first 17 characters: 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CHARS = /^[0-9A-HJ-NPQRTUWXY]+$/;

/**
 * The GB 32100 check character of the first 17 characters of a unified social credit code.
 * Throws a RangeError when the input is not 17 characters of the code's charset.
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17 || !CHARS.test(first17)) throw new RangeError('统一社会信用代码前17位字符不正确');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] as number);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * What is wrong with a unified social credit code (统一社会信用代码, GB 32100), in Chinese, or undefined when
 * it is well formed: 18 characters of its charset, an administrative-division code in places 3–8, the check character.
 */
export function explainUscc(value: string): string | undefined {
  if (value.length !== 18) return '统一社会信用代码应为18位';
  if (!CHARS.test(value)) return '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）';
  if (!/^\d{6}$/.test(value.slice(2, 8))) return '统一社会信用代码第3至8位应为行政区划代码（6位数字）';
  if (usccCheckChar(value.slice(0, 17)) !== value.charAt(17)) return '统一社会信用代码校验位不正确';
  return undefined;
}
