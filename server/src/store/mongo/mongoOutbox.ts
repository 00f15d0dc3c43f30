import type { Model, PipelineStage } from 'mongoose';
import type { OutboxEntry, OutboxFailure, OutboxFilter, OutboxKey } from '../outbox.js';
import type { CaseDoc, OutboxDoc } from './documents.js';
import { leaseDue, prefixed, type Located } from './leases.js';
import { key, toOutboxEntry } from './mappers.js';

/** Leases due pending messages across cases, earliest due first. */
export async function claimOutbox(
  cases: Model<CaseDoc>,
  now: number,
  owner: string,
  leaseUntil: number,
  limit: number,
): Promise<OutboxEntry[]> {
  const won = await leaseDue<OutboxDoc>(
    cases,
    {
      array: 'outbox',
      idField: 'messageId',
      due: { status: 'pending', nextAttemptAt: { $lte: now } },
      sort: { nextAttemptAt: 1, createdAt: 1 },
      now,
      limit,
    },
    owner,
    leaseUntil,
  );
  return won.map(({ caseId, element }) => toOutboxEntry(caseId, element));
}

/** Marks a pending message delivered and drops its lease: one atomic update of its case document. */
export async function markDelivered(cases: Model<CaseDoc>, k: OutboxKey, deliveredAt: string): Promise<void> {
  await updatePending(cases, k, {
    $set: {
      'outbox.$[m].status': 'delivered',
      'outbox.$[m].deliveredAt': deliveredAt,
      'outbox.$[m].leaseOwner': null,
      'outbox.$[m].leaseUntil': 0,
    },
  });
}

/** Records a failed attempt: due again at `retryAt`, or a dead letter when it is null. */
export async function markFailed(cases: Model<CaseDoc>, k: OutboxKey, failure: OutboxFailure): Promise<void> {
  await updatePending(cases, k, {
    $inc: { 'outbox.$[m].attempts': 1 },
    $set: {
      'outbox.$[m].status': failure.retryAt === null ? 'dead' : 'pending',
      'outbox.$[m].nextAttemptAt': failure.retryAt ?? 0,
      'outbox.$[m].lastError': failure.error,
      'outbox.$[m].leaseOwner': null,
      'outbox.$[m].leaseUntil': 0,
    },
  });
}

/** Lists messages by case and/or status, oldest first. */
export async function listOutbox(cases: Model<CaseDoc>, filter: OutboxFilter, limit: number): Promise<OutboxEntry[]> {
  const element = filter.status === undefined ? {} : { status: key(filter.status, 'status') };
  const pipeline: PipelineStage[] = [
    {
      $match: {
        ...(filter.caseId === undefined ? {} : { _id: key(filter.caseId, 'caseId') }),
        ...(filter.status === undefined ? {} : { outbox: { $elemMatch: element } }),
      },
    },
    { $project: { outbox: 1 } },
    { $unwind: { path: '$outbox', includeArrayIndex: 'position' } },
    { $match: prefixed(element, 'outbox') },
    { $sort: { 'outbox.createdAt': 1, _id: 1, position: 1 } },
    { $limit: limit },
    { $project: { _id: 0, caseId: '$_id', element: '$outbox' } },
  ];
  const rows = await cases.aggregate<Located<OutboxDoc>>(pipeline);
  return rows.map(({ caseId, element: m }) => toOutboxEntry(caseId, m));
}

async function updatePending(
  cases: Model<CaseDoc>,
  k: OutboxKey,
  update: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Promise<void> {
  const messageId = key(k.id, 'id');
  await cases.updateOne(
    { _id: key(k.caseId, 'caseId'), outbox: { $elemMatch: { messageId, status: 'pending' } } },
    update,
    { arrayFilters: [{ 'm.messageId': messageId, 'm.status': 'pending' }] },
  );
}
