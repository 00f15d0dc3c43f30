import { notFound } from '../http/apiError.js';
import { readerScopeKeys } from '../organisation/caseAccess.js';
import type { Organisation } from '../organisation/organisation.js';
import type { SessionUser } from '../services/authService.js';
import type { ApplicationRecord } from '../store/applicationStore.js';
import { mayActAt } from './applicationActors.js';
import type { Place } from './applicationRouting.js';

/**
 * The scope keys a place on the path gives an application (and, at acceptance, its case): the unit, the
 * window, and the department staffing that window. Every unit and window an application passed through
 * keeps reading it — a village agent follows what they registered.
 */
export function placeScopeKeys(org: Organisation, place: Place): string[] {
  const keys = [`unit:${place.unitId}`];
  if (place.windowId === null) return keys;
  keys.push(`window:${place.windowId}`);
  const departmentId = org.windows.find((w) => w.id === place.windowId)?.departmentId;
  if (departmentId) keys.push(`dept:${departmentId}`);
  return keys;
}

/**
 * Who reads an application: administrators and supervisors; the applicant who submitted it; staff whose
 * window, department or person is on its path (not merely their unit: a district department reads only
 * what came to it); and whoever must act on it where it is now.
 */
export function canReadApplication(user: SessionUser, application: ApplicationRecord, org: Organisation): boolean {
  const keys = readerScopeKeys(user);
  if (keys === 'all') return true;
  if (user.role === 'applicant') return application.applicantId === user.id;
  const held = new Set(application.scopeKeys);
  if (keys.some((key) => held.has(key))) return true;
  return mayActAt(user, org, application);
}

/** 404 (the same as for an application that does not exist) unless the user may read it. */
export function assertCanReadApplication(user: SessionUser, application: ApplicationRecord, org: Organisation): void {
  if (!canReadApplication(user, application, org)) throw notFound('申请', application.id);
}

/** The keys to list a user's applications by, or `'all'` (see `canReadApplication`). */
export function applicationReaderKeys(user: SessionUser): readonly string[] | 'all' {
  return readerScopeKeys(user);
}
