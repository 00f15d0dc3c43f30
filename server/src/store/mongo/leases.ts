import type { Model, PipelineStage } from 'mongoose';
import type { CaseDoc, OutboxDoc, TimerDoc } from './documents.js';

/** Which array of the case document holds the leasable elements, and how an element is named. */
type LeaseArray =
  | { readonly array: 'timers'; readonly idField: 'timerId' }
  | { readonly array: 'outbox'; readonly idField: 'messageId' };

/** What to lease: the elements meeting `due` and not leased at `now`, ordered by `sort`. */
export type LeaseQuery = LeaseArray & {
  /** Conditions on an element besides the lease, e.g. `{ dueMs: { $lte: until } }`. */
  readonly due: Readonly<Record<string, unknown>>;
  /** Element fields to order by (then case id, `tieBreak` and position). */
  readonly sort: Readonly<Record<string, 1 | -1>>;
  /** An element field ordering elements of one case that tie on `sort` (else their position). */
  readonly tieBreak?: string;
  readonly now: number;
  readonly limit: number;
};

/** An element of a case document with the case's id. */
export interface Located<T> {
  readonly caseId: string;
  readonly element: T;
}

/**
 * The due, unleased elements across cases, in order (an aggregation over the array's index). With
 * `now: null` leases are ignored (for `dueTimers`, which only looks).
 */
export async function findDue<T extends TimerDoc | OutboxDoc>(
  cases: Model<CaseDoc>,
  query: Omit<LeaseQuery, 'now'> & { readonly now: number | null },
): Promise<Located<T>[]> {
  const element = { ...query.due, ...(query.now === null ? {} : { leaseUntil: { $lt: query.now } }) };
  const pipeline: PipelineStage[] = [
    { $match: { [query.array]: { $elemMatch: element } } },
    { $project: { [query.array]: 1 } },
    { $unwind: { path: `$${query.array}`, includeArrayIndex: 'position' } },
    { $match: prefixed(element, query.array) },
    {
      $sort: {
        ...prefixed(query.sort, query.array),
        _id: 1,
        ...(query.tieBreak === undefined ? {} : { [`${query.array}.${query.tieBreak}`]: 1 as const }),
        position: 1,
      },
    },
    { $limit: query.limit },
    { $project: { _id: 0, caseId: '$_id', element: `$${query.array}` } },
  ];
  return cases.aggregate<Located<T>>(pipeline);
}

/**
 * Leases due elements for `owner` until `leaseUntil`. Candidates are found in order, then each case
 * document is updated once, atomically: only elements still unleased match the array filter, so two
 * claimers never get the same element; what the updated document shows as ours is what we got.
 */
export async function leaseDue<T extends TimerDoc | OutboxDoc>(
  cases: Model<CaseDoc>,
  query: LeaseQuery,
  owner: string,
  leaseUntil: number,
): Promise<Located<T>[]> {
  const candidates = await findDue<T>(cases, query);
  const idsByCase = new Map<string, string[]>();
  for (const { caseId, element } of candidates) {
    const ids = idsByCase.get(caseId) ?? [];
    ids.push(elementId(element));
    idsByCase.set(caseId, ids);
  }
  const won = new Set<string>();
  await Promise.all(
    [...idsByCase].map(async ([caseId, ids]) => {
      const unleased = { ...query.due, [query.idField]: { $in: ids }, leaseUntil: { $lt: query.now } };
      const doc = await cases
        .findOneAndUpdate(
          { _id: caseId, [query.array]: { $elemMatch: unleased } },
          { $set: { [`${query.array}.$[e].leaseOwner`]: owner, [`${query.array}.$[e].leaseUntil`]: leaseUntil } },
          {
            arrayFilters: [prefixed(unleased, 'e')],
            returnDocument: 'after',
            projection: { [query.array]: 1 },
          },
        )
        .lean<Pick<CaseDoc, '_id' | 'timers' | 'outbox'>>();
      const elements: readonly (TimerDoc | OutboxDoc)[] = doc?.[query.array] ?? [];
      for (const e of elements) {
        const id = elementId(e);
        if (ids.includes(id) && e.leaseOwner === owner && e.leaseUntil === leaseUntil) won.add(`${caseId}\u0000${id}`);
      }
    }),
  );
  return candidates.filter((c) => won.has(`${c.caseId}\u0000${elementId(c.element)}`));
}

function elementId(element: TimerDoc | OutboxDoc): string {
  return 'timerId' in element ? element.timerId : element.messageId;
}

/** `{ a: 1 }` → `{ 'prefix.a': 1 }`. */
export function prefixed<V>(fields: Readonly<Record<string, V>>, prefix: string): Record<string, V> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}.${k}`, v]));
}
