import { unitsInTreeOrder, type Organisation, type OrgUnit } from '../administrator/orgTypes.js';

/** A unit of the organisation tree as the forward picker offers it. */
export interface ForwardTarget {
  readonly unit: OrgUnit;
  readonly depth: number;
  /** A unit above the application's current one: the only kind it may be forwarded to. */
  readonly above: boolean;
}

/** Chinese names of the levels (as the server names them in its messages). */
export const LEVEL_NAMES: Readonly<Record<OrgUnit['level'], string>> = {
  city: '市级',
  district: '区县级',
  town: '乡镇（街道）级',
  village: '村（社区）级',
};

/** The ids of a unit's ancestors, nearest first (a cycle or an unknown parent ends the walk). */
export function unitsAbove(org: Organisation, unitId: string): string[] {
  const byId = new Map(org.units.map((u) => [u.id, u]));
  const above: string[] = [];
  let parentId = byId.get(unitId)?.parentId ?? null;
  while (parentId !== null && !above.includes(parentId) && parentId !== unitId) {
    above.push(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return above;
}

/**
 * The whole tree in order, each unit marked whether it stands above `fromUnitId`; the server still decides
 * whether the item's level allows it (报送 never goes past the level that handles the item).
 */
export function forwardTargets(org: Organisation, fromUnitId: string): ForwardTarget[] {
  const above = new Set(unitsAbove(org, fromUnitId));
  return unitsInTreeOrder(org.units).map(({ unit, depth }) => ({ unit, depth, above: above.has(unit.id) }));
}

/**
 * The unit to offer first: the nearest unit above of the item's level (which decides), else the parent.
 */
export function defaultTarget(org: Organisation, fromUnitId: string, itemLevel: string | undefined): string {
  const above = unitsAbove(org, fromUnitId);
  const byId = new Map(org.units.map((u) => [u.id, u]));
  return above.find((id) => byId.get(id)?.level === itemLevel) ?? above[0] ?? '';
}
