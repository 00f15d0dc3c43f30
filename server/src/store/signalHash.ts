import { createHash } from 'node:crypto';
import { canonicalJson } from '@govflow/catalog';
import type { ChainAlgorithm } from './hashChain.js';
import type { SignalEntry } from './signalStore.js';

/**
 * The hash of one entry of a signal's history, chained to the entry before it like case events:
 * H(prevHash + canonical JSON of { signalId, seq, type, at, by, data }).
 */
export function hashSignalEntry(
  signalId: string,
  seq: number,
  entry: SignalEntry,
  prevHash: string,
  algorithm: ChainAlgorithm,
): string {
  const content = { signalId, seq, type: entry.type, at: entry.at, by: entry.by, data: entry.data };
  return createHash(algorithm).update(prevHash).update(canonicalJson(content)).digest('hex');
}
