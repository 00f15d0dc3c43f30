import { unitSubtree } from '../../organisation/organisation.js';
import type { FactsFilter } from '../../store/port.js';
import type { FactDirectory, ReportDimension } from './factDirectory.js';
import type { Attribution } from './statisticsSources.js';

/** What a board or report can be narrowed to (every field narrows). */
export interface DimensionFilter {
  /** A department's organisation id, name or catalog name. */
  readonly department?: string;
  /** The accepting unit's level: city, district, town, village. */
  readonly level?: string;
  readonly itemCode?: string;
  /** A window id. */
  readonly window?: string;
  /** The accepting clerk: user id or sign-in name. */
  readonly clerk?: string;
  /** A unit id: cases accepted in it or any unit below it. */
  readonly unit?: string;
}

/** A raw fact's dimensions. */
export interface FactKey {
  readonly itemCode: string;
  readonly unitId: string;
  readonly windowId: string | null;
}

/**
 * The store filter of a dimension filter in a reader's scope, or null when nothing can match (an unknown
 * department or clerk). Department filters become exact (item, unit) pairs, so a case is counted for the
 * department it is resolved to, never for another department that shares its items.
 */
export function factsFilterOf(
  dir: FactDirectory,
  scopeKeys: readonly string[] | 'all',
  filter: DimensionFilter,
): FactsFilter | null {
  const out: { -readonly [K in keyof FactsFilter]: FactsFilter[K] } = {};
  if (scopeKeys !== 'all') out.scopeKeys = scopeKeys;
  if (filter.department !== undefined) {
    const department = dir.findDepartment(filter.department);
    if (!department) return null;
    out.pairs = dir.pairsOf(department);
    out.itemCodes = [...new Set(out.pairs.map(([item]) => item))];
  }
  if (filter.itemCode !== undefined)
    out.itemCodes = (out.itemCodes ?? [filter.itemCode]).filter((c) => c === filter.itemCode);
  let units: string[] | undefined;
  if (filter.level !== undefined) units = dir.unitsOfLevel(filter.level);
  if (filter.unit !== undefined) {
    const below = unitSubtree(dir.org, filter.unit);
    units = units === undefined ? [...below] : units.filter((u) => below.includes(u));
  }
  if (units !== undefined) out.unitIds = units;
  if (filter.window !== undefined) out.windowIds = [filter.window];
  if (filter.clerk !== undefined) {
    const user = dir.findUser(filter.clerk);
    if (!user) return null;
    out.clerkIds = [user.id];
  }
  return out;
}

/** Which dimensions each side source can tell its records apart by (and so be filtered or grouped by). */
export const SIDE_DIMENSIONS: Readonly<Record<'signals' | 'complaints' | 'evaluations', readonly ReportDimension[]>> = {
  signals: ['department', 'item', 'window', 'level', 'unit'],
  complaints: ['department', 'level', 'unit'],
  evaluations: ['department', 'window', 'level', 'unit'],
};

/** The dimensions a filter narrows by besides the clerk (whom no side source records as the accepting clerk). */
export function filterDimensions(filter: DimensionFilter): ReportDimension[] {
  const dims: ReportDimension[] = [];
  if (filter.department !== undefined) dims.push('department');
  if (filter.itemCode !== undefined) dims.push('item');
  if (filter.window !== undefined) dims.push('window');
  if (filter.level !== undefined) dims.push('level');
  if (filter.unit !== undefined) dims.push('unit');
  return dims;
}

/** Whether a side source can be counted for a report grouped by `by` under `filter`. */
export function sideUsable(
  source: keyof typeof SIDE_DIMENSIONS,
  by: ReportDimension | null,
  filter: DimensionFilter,
): boolean {
  const known = SIDE_DIMENSIONS[source];
  if (filter.clerk !== undefined) return false;
  return (by === null || known.includes(by)) && filterDimensions(filter).every((d) => known.includes(d));
}

/** A side record's dimensions as far as it tells them: its unit from its window or department when not given. */
export function sideKey(dir: FactDirectory, row: Attribution): FactKey & { departmentKey: string | null } {
  const department = row.departmentId === null ? undefined : dir.org.departments.find((d) => d.id === row.departmentId);
  const unitId = row.unitId ?? (row.windowId ? dir.unitOfWindow(row.windowId) : '') ?? '';
  return {
    itemCode: row.itemCode ?? '',
    unitId: unitId || (department?.unitId ?? ''),
    windowId: row.windowId,
    departmentKey: row.departmentId,
  };
}

/** Whether a side record passes a filter (checked only on the dimensions its source records). */
export function sideMatches(dir: FactDirectory, filter: DimensionFilter, row: Attribution): boolean {
  const key = sideKey(dir, row);
  if (filter.department !== undefined) {
    const department = dir.findDepartment(filter.department);
    if (!department || key.departmentKey !== department.key) return false;
  }
  if (filter.itemCode !== undefined && row.itemCode !== filter.itemCode) return false;
  if (filter.window !== undefined && row.windowId !== filter.window) return false;
  if (filter.level !== undefined && dir.levelOf(key.itemCode, key.unitId) !== filter.level) return false;
  if (filter.unit !== undefined && !unitSubtree(dir.org, filter.unit).includes(key.unitId)) return false;
  if (filter.clerk !== undefined) return false;
  return true;
}
