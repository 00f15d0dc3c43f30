import type { ApprovalItem } from '@govflow/catalog';
import { ApiError } from '../http/apiError.js';
import {
  ORG_LEVEL_NAMES,
  ORG_LEVELS,
  unitChain,
  type Organisation,
  type OrgLevel,
  type OrgUnit,
  type ServiceWindow,
} from '../organisation/organisation.js';

/**
 * Where an application may go in the tree (纵到底): it is received at a unit at or below the item's level
 * (行使层级), travels only upward, never past the item's level, and is decided by the unit of that level.
 */

/** A place in the tree: a unit and, when known, its window. */
export interface Place {
  readonly unitId: string;
  readonly windowId: string | null;
}

/** The unit, or a 422 naming the id. */
export function requireUnit(org: Organisation, unitId: string): OrgUnit {
  const unit = org.units.find((u) => u.id === unitId);
  if (!unit) throw new ApiError(422, 'UNIT_UNKNOWN', `单位不存在：${unitId}`, { unitId });
  return unit;
}

/** Whether a unit decides (accepts, returns, refuses) applications for the item: it is of the item's level. */
export function handlesItem(unit: OrgUnit, item: ApprovalItem): boolean {
  return unit.level === item.level;
}

/**
 * 422 unless an application for the item may be received at the unit: the unit is at or below the item's
 * level and a unit of that level stands above it (or is it).
 */
export function requireReceivable(org: Organisation, unit: OrgUnit, item: ApprovalItem): void {
  const handler = unitChain(org, unit.id).find((u) => handlesItem(u, item));
  if (handler && rank(unit.level) >= rank(item.level)) return;
  throw new ApiError(
    422,
    'ITEM_LEVEL_MISMATCH',
    `「${item.name}」由${ORG_LEVEL_NAMES[item.level as OrgLevel]}办理，${unit.name}不能收件`,
    { unitId: unit.id, itemLevel: item.level },
  );
}

/**
 * 422 unless the application may be forwarded from `from` to `to`: only upward (to a unit above it in the
 * tree) and never past the item's level; the unit that handles the item decides instead of forwarding.
 */
export function requireForwardable(org: Organisation, item: ApprovalItem, from: OrgUnit, to: OrgUnit): void {
  if (handlesItem(from, item)) {
    throw new ApiError(422, 'FORWARD_NOT_NEEDED', `${from.name}即为「${item.name}」的办理层级，请直接受理或告知`, {
      unitId: from.id,
    });
  }
  const above = unitChain(org, from.id).slice(1);
  if (!above.some((u) => u.id === to.id)) {
    throw new ApiError(422, 'FORWARD_NOT_UPWARD', `只能报送给${from.name}的上级单位，${to.name}不是`, {
      from: from.id,
      to: to.id,
    });
  }
  if (rank(to.level) < rank(item.level)) {
    throw new ApiError(
      422,
      'FORWARD_BEYOND_LEVEL',
      `「${item.name}」由${ORG_LEVEL_NAMES[item.level as OrgLevel]}办理，不能报送到${to.name}`,
      { to: to.id, itemLevel: item.level },
    );
  }
}

/**
 * The window of a unit that receives the item's applications: the window of the item's department in that
 * unit, else the unit's comprehensive window (综合窗口), else its first window; null when it has none.
 */
export function receivingWindow(org: Organisation, unitId: string, item: ApprovalItem): ServiceWindow | null {
  const department = org.departments.find((d) => d.unitId === unitId && d.catalogName === item.department);
  const inUnit = org.windows.filter((w) => w.unitId === unitId);
  return (
    (department ? inUnit.find((w) => w.departmentId === department.id) : undefined) ??
    inUnit.find((w) => w.departmentId === null) ??
    inUnit[0] ??
    null
  );
}

/** 422 NOT_HANDLING_LEVEL unless the unit is of the item's level (which decides: accepts, returns, refuses). */
export function requireHandlingLevel(org: Organisation, item: ApprovalItem, unitId: string): void {
  if (handlesItem(requireUnit(org, unitId), item)) return;
  throw new ApiError(422, 'NOT_HANDLING_LEVEL', `本单位不是「${item.name}」的办理层级，请报送上级单位`, {
    unitId,
    itemLevel: item.level,
  });
}

/** The unit of the item's level an online application goes to: the one named, or the only one (400 UNIT_REQUIRED). */
export function onlineUnit(org: Organisation, item: ApprovalItem, unitId: string | undefined): OrgUnit {
  const candidates = org.units.filter((u) => handlesItem(u, item));
  if (unitId === undefined) {
    if (candidates.length === 1 && candidates[0]) return candidates[0];
    throw new ApiError(400, 'UNIT_REQUIRED', '请选择办理单位', {
      errors: [{ path: '/unitId', message: '必填' }],
      options: candidates.map((u) => ({ id: u.id, name: u.name })),
    });
  }
  const unit = requireUnit(org, unitId);
  if (!handlesItem(unit, item)) {
    throw new ApiError(422, 'ITEM_LEVEL_MISMATCH', `「${item.name}」不由${unit.name}办理`, { unitId });
  }
  return unit;
}

/** 0 for the city … 3 for a village: a larger rank is lower in the tree. */
function rank(level: string): number {
  return ORG_LEVELS.indexOf(level as OrgLevel);
}
