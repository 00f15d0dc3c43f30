import type { Model, PipelineStage } from 'mongoose';
import { formatInstant } from '@govflow/engine';
import type {
  FactDimension,
  FactLight,
  FactsFilter,
  IntakeCountRow,
  OpenCaseRow,
  OpenLightRow,
  StepFactRow,
} from '../statisticsStore.js';
import type { CaseDoc, IntakeDecisionDoc } from './documents.js';

const LIGHTS: readonly FactLight[] = ['green', 'yellow', 'red', 'overdue', 'stopped', 'done'];
const ORDER: Readonly<Record<FactLight, number>> = { overdue: 0, red: 1, yellow: 2, stopped: 3, green: 4, done: 5 };

/** The `$match` of a facts filter (every value passed as data, never as an operator). */
export function factsMatch(filter: FactsFilter): Record<string, unknown> {
  const match: Record<string, unknown> = {};
  const strings = (values: readonly string[]) => values.map((v) => String(v));
  if (filter.scopeKeys !== undefined) match['scopeKeys'] = { $in: strings(filter.scopeKeys) };
  if (filter.itemCodes !== undefined) match['facts.itemCode'] = { $in: strings(filter.itemCodes) };
  if (filter.unitIds !== undefined) match['facts.unitId'] = { $in: strings(filter.unitIds) };
  if (filter.clerkIds !== undefined) match['facts.clerkId'] = { $in: strings(filter.clerkIds) };
  if (filter.windowIds !== undefined) {
    match['facts.windowId'] = { $in: filter.windowIds.map((w) => (w === '' ? null : String(w))) };
  }
  if (filter.pairs !== undefined) {
    match['$or'] = filter.pairs.length
      ? filter.pairs.map(([item, unit]) => ({ 'facts.itemCode': String(item), 'facts.unitId': String(unit) }))
      : [{ _id: { $in: [] } }];
  }
  return match;
}

/** The light of an open case at `now`, as an aggregation expression. */
function lightExpression(now: number): Record<string, unknown> {
  return {
    $switch: {
      branches: [
        { case: { $eq: ['$facts.clock', 'stopped'] }, then: 'stopped' },
        { case: { $eq: ['$facts.clock', 'finished'] }, then: 'done' },
        { case: { $lte: ['$facts.dueMs', now] }, then: 'overdue' },
        { case: { $lte: ['$facts.redMs', now] }, then: 'red' },
        { case: { $lte: ['$facts.yellowMs', now] }, then: 'yellow' },
      ],
      default: 'green',
    },
  };
}

/** Open cases by light, grouped by item, unit and the dimensions asked for. */
export async function countOpenByLight(
  cases: Model<CaseDoc>,
  now: number,
  filter: FactsFilter,
  groupBy: readonly FactDimension[],
): Promise<OpenLightRow[]> {
  const id: Record<string, string> = { itemCode: '$facts.itemCode', unitId: '$facts.unitId' };
  for (const d of groupBy) id[d] = `$facts.${d}`;
  const rows = await cases.aggregate<{ _id: Record<string, string | null>; light: FactLight; n: number }>([
    { $match: { 'facts.open': true, ...factsMatch(filter) } },
    { $group: { _id: { ...id, light: lightExpression(now) }, n: { $sum: 1 } } },
    { $project: { _id: 1, n: 1, light: '$_id.light' } },
  ]);
  const groups = new Map<string, OpenLightRow & { counts: Record<FactLight, number> }>();
  for (const row of rows) {
    const { light, ...dims } = row._id;
    const k = JSON.stringify([dims['itemCode'], dims['unitId'], dims['windowId'], dims['clerkId']]);
    let group = groups.get(k);
    if (!group) {
      group = {
        itemCode: String(dims['itemCode']),
        unitId: String(dims['unitId']),
        ...(groupBy.includes('windowId') ? { windowId: dims['windowId'] ?? null } : {}),
        ...(groupBy.includes('clerkId') ? { clerkId: String(dims['clerkId']) } : {}),
        counts: Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<FactLight, number>,
      };
      groups.set(k, group);
    }
    group.counts[(light ?? row.light) as FactLight] += row.n;
  }
  return [...groups.values()];
}

/** Open cases, reddest first, then earliest due. */
export async function listOpenCases(
  cases: Model<CaseDoc>,
  now: number,
  filter: FactsFilter,
  light: FactLight | undefined,
  limit: number,
  offset: number,
): Promise<OpenCaseRow[]> {
  const order = { $switch: { branches: LIGHTS.map((l) => ({ case: { $eq: ['$light', l] }, then: ORDER[l] })) } };
  const pipeline: PipelineStage[] = [
    { $match: { 'facts.open': true, ...factsMatch(filter) } },
    { $project: { _id: 1, dueMs: '$facts.dueMs', light: lightExpression(now) } },
    ...(light === undefined ? [] : [{ $match: { light: String(light) } }]),
    { $addFields: { order } },
    { $sort: { order: 1, dueMs: 1, _id: 1 } },
    { $skip: offset },
    { $limit: limit },
  ];
  const rows = await cases.aggregate<{ _id: string; dueMs: number; light: FactLight }>(pipeline);
  return rows.map((r) => ({ caseId: r._id, light: r.light, dueMs: r.dueMs }));
}

/** Intake decisions of [from, to) by kind, item and window (their data is JSON text, so counted here). */
export async function intakeCounts(
  decisions: Model<IntakeDecisionDoc>,
  from: number,
  to: number,
): Promise<IntakeCountRow[]> {
  const docs = await decisions
    .find({ decidedAt: { $gte: formatInstant(from), $lt: formatInstant(to) } }, { kind: 1, data: 1 })
    .lean<Pick<IntakeDecisionDoc, 'kind' | 'data'>[]>();
  const counts = new Map<string, IntakeCountRow>();
  for (const doc of docs) {
    const data = JSON.parse(doc.data) as { itemCode?: unknown; windowId?: unknown };
    const itemCode = typeof data.itemCode === 'string' ? data.itemCode : '';
    const windowId = typeof data.windowId === 'string' ? data.windowId : null;
    const k = JSON.stringify([doc.kind, itemCode, windowId]);
    const found = counts.get(k);
    counts.set(k, { kind: doc.kind, itemCode, windowId, count: (found?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** Steps of an item's cases completed in [from, to). */
export async function listStepFacts(
  cases: Model<CaseDoc>,
  itemCode: string,
  from: number,
  to: number,
  filter: FactsFilter,
): Promise<StepFactRow[]> {
  const inRange = { 'steps.itemCode': String(itemCode), 'steps.completedMs': { $gte: from, $lt: to } };
  return cases.aggregate<StepFactRow>([
    { $match: { ...inRange, ...(filter.scopeKeys ? { scopeKeys: { $in: [...filter.scopeKeys] } } : {}) } },
    { $unwind: '$steps' },
    { $match: inRange },
    { $replaceRoot: { newRoot: '$steps' } },
    { $sort: { completedMs: 1, caseId: 1, taskId: 1 } },
  ]);
}
