/**
 * The organisation of a center (横到边，纵到底): administrative units from the city down to the
 * village or community, the departments stationed in each unit, and the windows where applications
 * are received. Departments and windows own the candidate groups their steps are offered to.
 */

/** The four levels a case can be handled at. */
export const ORG_LEVELS = ['city', 'district', 'town', 'village'] as const;
/** A level of the tree. */
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** An administrative unit with its service center or room (市 / 区 / 街道 / 社区). */
export interface OrgUnit {
  readonly id: string;
  readonly name: string;
  readonly level: OrgLevel;
  /** The unit above; null only for the root. */
  readonly parentId: string | null;
}

/** A department stationed in a unit (区人社局, 街道办事处 …). */
export interface OrgDepartment {
  readonly id: string;
  readonly name: string;
  readonly unitId: string;
  /** The competent department as the catalog's items name it (`item.department`). */
  readonly catalogName: string;
  /** The candidate groups whose steps this department handles. */
  readonly groups: readonly string[];
}

/** A window (窗口) or village room where applications are received. */
export interface ServiceWindow {
  readonly id: string;
  readonly name: string;
  readonly unitId: string;
  /** The department staffing it; null for a comprehensive (综合) window. */
  readonly departmentId: string | null;
  /** The candidate groups of the window's clerks. */
  readonly groups: readonly string[];
}

/** The whole organisation, stored and edited as one document. */
export interface Organisation {
  readonly units: readonly OrgUnit[];
  readonly departments: readonly OrgDepartment[];
  readonly windows: readonly ServiceWindow[];
}

/** Chinese names of the levels. */
export const ORG_LEVEL_NAMES: Readonly<Record<OrgLevel, string>> = {
  city: '市级',
  district: '区县级',
  town: '乡镇（街道）级',
  village: '村（社区）级',
};

/** The unit and its ancestors, nearest first (an unknown id gives an empty chain). */
export function unitChain(org: Organisation, unitId: string): readonly OrgUnit[] {
  const byId = new Map(org.units.map((u) => [u.id, u]));
  const chain: OrgUnit[] = [];
  let current = byId.get(unitId);
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return chain;
}

/** The unit and every unit below it. */
export function unitSubtree(org: Organisation, unitId: string): readonly string[] {
  const ids = [unitId];
  for (let i = 0; i < ids.length; i += 1) {
    for (const unit of org.units) if (unit.parentId === ids[i] && !ids.includes(unit.id)) ids.push(unit.id);
  }
  return org.units.some((u) => u.id === unitId) ? ids : [];
}

/**
 * The department that handles a candidate group for a case handled in `chain` (nearest unit first):
 * the same group name may exist in every street (街道综合窗口), so the nearest unit's owner wins.
 */
export function departmentOfGroup(
  org: Organisation,
  chain: readonly OrgUnit[],
  group: string,
): OrgDepartment | undefined {
  for (const unit of chain) {
    const found = org.departments.find((d) => d.unitId === unit.id && d.groups.includes(group));
    if (found) return found;
  }
  return undefined;
}

/** The department named by an item's `department` in the case's unit chain, nearest first. */
export function departmentOfItem(
  org: Organisation,
  chain: readonly OrgUnit[],
  catalogName: string,
): OrgDepartment | undefined {
  for (const unit of chain) {
    const found = org.departments.find((d) => d.unitId === unit.id && d.catalogName === catalogName);
    if (found) return found;
  }
  return org.departments.find((d) => d.catalogName === catalogName);
}
