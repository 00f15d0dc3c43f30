/**
 * Independent implementations of the two national check-character algorithms, written from the standards'
 * formulas (not from the package's tables), so the tests do not grade the code against itself.
 */

/** GB 11643-1999 (ISO 7064 MOD 11-2): weight of position i (1-based from the left, 1..17) is 2^(18-i) mod 11. */
export function gb11643Check(first17: string): string {
  let sum = 0;
  for (let i = 1; i <= 17; i += 1) sum += Number(first17[i - 1]) * (2 ** (18 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

/** GB 32100-2015: 31 characters, weight of position i (0-based) is 3^i mod 31, check = 31 - (sum mod 31), 31 → 0. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function gb32100Check(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i += 1) {
    sum += USCC_CHARSET.indexOf(first17.charAt(i)) * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** A resident ID number from region, birth date (YYYYMMDD) and a 3-digit sequence, with its correct check digit. */
export function idNumber(region: string, birth: string, sequence: string): string {
  const body = `${region}${birth}${sequence}`;
  return body + gb11643Check(body);
}

/** A unified social credit code from its 17-character body, with its correct check character. */
export function uscc(body17: string): string {
  return body17 + gb32100Check(body17);
}

/** The same code with its last character replaced by a different, wrong one from `alphabet`. */
export function withWrongCheck(code: string, alphabet: string): string {
  const right = code.charAt(code.length - 1);
  const wrong = [...alphabet].find((c) => c !== right) as string;
  return code.slice(0, -1) + wrong;
}
