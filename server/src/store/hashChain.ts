import { createHash } from 'node:crypto';
import type { CaseEvent } from '@govflow/engine';

/** Hash algorithms for the evidence chain: SM3 (national standard, default) or SHA-256. */
export type ChainAlgorithm = 'sm3' | 'sha256';

/** The hash that starts every case's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an event, chained to the one before it: H(prevHash + canonical JSON of the event). */
export function hashEvent(event: CaseEvent, prevHash: string, algorithm: ChainAlgorithm): string {
  return createHash(algorithm).update(prevHash).update(canonicalJson(event)).digest('hex');
}

/** JSON with object keys sorted, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
