import { compileProcess, type ProcessModel } from '@govflow/engine';
import { canonicalJson } from './canonicalJson.js';
import type { ApprovalItem } from './item.js';

/** One changed element of an item. */
export interface FieldChange {
  /** e.g. `/promisedDays`, `/materials/id-card`. */
  readonly path: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

/** How the process changed: the department lead's compression report (压缩报告). */
export interface ProcessChange {
  readonly stepsBefore: number;
  readonly stepsAfter: number;
  readonly stepsAdded: readonly { id: string; name: string; timeLimit?: number }[];
  readonly stepsRemoved: readonly { id: string; name: string; timeLimit?: number }[];
  readonly stepsChanged: readonly { id: string; name: string; before?: number; after?: number }[];
  readonly criticalDaysBefore: number;
  readonly criticalDaysAfter: number;
  /** Working days the process's critical path got shorter (negative: longer). */
  readonly daysSaved: number;
}

/** The difference between two versions of an item. */
export interface ItemDiff {
  readonly fields: readonly FieldChange[];
  readonly process: ProcessChange;
  /** Working days the promised limit got shorter. */
  readonly promisedDaysSaved: number;
}

const IGNORED = new Set(['version', 'processXml', 'materials']);

/** Compares two versions: changed elements, materials by id, and the process step by step. */
export async function diffItems(before: ApprovalItem, after: ApprovalItem): Promise<ItemDiff> {
  const fields: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => !IGNORED.has(k)));
  for (const key of [...keys].sort()) {
    const a = (before as unknown as Record<string, unknown>)[key];
    const b = (after as unknown as Record<string, unknown>)[key];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    fields.push({
      path: `/${key}`,
      change: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
      before: a,
      after: b,
    });
  }
  const materialsBefore = new Map(before.materials.map((m) => [m.id, m]));
  const materialsAfter = new Map(after.materials.map((m) => [m.id, m]));
  for (const [id, m] of materialsBefore) {
    const other = materialsAfter.get(id);
    if (!other) fields.push({ path: `/materials/${id}`, change: 'removed', before: m });
    else if (canonicalJson(m) !== canonicalJson(other))
      fields.push({ path: `/materials/${id}`, change: 'changed', before: m, after: other });
  }
  for (const [id, m] of materialsAfter) {
    if (!materialsBefore.has(id)) fields.push({ path: `/materials/${id}`, change: 'added', after: m });
  }
  const [modelBefore, modelAfter] = await Promise.all([compile(before), compile(after)]);
  return {
    fields,
    process: diffProcess(modelBefore, modelAfter),
    promisedDaysSaved: before.promisedDays - after.promisedDays,
  };
}

function diffProcess(before: ProcessModel, after: ProcessModel): ProcessChange {
  const stepsBefore = new Map(before.userSteps.map((s) => [s.id, s]));
  const stepsAfter = new Map(after.userSteps.map((s) => [s.id, s]));
  const brief = (s: { id: string; name: string; timeLimit?: number }) =>
    s.timeLimit === undefined ? { id: s.id, name: s.name } : { id: s.id, name: s.name, timeLimit: s.timeLimit };
  const changed = [...stepsAfter.values()]
    .filter((s) => stepsBefore.has(s.id) && stepsBefore.get(s.id)?.timeLimit !== s.timeLimit)
    .map((s) => {
      const old = stepsBefore.get(s.id)?.timeLimit;
      return {
        id: s.id,
        name: s.name,
        ...(old === undefined ? {} : { before: old }),
        ...(s.timeLimit === undefined ? {} : { after: s.timeLimit }),
      };
    });
  return {
    stepsBefore: stepsBefore.size,
    stepsAfter: stepsAfter.size,
    stepsAdded: [...stepsAfter.values()].filter((s) => !stepsBefore.has(s.id)).map(brief),
    stepsRemoved: [...stepsBefore.values()].filter((s) => !stepsAfter.has(s.id)).map(brief),
    stepsChanged: changed,
    criticalDaysBefore: before.criticalPath.totalDays,
    criticalDaysAfter: after.criticalPath.totalDays,
    daysSaved: before.criticalPath.totalDays - after.criticalPath.totalDays,
  };
}

async function compile(item: ApprovalItem): Promise<ProcessModel> {
  return (await compileProcess(item.processXml)).model;
}
