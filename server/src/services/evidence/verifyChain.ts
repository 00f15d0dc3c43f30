import type { CaseEvent } from '@govflow/engine';
import { GENESIS_HASH, hashEvent, type ChainAlgorithm } from '../../store/hashChain.js';
import type { StoredEvent } from '../../store/port.js';

/** Why a link of the chain does not hold. */
export type ChainBreakReason =
  /** The event's content no longer gives its stored hash (its data, time, actor or type was changed). */
  | 'hash-mismatch'
  /** The event does not point at the hash of the event before it (an event was removed, inserted or re-hashed). */
  | 'prev-hash-mismatch'
  /** Sequence numbers are not 1, 2, 3, … */
  | 'seq-gap'
  /** The case's snapshot counts more events than the chain holds (the tail was cut off). */
  | 'missing-events'
  /** The chain holds events the case's snapshot does not know of. */
  | 'unexpected-events';

/** The first broken link: where and why. */
export interface ChainBreak {
  readonly seq: number;
  readonly reason: ChainBreakReason;
}

/** Whether a case's chain verifies, and if not, its first broken link. */
export interface ChainVerification {
  readonly verified: boolean;
  readonly algorithm: ChainAlgorithm;
  readonly count: number;
  readonly brokenAt: ChainBreak | null;
}

/** The algorithms a chain may use, the national standard first. */
const ALGORITHMS: readonly ChainAlgorithm[] = ['sm3', 'sha256'];

/**
 * Recomputes every hash of a case's chain from the genesis hash with the store's `hashEvent` and
 * reports the first broken link; `expectedCount` (the snapshot's last seq) catches a cut-off tail.
 */
export function verifyChain(
  events: readonly StoredEvent[],
  algorithm: ChainAlgorithm,
  expectedCount?: number,
): ChainVerification {
  const result = (brokenAt: ChainBreak | null): ChainVerification => ({
    verified: brokenAt === null,
    algorithm,
    count: events.length,
    brokenAt,
  });
  let prev = GENESIS_HASH;
  for (const [index, stored] of events.entries()) {
    if (stored.seq !== index + 1) return result({ seq: index + 1, reason: 'seq-gap' });
    if (stored.prevHash !== prev) return result({ seq: stored.seq, reason: 'prev-hash-mismatch' });
    if (hashEvent(engineEvent(stored), prev, algorithm) !== stored.hash) {
      return result({ seq: stored.seq, reason: 'hash-mismatch' });
    }
    prev = stored.hash;
  }
  if (expectedCount !== undefined && events.length < expectedCount) {
    return result({ seq: events.length + 1, reason: 'missing-events' });
  }
  if (expectedCount !== undefined && events.length > expectedCount) {
    return result({ seq: expectedCount + 1, reason: 'unexpected-events' });
  }
  return result(null);
}

/** The algorithm whose hash the first event carries (the store's setting is not on its port); SM3 by default. */
export function detectAlgorithm(events: readonly StoredEvent[]): ChainAlgorithm {
  const first = events[0];
  if (!first) return 'sm3';
  return ALGORITHMS.find((a) => hashEvent(engineEvent(first), GENESIS_HASH, a) === first.hash) ?? 'sm3';
}

/** The event exactly as it was hashed at commit: without its place in the chain. */
function engineEvent(stored: StoredEvent): CaseEvent {
  const { hash: _hash, prevHash: _prevHash, ...event } = stored;
  return event;
}
