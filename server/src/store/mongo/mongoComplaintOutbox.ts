import type { Model } from 'mongoose';
import { complaintOutboxKey } from '../complaintStore.js';
import type { OutboxEntry, OutboxFailure, OutboxFilter, OutboxKey } from '../outbox.js';
import type { CaseDoc } from './documents.js';
import type { ComplaintDoc } from './mongoFeedbackSchemas.js';
import * as outbox from './mongoOutbox.js';

const PREFIX = complaintOutboxKey('');

/**
 * The outbox of complaint documents: shaped like a case document's, so the case outbox functions serve it
 * as they are (they touch only `_id` and `outbox`); its keys read `complaint:<id>` to the dispatcher.
 */
export class MongoComplaintOutbox {
  constructor(private readonly complaints: Model<ComplaintDoc>) {}

  /** Whether an outbox key is a complaint's. */
  owns(outboxOwner: string): boolean {
    return outboxOwner.startsWith(PREFIX);
  }

  /** The cases' claimed messages, then complaints' up to the limit (cases first: they are the hot path). */
  async claimOutboxAfter(
    fromCases: readonly OutboxEntry[],
    now: number,
    owner: string,
    leaseUntil: number,
    limit: number,
  ): Promise<OutboxEntry[]> {
    const room = limit - fromCases.length;
    if (room <= 0) return [...fromCases];
    const own = await outbox.claimOutbox(this.asCases(), now, owner, leaseUntil, room);
    return [...fromCases, ...own.map(prefixed)];
  }

  async markDelivered(k: OutboxKey, deliveredAt: string): Promise<void> {
    await outbox.markDelivered(this.asCases(), unprefixed(k), deliveredAt);
  }

  async markFailed(k: OutboxKey, failure: OutboxFailure): Promise<void> {
    await outbox.markFailed(this.asCases(), unprefixed(k), failure);
  }

  /** Lists a complaint's messages, or the cases' (from `ofCases`) merged with every complaint's, oldest first. */
  async listOutbox(
    filter: OutboxFilter,
    limit: number,
    ofCases: () => Promise<readonly OutboxEntry[]>,
  ): Promise<OutboxEntry[]> {
    if (filter.caseId !== undefined && this.owns(filter.caseId)) {
      const own = { ...filter, caseId: filter.caseId.slice(PREFIX.length) };
      return (await outbox.listOutbox(this.asCases(), own, limit)).map(prefixed);
    }
    const fromCases = await ofCases();
    if (filter.caseId !== undefined) return [...fromCases];
    const own = (await outbox.listOutbox(this.asCases(), filter, limit)).map(prefixed);
    return [...fromCases, ...own]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.caseId.localeCompare(b.caseId))
      .slice(0, limit);
  }

  /** The complaint documents as the outbox functions see them: documents with an `_id` and an `outbox` array. */
  private asCases(): Model<CaseDoc> {
    // Why the cast: the outbox functions are typed for case documents but read and write only `_id` and `outbox`.
    return this.complaints as unknown as Model<CaseDoc>;
  }
}

function prefixed(entry: OutboxEntry): OutboxEntry {
  return { ...entry, caseId: complaintOutboxKey(entry.caseId) };
}

function unprefixed(k: OutboxKey): OutboxKey {
  return { caseId: k.caseId.slice(PREFIX.length), id: k.id };
}
