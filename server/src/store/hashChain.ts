import { createHash } from 'node:crypto';
import { canonicalJson } from '@govflow/catalog';
import type { CaseEvent } from '@govflow/engine';

/** Hash algorithms for the evidence chain: SM3 (national standard, default) or SHA-256. */
export type ChainAlgorithm = 'sm3' | 'sha256';

/** The hash that starts every case's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an event, chained to the one before it: H(prevHash + canonical JSON of the event). */
export function hashEvent(event: CaseEvent, prevHash: string, algorithm: ChainAlgorithm): string {
  return createHash(algorithm).update(prevHash).update(canonicalJson(event)).digest('hex');
}
