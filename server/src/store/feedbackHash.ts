import { createHash } from 'node:crypto';
import { canonicalJson } from '@govflow/catalog';
import type { ChainAlgorithm } from './hashChain.js';

/** What a chained history belongs to. */
export type FeedbackSubject = 'complaint' | 'evaluation';

/** One history entry's content, as hashed. */
export interface FeedbackEntryContent {
  readonly type: string;
  readonly at: string;
  readonly by: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The hash of one entry of a complaint's or an evaluation's history, chained to the entry before it like
 * case events: H(prevHash + canonical JSON of { subject, id, seq, type, at, by, data }).
 */
export function hashFeedbackEntry(
  subject: FeedbackSubject,
  id: string,
  seq: number,
  entry: FeedbackEntryContent,
  prevHash: string,
  algorithm: ChainAlgorithm,
): string {
  const content = { subject, id, seq, type: entry.type, at: entry.at, by: entry.by, data: entry.data };
  return createHash(algorithm).update(prevHash).update(canonicalJson(content)).digest('hex');
}
