/** The four levels of the organisation tree. */
export const ORG_LEVELS = ['city', 'district', 'town', 'village'] as const;

/** An administrative unit (市 / 区 / 街道 / 社区). */
export interface OrgUnit {
  id: string;
  name: string;
  level: (typeof ORG_LEVELS)[number];
  parentId: string | null;
}

/** A department stationed in a unit. */
export interface OrgDepartment {
  id: string;
  name: string;
  unitId: string;
  catalogName: string;
  groups: string[];
}

/** A window or village room. */
export interface ServiceWindow {
  id: string;
  name: string;
  unitId: string;
  departmentId: string | null;
  groups: string[];
}

/** The organisation document (`GET/PUT /api/organisation`). */
export interface Organisation {
  units: OrgUnit[];
  departments: OrgDepartment[];
  windows: ServiceWindow[];
}

/** Units in tree order (parents before children) with their depth and index in the document. */
export function unitsInTreeOrder(units: readonly OrgUnit[]): { unit: OrgUnit; index: number; depth: number }[] {
  const out: { unit: OrgUnit; index: number; depth: number }[] = [];
  const placed = new Set<number>();
  const visit = (parentId: string | null, depth: number) => {
    units.forEach((unit, index) => {
      if (placed.has(index) || unit.parentId !== parentId) return;
      placed.add(index);
      out.push({ unit, index, depth });
      if (unit.id) visit(unit.id, depth + 1);
    });
  };
  visit(null, 0);
  // Units whose parent is unknown (or in a cycle) still show, at the end, so their problems can be fixed.
  units.forEach((unit, index) => {
    if (!placed.has(index)) out.push({ unit, index, depth: 0 });
  });
  return out;
}

/** `a, b c` → `['a', 'b', 'c']`. */
export function parseGroups(text: string): string[] {
  return text
    .split(/[\s,，、]+/)
    .map((g) => g.trim())
    .filter(Boolean);
}
