import { ApiError } from '../http/apiError.js';
import type { UserRecord } from '../store/port.js';
import { ORG_LEVELS, type Organisation } from './organisation.js';

/** One problem of an organisation document: where, a stable code, and what is wrong in Chinese. */
export interface OrganisationProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Every problem of an organisation at once: duplicate ids, a missing or second root, unknown parents,
 * cycles, a unit not below its parent's level, departments and windows in unknown units, and units,
 * departments or windows still used by an account.
 */
export function organisationProblems(org: Organisation, users: readonly UserRecord[]): readonly OrganisationProblem[] {
  const problems: OrganisationProblem[] = [];
  const add = (path: string, code: string, message: string) => problems.push({ path, code, message });
  const ids = new Set<string>();
  const unique = (id: string, path: string) => {
    if (ids.has(id)) add(path, 'ORG_DUPLICATE_ID', `编号重复：${id}`);
    ids.add(id);
  };
  const units = new Map(org.units.map((u) => [u.id, u]));
  org.units.forEach((unit, i) => {
    unique(unit.id, `/units/${i}/id`);
    if (unit.parentId === null) return;
    const parent = units.get(unit.parentId);
    if (!parent) {
      add(`/units/${i}/parentId`, 'ORG_UNKNOWN_PARENT', `上级单位不存在：${unit.parentId}`);
      return;
    }
    if (ORG_LEVELS.indexOf(parent.level) >= ORG_LEVELS.indexOf(unit.level)) {
      add(`/units/${i}/level`, 'ORG_LEVEL_ORDER', `${unit.name}的层级应低于上级单位${parent.name}`);
    }
  });
  const roots = org.units.filter((u) => u.parentId === null);
  if (org.units.length > 0 && roots.length !== 1)
    add('/units', 'ORG_ROOT', `应有且只有一个最高层级单位，现有 ${roots.length} 个`);
  org.units.forEach((unit, i) => {
    const seen = new Set<string>();
    for (let at = units.get(unit.id); at?.parentId; at = units.get(at.parentId)) {
      if (seen.has(at.id)) {
        add(`/units/${i}/parentId`, 'ORG_CYCLE', `单位的上下级关系形成了循环：${unit.name}`);
        return;
      }
      seen.add(at.id);
    }
  });
  org.departments.forEach((dept, i) => {
    unique(dept.id, `/departments/${i}/id`);
    if (!units.has(dept.unitId))
      add(`/departments/${i}/unitId`, 'ORG_UNKNOWN_UNIT', `部门所在单位不存在：${dept.unitId}`);
  });
  const departments = new Set(org.departments.map((d) => d.id));
  org.windows.forEach((window, i) => {
    unique(window.id, `/windows/${i}/id`);
    if (!units.has(window.unitId))
      add(`/windows/${i}/unitId`, 'ORG_UNKNOWN_UNIT', `窗口所在单位不存在：${window.unitId}`);
    if (window.departmentId !== null && !departments.has(window.departmentId)) {
      add(`/windows/${i}/departmentId`, 'ORG_UNKNOWN_DEPARTMENT', `窗口所属部门不存在：${window.departmentId}`);
    }
  });
  const windows = new Set(org.windows.map((w) => w.id));
  for (const user of users) {
    const where = `用户 ${user.displayName}（${user.username}）`;
    if (user.unitId !== null && !units.has(user.unitId))
      add('/units', 'ORG_UNIT_IN_USE', `${where}所在单位 ${user.unitId} 不能删除`);
    if (user.departmentId !== null && !departments.has(user.departmentId)) {
      add('/departments', 'ORG_DEPARTMENT_IN_USE', `${where}所在部门 ${user.departmentId} 不能删除`);
    }
    if (user.windowId !== null && !windows.has(user.windowId)) {
      add('/windows', 'ORG_WINDOW_IN_USE', `${where}所在窗口 ${user.windowId} 不能删除`);
    }
  }
  return problems;
}

/** Throws 400 ORGANISATION_INVALID listing every problem, unless the organisation is sound. */
export function checkOrganisation(org: Organisation, users: readonly UserRecord[]): void {
  const problems = organisationProblems(org, users);
  if (problems.length === 0) return;
  throw new ApiError(400, 'ORGANISATION_INVALID', `组织机构有 ${problems.length} 处问题，未保存`, { problems });
}
