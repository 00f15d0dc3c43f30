import type { ChainBreak, ChainVerification } from '../../services/evidence/verifyChain.js';
import { hashFeedbackEntry, type FeedbackEntryContent, type FeedbackSubject } from '../../store/feedbackHash.js';
import { GENESIS_HASH, type ChainAlgorithm } from '../../store/hashChain.js';

/** A stored history entry as the verification reads it. */
export interface ChainedEntry extends FeedbackEntryContent {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * Recomputes every hash of a complaint's or an evaluation's history from the genesis hash and reports
 * the first broken link, like a case's evidence chain: a rewritten entry (`hash-mismatch`), a removed or
 * inserted one (`prev-hash-mismatch`, `seq-gap`), or a cut-off tail against the record's own count.
 */
export function verifyFeedbackChain(
  subject: FeedbackSubject,
  id: string,
  entries: readonly ChainedEntry[],
  algorithm: ChainAlgorithm,
  expectedCount: number,
): ChainVerification {
  const result = (brokenAt: ChainBreak | null): ChainVerification => ({
    verified: brokenAt === null,
    algorithm,
    count: entries.length,
    brokenAt,
  });
  let prev = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    if (entry.seq !== index + 1) return result({ seq: index + 1, reason: 'seq-gap' });
    if (entry.prevHash !== prev) return result({ seq: entry.seq, reason: 'prev-hash-mismatch' });
    if (hashFeedbackEntry(subject, id, entry.seq, entry, prev, algorithm) !== entry.hash) {
      return result({ seq: entry.seq, reason: 'hash-mismatch' });
    }
    prev = entry.hash;
  }
  if (entries.length < expectedCount) return result({ seq: entries.length + 1, reason: 'missing-events' });
  if (entries.length > expectedCount) return result({ seq: expectedCount + 1, reason: 'unexpected-events' });
  return result(null);
}
