import { createHash } from 'node:crypto';
import { canonicalJson } from '@govflow/catalog';
import type { ApplicationHopInput, StoredApplicationHop } from './applicationStore.js';
import { GENESIS_HASH, type ChainAlgorithm } from './hashChain.js';

/** The hash of a hop, chained to the one before it: H(prevHash + canonical JSON of the numbered hop). */
export function hashHop(
  hop: ApplicationHopInput & { readonly seq: number },
  prevHash: string,
  algorithm: ChainAlgorithm,
) {
  const { seq, action, at, by, unitId, windowId, data } = hop;
  const body = canonicalJson({ seq, action, at, by, unitId, windowId, data });
  return createHash(algorithm).update(prevHash).update(body).digest('hex');
}

/** Numbers new hops after `lastSeq` and chains them on to `prevHash` (the genesis hash for a new application). */
export function chainHops(
  hops: readonly ApplicationHopInput[],
  lastSeq: number,
  prevHash: string,
  algorithm: ChainAlgorithm,
): StoredApplicationHop[] {
  const chained: StoredApplicationHop[] = [];
  let prev = prevHash;
  hops.forEach((hop, i) => {
    const numbered = { ...hop, seq: lastSeq + i + 1 };
    const hash = hashHop(numbered, prev, algorithm);
    chained.push({ ...numbered, prevHash: prev, hash });
    prev = hash;
  });
  return chained;
}

/** Whether a stored path still holds link by link: the seq of the first broken hop, or null. */
export function verifyHops(hops: readonly StoredApplicationHop[], algorithm: ChainAlgorithm): number | null {
  let prev = GENESIS_HASH;
  for (const [i, hop] of hops.entries()) {
    if (hop.seq !== i + 1 || hop.prevHash !== prev || hashHop(hop, prev, algorithm) !== hop.hash) return hop.seq;
    prev = hop.hash;
  }
  return null;
}
