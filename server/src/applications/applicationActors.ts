import { ApiError } from '../http/apiError.js';
import type { Organisation } from '../organisation/organisation.js';
import type { SessionUser } from '../services/authService.js';
import type { Place } from './applicationRouting.js';

/** Roles that receive, forward and decide applications (leads and supervisors only read). */
const ACTING_ROLES: ReadonlySet<SessionUser['role']> = new Set(['administrator', 'clerk', 'agent']);

/**
 * Whether the user acts for a place: an administrator anywhere; a clerk or village agent of that unit who
 * sits at its window, or belongs to the department that staffs it (区人社局's reviewers for its window).
 */
export function mayActAt(user: SessionUser, org: Organisation, place: Place): boolean {
  if (!ACTING_ROLES.has(user.role)) return false;
  if (user.role === 'administrator') return true;
  if (user.unitId !== place.unitId) return false;
  if (place.windowId === null || user.windowId === place.windowId) return true;
  const window = org.windows.find((w) => w.id === place.windowId);
  return window?.departmentId != null && window.departmentId === user.departmentId;
}

/** 403 unless the user's role receives and decides applications. */
export function requireActingRole(user: SessionUser): void {
  if (ACTING_ROLES.has(user.role)) return;
  throw new ApiError(403, 'FORBIDDEN', user.role === 'supervisor' ? '监察人员只能查看，不能办理申请' : '无权办理申请', {
    role: user.role,
  });
}
