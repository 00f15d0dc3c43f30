import type { CaseEvent, CaseState } from '@govflow/engine';
import { departmentOfGroup, departmentOfItem, unitChain, type Organisation } from './organisation.js';

/** What the scope keys of a case are computed from. */
export interface CaseScopeInput {
  /** The unit that accepted the case. */
  readonly unitId: string;
  readonly windowId: string | null;
  /** The item's competent department (`item.department`). */
  readonly itemDepartment: string;
  readonly state: CaseState;
  readonly events: readonly CaseEvent[];
}

/**
 * The scope keys a case holds after a commit: its accepting unit and the units above it, its window,
 * the item's department and the department of every group one of its steps is offered to (looked up
 * nearest the accepting unit first), everyone named on a step or acting in an event, and the applicant.
 * The store adds them to the keys the case already has; they never shrink.
 */
export function caseScopeKeys(org: Organisation, input: CaseScopeInput): readonly string[] {
  const keys = new Set<string>();
  const chain = unitChain(org, input.unitId);
  for (const unit of chain) keys.add(`unit:${unit.id}`);
  if (input.windowId !== null) keys.add(`window:${input.windowId}`);
  const itemDepartment = departmentOfItem(org, chain, input.itemDepartment);
  if (itemDepartment) keys.add(`dept:${itemDepartment.id}`);
  for (const task of input.state.tasks) {
    for (const group of task.candidateGroups ?? []) {
      const department = departmentOfGroup(org, chain, group);
      if (department) keys.add(`dept:${department.id}`);
      for (const window of org.windows) {
        if (window.groups.includes(group) && chain.some((u) => u.id === window.unitId)) keys.add(`window:${window.id}`);
      }
    }
    if (task.assignee) keys.add(`user:${task.assignee}`);
    if (task.claimedBy) keys.add(`user:${task.claimedBy}`);
  }
  for (const event of input.events) if (event.by) keys.add(`user:${event.by}`);
  if (input.state.applicantId) keys.add(`applicant:${input.state.applicantId}`);
  return [...keys].sort();
}
