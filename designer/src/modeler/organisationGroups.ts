import type { GroupSource } from './govContext';

/** The organisation as `GET /api/organisation` returns it (the parts the designer reads). */
export interface OrganisationData {
  readonly units: readonly { id: string; name: string; level: string; parentId: string | null }[];
  readonly departments: readonly {
    id: string;
    name: string;
    unitId: string;
    catalogName?: string;
    groups: readonly string[];
  }[];
  readonly windows: readonly { id: string; name: string; unitId: string; groups: readonly string[] }[];
}

const LEVEL_ORDER: Record<string, number> = { city: 0, district: 1, town: 2, village: 3 };

/**
 * The pickable candidate groups: each department's and window's groups with where it sits, ordered
 * from the city down (a district's departments before a street's offices before villages).
 */
export function groupSourcesOf(org: OrganisationData): GroupSource[] {
  const units = new Map(org.units.map((u) => [u.id, u]));
  const source = (
    kind: GroupSource['kind'],
    owner: { id: string; name: string; unitId: string; groups: readonly string[] },
  ): GroupSource & { order: number } => ({
    id: `${kind}:${owner.id}`,
    name: owner.name,
    unitName: units.get(owner.unitId)?.name ?? owner.unitId,
    kind,
    groups: owner.groups,
    order: LEVEL_ORDER[units.get(owner.unitId)?.level ?? ''] ?? 9,
  });
  return [...org.departments.map((d) => source('department', d)), ...org.windows.map((w) => source('window', w))]
    .filter((s) => s.groups.length > 0)
    .sort((a, b) => a.order - b.order || a.unitName.localeCompare(b.unitName, 'zh') || a.kind.localeCompare(b.kind))
    .map(({ order: _order, ...rest }) => rest);
}
