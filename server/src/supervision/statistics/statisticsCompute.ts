import { unitSubtree } from '../../organisation/organisation.js';
import type { IntakeCountRow, Store } from '../../store/port.js';
import type { FactDirectory, GroupRef, ReportDimension } from './factDirectory.js';
import type { Period } from './periods.js';
import { MetricsAccumulator, type ReportMetrics } from './reportMetrics.js';
import { factsFilterOf, sideKey, sideMatches, sideUsable, type DimensionFilter, type FactKey } from './reportFilter.js';
import type { Attribution, StatisticsSources } from './statisticsSources.js';

/** One group of a computed period. */
export interface ComputedGroup extends GroupRef {
  readonly metrics: ReportMetrics;
}

/** A period's totals and, when grouped, its groups (sorted by key). */
export interface ComputedPeriod {
  readonly totals: ReportMetrics;
  readonly groups: readonly ComputedGroup[];
  /** Which side counts could be told apart by the grouping (the others are null in the groups). */
  readonly sides: { readonly signals: boolean; readonly complaints: boolean; readonly evaluations: boolean };
}

/** What a computation reads. */
export interface ComputeDeps {
  readonly store: Store;
  readonly sources: StatisticsSources;
}

/**
 * Counts one period for a reader's scope: the case facts (indexed, by item, unit and window), the intake
 * decisions, and the side counts (signals, complaints, evaluations), grouped by `by` when given.
 */
export async function computePeriod(
  deps: ComputeDeps,
  dir: FactDirectory,
  scopeKeys: readonly string[] | 'all',
  period: Period,
  by: ReportDimension | null,
  filter: DimensionFilter,
): Promise<ComputedPeriod> {
  const facts = factsFilterOf(dir, scopeKeys, filter);
  const query = { fromMs: period.fromMs, toMs: period.toMs, scopeKeys };
  const usable = (source: 'signals' | 'complaints' | 'evaluations', grouping: ReportDimension | null) =>
    facts !== null && sideUsable(source, grouping, filter);
  const [periodRows, intakeRows, signals, complaints, evaluations] = await Promise.all([
    facts ? deps.store.periodCounts(period.fromMs, period.toMs, facts) : [],
    facts ? deps.store.intakeCounts(period.fromMs, period.toMs) : [],
    usable('signals', null) ? deps.sources.signals(query) : [],
    usable('complaints', null) ? deps.sources.complaints(query) : [],
    usable('evaluations', null) ? deps.sources.evaluations(query) : [],
  ]);
  const sides = {
    signals: usable('signals', by),
    complaints: usable('complaints', by),
    evaluations: usable('evaluations', by),
  };
  const totals = new MetricsAccumulator().expectSides({
    signals: usable('signals', null),
    complaints: usable('complaints', null),
    evaluations: usable('evaluations', null),
  });
  const groups = new Map<string, { ref: GroupRef; acc: MetricsAccumulator }>();
  const groupOf = (ref: GroupRef): MetricsAccumulator => {
    let found = groups.get(ref.key);
    if (!found) groups.set(ref.key, (found = { ref, acc: new MetricsAccumulator().expectSides(sides) }));
    return found.acc;
  };
  for (const row of periodRows) {
    totals.addPeriod(row);
    if (by) groupOf(dir.groupOf(by, row)).addPeriod(row);
  }
  for (const row of intakeRows) {
    const key: FactKey = { itemCode: row.itemCode, unitId: dir.unitOfWindow(row.windowId), windowId: row.windowId };
    if (!intakeMatches(dir, scopeKeys, filter, key, row)) continue;
    totals.addIntake(row);
    if (by) groupOf(dir.groupOf(by, key)).addIntake(row);
  }
  const side = <R extends Attribution>(
    rows: readonly R[],
    grouped: boolean,
    add: (acc: MetricsAccumulator, r: R) => void,
  ) => {
    for (const row of rows) {
      if (!sideMatches(dir, filter, row)) continue;
      add(totals, row);
      if (by && grouped) add(groupOf(sideGroup(dir, by, row)), row);
    }
  };
  side(signals, sides.signals, (acc, r) => acc.addSignal(r));
  side(complaints, sides.complaints, (acc, r) => acc.addComplaint(r));
  side(evaluations, sides.evaluations, (acc, r) => acc.addEvaluation(r));
  return {
    totals: totals.metrics(),
    groups: [...groups.values()]
      .map(({ ref, acc }) => ({ ...ref, metrics: acc.metrics() }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    sides,
  };
}

/** The group of a side record: its own department id when grouped by department, else its dimensions. */
function sideGroup(dir: FactDirectory, by: ReportDimension, row: Attribution): GroupRef {
  if (by === 'department' && row.departmentId !== null) {
    const department = dir.org.departments.find((d) => d.id === row.departmentId);
    return { key: row.departmentId, name: department?.name ?? row.departmentId };
  }
  return dir.groupOf(by, sideKey(dir, row));
}

/** Whether an intake decision lies in the reader's scope and passes the filter (by its item and window). */
function intakeMatches(
  dir: FactDirectory,
  scopeKeys: readonly string[] | 'all',
  filter: DimensionFilter,
  key: FactKey,
  row: IntakeCountRow,
): boolean {
  const department = dir.departmentOf(key.itemCode, key.unitId);
  if (scopeKeys !== 'all') {
    const window = row.windowId === null ? '' : `window:${row.windowId}`;
    if (!scopeKeys.includes(`dept:${department.key}`) && !scopeKeys.includes(window)) return false;
  }
  if (filter.clerk !== undefined) return false;
  if (filter.department !== undefined && dir.findDepartment(filter.department)?.key !== department.key) return false;
  if (filter.itemCode !== undefined && key.itemCode !== filter.itemCode) return false;
  if (filter.window !== undefined && key.windowId !== filter.window) return false;
  if (filter.level !== undefined && dir.levelOf(key.itemCode, key.unitId) !== filter.level) return false;
  if (filter.unit !== undefined && !unitSubtree(dir.org, filter.unit).includes(key.unitId)) return false;
  return true;
}
