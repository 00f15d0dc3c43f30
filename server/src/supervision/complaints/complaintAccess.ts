import { ApiError } from '../../http/apiError.js';
import type { SessionUser } from '../../services/authService.js';
import type { ComplaintRecord } from '../../store/port.js';

/**
 * The scope keys a user reads complaints by, or `'all'`: supervisors and administrators every complaint;
 * a department's lead and clerks those forwarded to it (`dept:`); whoever recorded one at a window
 * (`user:`); a registered applicant their own (`applicant:`).
 */
export function complaintReadScope(user: SessionUser): 'all' | readonly string[] {
  if (user.role === 'supervisor' || user.role === 'administrator') return 'all';
  if (user.role === 'applicant') return [`applicant:${user.id}`];
  const keys = [`user:${user.id}`];
  if (user.departmentId !== null && (user.role === 'lead' || user.role === 'clerk'))
    keys.push(`dept:${user.departmentId}`);
  return keys;
}

/** Whether the user may read the complaint. */
export function canReadComplaint(user: SessionUser, complaint: ComplaintRecord): boolean {
  const scope = complaintReadScope(user);
  return scope === 'all' || complaint.scopeKeys.some((key) => scope.includes(key));
}

/** Deciding on acceptance and forwarding belong to supervisors (效能办) and the center's administrators. */
export function requireComplaintHandler(user: SessionUser): void {
  if (user.role === 'supervisor' || user.role === 'administrator') return;
  throw new ApiError(403, 'FORBIDDEN', '只有监察人员或中心管理员可以受理、不予受理或转办投诉', { role: user.role });
}

/** Only supervisors close a complaint. */
export function requireSupervisor(user: SessionUser, action: string): void {
  if (user.role === 'supervisor') return;
  throw new ApiError(403, 'FORBIDDEN', `只有监察人员可以${action}`, { role: user.role });
}

/** The answer comes from the lead or a clerk of the department the complaint was forwarded to. */
export function requireDepartmentAnswerer(user: SessionUser, complaint: ComplaintRecord): void {
  const ofDepartment =
    (user.role === 'lead' || user.role === 'clerk') &&
    complaint.departmentId !== null &&
    user.departmentId === complaint.departmentId;
  if (ofDepartment) return;
  throw new ApiError(403, 'NOT_COMPLAINT_DEPARTMENT', '只有承办部门的负责人或工作人员可以答复该投诉', {
    complaintId: complaint.id,
  });
}

/** Complaints made in person are recorded by window staff (clerks and village agents). */
export function requireWindowStaff(user: SessionUser): void {
  if (user.role === 'clerk' || user.role === 'agent') return;
  throw new ApiError(403, 'FORBIDDEN', '只有窗口工作人员可以登记现场投诉', { role: user.role });
}

/** 404, the same for a complaint that does not exist and one the user may not read. */
export function complaintNotFound(id: string): ApiError {
  return new ApiError(404, 'COMPLAINT_NOT_FOUND', `投诉不存在：${id}`, { id });
}
