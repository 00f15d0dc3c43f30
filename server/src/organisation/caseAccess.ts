import { mayWorkOn } from '@govflow/engine';
import { notFound } from '../http/apiError.js';
import type { SessionUser } from '../services/authService.js';
import type { CaseRecord } from '../store/port.js';

/** Roles that read every case (supervisors read only; see `requireCaseWorker`). */
const READS_EVERYTHING: ReadonlySet<SessionUser['role']> = new Set(['administrator', 'supervisor']);

/**
 * The scope keys a user reads cases by, or `'all'`: an administrator and a supervisor read every case;
 * a lead the cases of their department; a clerk those of their window and department; a village agent
 * those of their room; an applicant their own; and everyone the cases they once handled (`user:`).
 */
export function readerScopeKeys(user: SessionUser): readonly string[] | 'all' {
  if (READS_EVERYTHING.has(user.role)) return 'all';
  if (user.role === 'applicant') return [`applicant:${user.id}`];
  const keys = [`user:${user.id}`];
  if (user.windowId !== null && user.role !== 'lead') keys.push(`window:${user.windowId}`);
  if (user.departmentId !== null && user.role !== 'agent') keys.push(`dept:${user.departmentId}`);
  return keys;
}

/** The key of the unit whose cases hold a user's worklist, or `'all'` / `null` (no worklist). */
export function worklistScopeKey(user: SessionUser): string | 'all' | null {
  if (user.role === 'administrator') return 'all';
  if (user.role === 'supervisor' || user.role === 'applicant' || user.unitId === null) return null;
  return `unit:${user.unitId}`;
}

/**
 * True when the user may read the case: by their scope keys, or because one of its open steps is
 * theirs to work on and the case lies in their unit's reach.
 */
export function canReadCase(user: SessionUser, record: CaseRecord): boolean {
  const keys = readerScopeKeys(user);
  if (keys === 'all') return true;
  const held = new Set(record.scopeKeys);
  if (keys.some((key) => held.has(key))) return true;
  const unitKey = worklistScopeKey(user);
  return unitKey !== null && held.has(unitKey) && record.state.tasks.some((task) => mayWorkOn(task, user));
}

/**
 * Throws 404 (the same answer as for a case that does not exist, so nobody learns which receipt numbers
 * are taken) unless the user may read the case.
 */
export function assertCanRead(user: SessionUser, record: CaseRecord): void {
  if (canReadCase(user, record)) return;
  throw notFound('案件', record.id);
}
