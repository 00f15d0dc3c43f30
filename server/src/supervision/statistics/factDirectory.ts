import type { ApprovalItem } from '@govflow/catalog';
import {
  departmentOfItem,
  ORG_LEVEL_NAMES,
  unitChain,
  type Organisation,
  type OrgLevel,
  type OrgUnit,
} from '../../organisation/organisation.js';
import type { UserRecord } from '../../store/port.js';

/** A department as reports show it: the organisation's, or (when none matches) the item's competent department by name. */
export interface DepartmentRef {
  /** The organisation id, or the catalog name when the organisation has no such department. */
  readonly key: string;
  readonly id: string | null;
  readonly name: string;
}

/** The dimensions a report or board groups by. */
export const REPORT_DIMENSIONS = ['department', 'item', 'window', 'level', 'unit'] as const;
/** A dimension. */
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** A group key with its name. */
export interface GroupRef {
  readonly key: string;
  readonly name: string;
}

/**
 * Names and resolves the facts' raw dimensions (item, accepting unit, window, clerk) against the organisation
 * and the catalog: a case's department is its item's competent department looked up nearest the accepting
 * unit (as its `dept:` scope key is), its level the accepting unit's level.
 */
export class FactDirectory {
  private readonly items: ReadonlyMap<string, ApprovalItem>;
  private readonly units: ReadonlyMap<string, OrgUnit>;
  private readonly memo = new Map<string, DepartmentRef>();

  constructor(
    readonly org: Organisation,
    items: readonly ApprovalItem[],
    private readonly users: ReadonlyMap<string, UserRecord> = new Map(),
  ) {
    this.items = new Map(items.map((i) => [i.code, i]));
    this.units = new Map(org.units.map((u) => [u.id, u]));
  }

  /** Every item code the catalog knows. */
  get itemCodes(): readonly string[] {
    return [...this.items.keys()];
  }

  /** The department of cases of an item accepted in a unit. */
  departmentOf(itemCode: string, unitId: string): DepartmentRef {
    const memoKey = `${itemCode}\u0000${unitId}`;
    let found = this.memo.get(memoKey);
    if (!found) {
      const catalogName = this.items.get(itemCode)?.department ?? '未知部门';
      const department = departmentOfItem(this.org, unitChain(this.org, unitId), catalogName);
      found = department
        ? { key: department.id, id: department.id, name: department.name }
        : { key: catalogName, id: null, name: catalogName };
      this.memo.set(memoKey, found);
    }
    return found;
  }

  /** The competent department an item names (its catalog text). */
  itemDepartment(itemCode: string): string {
    return this.items.get(itemCode)?.department ?? '';
  }

  /** A department named by id, name or catalog name (as a filter gives it), or undefined. */
  findDepartment(text: string): DepartmentRef | undefined {
    const d =
      this.org.departments.find((x) => x.id === text) ??
      this.org.departments.find((x) => x.name === text || x.catalogName === text);
    if (d) return { key: d.id, id: d.id, name: d.name };
    return [...this.items.values()].some((i) => i.department === text)
      ? { key: text, id: null, name: text }
      : undefined;
  }

  /** Every (item, unit) pair whose cases belong to the department, counting cases accepted in any known unit. */
  pairsOf(department: DepartmentRef): [string, string][] {
    const pairs: [string, string][] = [];
    const unitIds = [...this.units.keys(), ''];
    for (const code of this.items.keys()) {
      for (const unitId of unitIds)
        if (this.departmentOf(code, unitId).key === department.key) pairs.push([code, unitId]);
    }
    return pairs;
  }

  /** The accepting unit's level (the item's when the unit is unknown). */
  levelOf(itemCode: string, unitId: string): string {
    return this.units.get(unitId)?.level ?? this.items.get(itemCode)?.level ?? 'unknown';
  }

  /** The units of a level. */
  unitsOfLevel(level: string): string[] {
    return [...this.units.values()].filter((u) => u.level === level).map((u) => u.id);
  }

  /** The group a fact falls in for a dimension. */
  groupOf(dimension: ReportDimension, fact: { itemCode: string; unitId: string; windowId: string | null }): GroupRef {
    switch (dimension) {
      case 'department': {
        const d = this.departmentOf(fact.itemCode, fact.unitId);
        return { key: d.key, name: d.name };
      }
      case 'item':
        return { key: fact.itemCode, name: this.items.get(fact.itemCode)?.name ?? fact.itemCode };
      case 'window':
        return { key: fact.windowId ?? '', name: this.windowName(fact.windowId) };
      case 'level': {
        const level = this.levelOf(fact.itemCode, fact.unitId);
        return { key: level, name: ORG_LEVEL_NAMES[level as OrgLevel] ?? level };
      }
      case 'unit':
        return { key: fact.unitId, name: this.units.get(fact.unitId)?.name ?? (fact.unitId || '未知单位') };
    }
  }

  /** A window's name ("未经窗口" for cases accepted elsewhere). */
  windowName(windowId: string | null): string {
    if (windowId === null || windowId === '') return '未经窗口受理';
    return this.org.windows.find((w) => w.id === windowId)?.name ?? windowId;
  }

  /** The unit of a window (for intake decisions, which record only the window). */
  unitOfWindow(windowId: string | null): string {
    return this.org.windows.find((w) => w.id === windowId)?.unitId ?? '';
  }

  /** A user's display name. */
  userName(id: string): string {
    return this.users.get(id)?.displayName ?? id;
  }

  /** A user by id or sign-in name. */
  findUser(text: string): UserRecord | undefined {
    return this.users.get(text) ?? [...this.users.values()].find((u) => u.username === text);
  }
}
