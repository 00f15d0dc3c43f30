import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Progress-query codes (查询码): a short code made at acceptance, printed on the acceptance notice and sent
 * in the acceptance SMS; with the receipt number it opens the public progress query. Only a salted hash
 * is stored, so nobody reading the database learns a code; guessing online is throttled per address and
 * per receipt number (see `ProgressQuery`).
 */

/** Letters and digits that cannot be confused when read aloud or typed (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 31^8 ≈ 8.5 × 10^11 codes per receipt number. */
export const PROGRESS_CODE_LENGTH = 8;

/** A new code and its stored form. */
export interface IssuedProgressCode {
  readonly code: string;
  readonly hash: string;
}

/** Makes a new random code and its salted hash (`sha256$<salt>$<hex>`). */
export function newProgressCode(): IssuedProgressCode {
  let code = '';
  for (let i = 0; i < PROGRESS_CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  const salt = randomBytes(16).toString('hex');
  return { code, hash: `sha256$${salt}$${digest(salt, code)}` };
}

/** Whether a typed code matches a stored hash (case and spaces forgiven), in constant time. */
export function progressCodeMatches(typed: string, stored: string): boolean {
  const [scheme, salt, hex] = stored.split('$');
  if (scheme !== 'sha256' || !salt || !hex) return false;
  const expected = Buffer.from(hex, 'hex');
  const actual = Buffer.from(digest(salt, normaliseProgressCode(typed)), 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The code as typed, upper-cased and without spaces or dashes. */
export function normaliseProgressCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

function digest(salt: string, code: string): string {
  return createHash('sha256').update(salt).update(':').update(code).digest('hex');
}
