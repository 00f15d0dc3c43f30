import { mayWorkOn, type CaseState } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';
import type { SessionUser } from '../authService.js';

/** Roles that work on cases at a window or in a department; supervisors are read-only, applicants act on their own. */
const WORKING_ROLES: ReadonlySet<SessionUser['role']> = new Set(['administrator', 'lead', 'clerk', 'agent']);

/** Throws 403 unless the user works on cases (not a supervisor, not an applicant). */
export function requireCaseWorker(user: SessionUser): void {
  if (WORKING_ROLES.has(user.role)) return;
  throw new ApiError(403, 'FORBIDDEN', user.role === 'supervisor' ? '监察人员只能查看，不能办理案件' : '无权办理案件', {
    role: user.role,
  });
}

/**
 * Throws 403 unless the user handles the case now: an administrator, or someone who may work on one
 * of its open steps (its claimant, its assignee, or a member of its candidate groups). Clock stops,
 * extensions and refusals belong to the people handling the case, not to any signed-in clerk.
 */
export function requireCaseHandler(user: SessionUser, state: CaseState): void {
  requireCaseWorker(user);
  if (user.role === 'administrator' || state.tasks.some((task) => mayWorkOn(task, user))) return;
  throw new ApiError(403, 'NOT_CASE_HANDLER', '您不是本案当前环节的办理人，不能执行此操作', { caseId: state.caseId });
}

/**
 * Throws 403 unless the user may withdraw the case: the applicant named on it, or (when the window
 * records a written withdrawal for an applicant without an account) a handler of the case.
 */
export function requireWithdrawer(user: SessionUser, state: CaseState): void {
  if (user.role === 'applicant') {
    if (state.applicantId === user.id) return;
    throw new ApiError(403, 'NOT_ELIGIBLE', '只有申请人本人可以撤回申请', { caseId: state.caseId });
  }
  requireCaseHandler(user, state);
}
