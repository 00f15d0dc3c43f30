/**
 * The generated part of the demo catalog: every department's table, numbered `JJ-<dept>-101` upward
 * (hand-written items use 001–099), in a fixed order so the output is the same on every call.
 */
import type { ApprovalItem } from '../../item.js';
import { DEPARTMENT_CODES, type DeptCode } from '../departments.js';
import { generateRow } from './generateItem.js';
import type { Row } from './row.js';
import { CONSTRUCTION_ROWS } from './tables/construction.js';
import { CULTURE_ROWS } from './tables/culture.js';
import { ECONOMY_ROWS } from './tables/economy.js';
import { ENVIRONMENT_ROWS } from './tables/environment.js';
import { HEALTH_ROWS } from './tables/health.js';
import { MARKET_ROWS } from './tables/market.js';
import { PUBLIC_SECURITY_ROWS } from './tables/publicSecurity.js';
import { SOCIAL_ROWS } from './tables/social.js';

const TABLES: readonly Partial<Record<DeptCode, readonly Row[]>>[] = [
  ECONOMY_ROWS,
  PUBLIC_SECURITY_ROWS,
  SOCIAL_ROWS,
  CONSTRUCTION_ROWS,
  ENVIRONMENT_ROWS,
  HEALTH_ROWS,
  MARKET_ROWS,
  CULTURE_ROWS,
];

/** First serial of generated items in each department. */
export const FIRST_GENERATED_SERIAL = 101;

/** Every table row of a department. */
export function rowsOf(dept: DeptCode): readonly Row[] {
  return TABLES.flatMap((table) => table[dept] ?? []);
}

/** Builds the generated items of every department. */
export function generatedItems(): ApprovalItem[] {
  return DEPARTMENT_CODES.flatMap((dept) => {
    let serial = FIRST_GENERATED_SERIAL;
    return rowsOf(dept).flatMap((row) => {
      const items = generateRow(dept, row, serial);
      serial += items.length;
      return items;
    });
  });
}
