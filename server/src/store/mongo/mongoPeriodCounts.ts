import type { Model } from 'mongoose';
import type { FactsFilter, PeriodRow } from '../statisticsStore.js';
import type { CaseDoc } from './documents.js';
import { factsMatch } from './mongoStatistics.js';

/** Accepted, completed and pending cases of [from, to) by item, unit and window. */
export async function periodCounts(
  cases: Model<CaseDoc>,
  from: number,
  to: number,
  filter: FactsFilter,
): Promise<PeriodRow[]> {
  const match = factsMatch(filter);
  const id = { itemCode: '$facts.itemCode', unitId: '$facts.unitId', windowId: '$facts.windowId' };
  const finished = { $in: ['$facts.status', ['completed', 'terminated']] };
  const count = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
  const [accepted, ended, pending] = await Promise.all([
    cases.aggregate<Grouped>([
      { $match: { 'facts.acceptedMs': { $gte: from, $lt: to }, ...match } },
      { $group: { _id: id, accepted: { $sum: 1 } } },
    ]),
    cases.aggregate<Grouped>([
      { $match: { 'facts.endedMs': { $gte: from, $lt: to }, ...match } },
      {
        $group: {
          _id: id,
          completed: count(finished),
          refused: count({ $eq: ['$facts.status', 'terminated'] }),
          early: count({ $eq: ['$facts.timeliness', 'early'] }),
          onTime: count({ $in: ['$facts.timeliness', ['early', 'on-time']] }),
          overdue: count({ $eq: ['$facts.timeliness', 'overdue'] }),
          withdrawn: count({ $eq: ['$facts.status', 'withdrawn'] }),
          usedDays: { $sum: { $cond: [finished, '$facts.usedDays', 0] } },
          promisedDays: { $sum: { $cond: [finished, '$facts.promisedDays', 0] } },
        },
      },
    ]),
    cases.aggregate<Grouped>([
      {
        $match: {
          'facts.acceptedMs': { $lt: to },
          $and: [{ $or: [{ 'facts.open': true }, { 'facts.endedMs': { $gte: to } }] }, match],
        },
      },
      { $group: { _id: id, pending: { $sum: 1 }, pendingOverdue: count({ $lte: ['$facts.dueMs', to] }) } },
    ]),
  ]);
  const rows = new Map<string, Record<string, unknown>>();
  for (const group of [...accepted, ...ended, ...pending]) {
    const k = JSON.stringify([group._id.itemCode, group._id.unitId, group._id.windowId]);
    const { _id, ...sums } = group;
    const row = rows.get(k) ?? { ...ZERO, ..._id, windowId: _id.windowId ?? null };
    for (const [name, value] of Object.entries(sums)) row[name] = Number(row[name] ?? 0) + Number(value);
    rows.set(k, row);
  }
  return [...rows.values()] as unknown as PeriodRow[];
}

interface Grouped {
  _id: { itemCode: string; unitId: string; windowId: string | null };
  [sum: string]: unknown;
}

const ZERO = {
  accepted: 0,
  completed: 0,
  refused: 0,
  early: 0,
  onTime: 0,
  overdue: 0,
  withdrawn: 0,
  usedDays: 0,
  promisedDays: 0,
  pending: 0,
  pendingOverdue: 0,
};
