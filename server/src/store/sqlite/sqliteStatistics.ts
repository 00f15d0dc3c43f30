import type Database from 'better-sqlite3';
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
import { andCondition, factsCondition, LIGHT_SQL } from './sqliteFactsFilter.js';

const LIGHTS: readonly FactLight[] = ['green', 'yellow', 'red', 'overdue', 'stopped', 'done'];
const COLUMN: Readonly<Record<FactDimension, string>> = { windowId: 'window_id', clerkId: 'clerk_id' };

/** Open cases by light at `nowMs`, grouped by item, unit and the dimensions asked for (one indexed scan). */
export function countOpenByLight(
  db: Database.Database,
  nowMs: number,
  filter: FactsFilter,
  groupBy: readonly FactDimension[],
): OpenLightRow[] {
  const where = factsCondition(filter);
  const extra = groupBy.map((d) => COLUMN[d]);
  const keys = ['item_code', 'unit_id', ...extra].join(', ');
  const rows = db
    .prepare(
      `SELECT ${keys}, ${LIGHT_SQL} AS light, COUNT(*) AS n FROM case_facts
       WHERE open = 1${andCondition(where)} GROUP BY ${keys}, light`,
    )
    .all(nowMs, nowMs, nowMs, ...where.params) as (Record<string, string | null> & { light: FactLight; n: number })[];
  const groups = new Map<string, OpenLightRow & { counts: Record<FactLight, number> }>();
  for (const row of rows) {
    const id = JSON.stringify([row['item_code'], row['unit_id'], ...extra.map((c) => row[c])]);
    let group = groups.get(id);
    if (!group) {
      group = {
        itemCode: String(row['item_code']),
        unitId: String(row['unit_id']),
        ...(groupBy.includes('windowId') ? { windowId: row['window_id'] ?? null } : {}),
        ...(groupBy.includes('clerkId') ? { clerkId: String(row['clerk_id']) } : {}),
        counts: Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<FactLight, number>,
      };
      groups.set(id, group);
    }
    group.counts[row.light] += row.n;
  }
  return [...groups.values()];
}

/** Open cases, reddest first, then earliest due. */
export function listOpenCases(
  db: Database.Database,
  nowMs: number,
  filter: FactsFilter,
  light: FactLight | undefined,
  limit: number,
  offset: number,
): OpenCaseRow[] {
  const where = factsCondition(filter);
  const rows = db
    .prepare(
      `SELECT case_id, light, due_ms FROM (
         SELECT case_id, due_ms, ${LIGHT_SQL} AS light FROM case_facts WHERE open = 1${andCondition(where)}
       ) ${light === undefined ? '' : 'WHERE light = ?'}
       ORDER BY CASE light WHEN 'overdue' THEN 0 WHEN 'red' THEN 1 WHEN 'yellow' THEN 2 WHEN 'stopped' THEN 3
         WHEN 'green' THEN 4 ELSE 5 END, due_ms, case_id LIMIT ? OFFSET ?`,
    )
    .all(nowMs, nowMs, nowMs, ...where.params, ...(light === undefined ? [] : [light]), limit, offset) as {
    case_id: string;
    light: FactLight;
    due_ms: number;
  }[];
  return rows.map((r) => ({ caseId: r.case_id, light: r.light, dueMs: r.due_ms }));
}

/** Intake decisions of [fromMs, toMs) by kind, item and window (their stored instants are China-time ISO text). */
export function intakeCounts(db: Database.Database, fromMs: number, toMs: number): IntakeCountRow[] {
  const rows = db
    .prepare(
      `SELECT kind, json_extract(data, '$.itemCode') AS item_code, json_extract(data, '$.windowId') AS window_id,
         COUNT(*) AS n FROM intake_decisions WHERE decided_at >= ? AND decided_at < ? GROUP BY 1, 2, 3`,
    )
    .all(formatInstant(fromMs), formatInstant(toMs)) as {
    kind: string;
    item_code: string | null;
    window_id: string | null;
    n: number;
  }[];
  return rows.map((r) => ({ kind: r.kind, itemCode: r.item_code ?? '', windowId: r.window_id, count: r.n }));
}

/** Steps of an item's cases completed in [fromMs, toMs). */
export function listStepFacts(
  db: Database.Database,
  itemCode: string,
  fromMs: number,
  toMs: number,
  filter: FactsFilter,
): StepFactRow[] {
  const where = factsCondition({ ...(filter.scopeKeys ? { scopeKeys: filter.scopeKeys } : {}) }, 'step');
  const rows = db
    .prepare(
      `SELECT * FROM step_facts WHERE item_code = ? AND completed_ms >= ? AND completed_ms < ?${andCondition(where)}
       ORDER BY completed_ms, case_id, task_id`,
    )
    .all(itemCode, fromMs, toMs, ...where.params) as StepRow[];
  return rows.map((r) => ({
    caseId: r.case_id,
    taskId: r.task_id,
    itemCode: r.item_code,
    itemVersion: r.item_version,
    elementId: r.element_id,
    startedMs: r.started_ms,
    completedMs: r.completed_ms,
    dueMs: r.due_ms,
  }));
}

interface StepRow {
  case_id: string;
  task_id: string;
  item_code: string;
  item_version: number;
  element_id: string;
  started_ms: number;
  completed_ms: number;
  due_ms: number | null;
}
