import { ApiError } from '../../http/apiError.js';
import { readerScopeKeys } from '../../organisation/caseAccess.js';
import type { SessionUser } from '../../services/authService.js';
import type { SignalRecord } from '../../store/port.js';

/**
 * Who reads which signals: supervisors and administrators every one; leads, clerks and agents those of
 * their department or window and those naming them (the same scope keys they read cases by); applicants none.
 */
export function signalReadScope(user: SessionUser): 'all' | readonly string[] {
  if (user.role === 'supervisor' || user.role === 'administrator') return 'all';
  if (user.role === 'applicant') return [];
  const keys = readerScopeKeys(user);
  return keys === 'all' ? 'all' : keys;
}

/** Whether the user may read the signal. */
export function canReadSignal(user: SessionUser, signal: SignalRecord): boolean {
  const scope = signalReadScope(user);
  return scope === 'all' || signal.scopeKeys.some((key) => scope.includes(key));
}

/** Throws 403 unless the user may list signals at all (applicants may not). */
export function requireSignalReader(user: SessionUser): void {
  if (user.role === 'applicant') throw new ApiError(403, 'FORBIDDEN', '无权查看监察信号', { role: user.role });
}
