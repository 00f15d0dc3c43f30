import type { User } from '../../types.js';
import type { Organisation } from '../administrator/orgTypes.js';

/** Where an application is now: its unit and, when known, the window that must act. */
interface Place {
  readonly unitId: string;
  readonly windowId: string | null;
}

/** What a window may do with a pending application where it is: decide it, or only forward it upward. */
export type PreReviewChoice = 'decide' | 'forward';

/** Roles that receive, forward and decide applications (leads and supervisors only read). */
const ACTING_ROLES: ReadonlySet<string> = new Set(['administrator', 'clerk', 'agent']);

/**
 * Whether the user acts for the place (the server's rule, so the page offers only what it accepts): an
 * administrator anywhere; a clerk or agent of that unit who sits at its window, or belongs to the department
 * that staffs it (区人社局's reviewers for its window).
 */
export function mayActOn(user: User, org: Organisation, place: Place): boolean {
  if (!ACTING_ROLES.has(user.role)) return false;
  if (user.role === 'administrator') return true;
  if ((user.unitId ?? null) !== place.unitId) return false;
  if (place.windowId === null || user.windowId === place.windowId) return true;
  const window = org.windows.find((w) => w.id === place.windowId);
  return window?.departmentId != null && window.departmentId === user.departmentId;
}

/**
 * Whether the unit decides the item (it is of the item's level: accept, return, refuse) or only forwards it
 * upward; null when the unit is unknown or the item names no level (the server then decides, in Chinese).
 */
export function preReviewChoice(
  org: Organisation,
  unitId: string,
  itemLevel: string | undefined,
): PreReviewChoice | null {
  const unit = org.units.find((u) => u.id === unitId);
  if (!unit || !itemLevel) return null;
  return unit.level === itemLevel ? 'decide' : 'forward';
}
