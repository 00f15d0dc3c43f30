import type { CaseEvent } from '@govflow/engine';

/** A step instance as the event history tells it: where, for whom, and who holds it. */
export interface TaskTrace {
  readonly taskId: string;
  readonly elementId: string;
  readonly name: string;
  readonly groups: readonly string[];
  /** The claimant, else the assignee; null while nobody in particular holds it. */
  readonly holder: string | null;
}

/**
 * The steps open just after the event with sequence number `seq` (all of them when omitted), folded from
 * the history: created, claimed, transferred, completed, cancelled, returned.
 */
export function openTasksAt(events: readonly CaseEvent[], seq = Number.POSITIVE_INFINITY): TaskTrace[] {
  const open = new Map<string, TaskTrace>();
  for (const event of events) {
    if (event.seq > seq) break;
    const taskId = text(event.data['taskId']);
    if (taskId === null) continue;
    const current = open.get(taskId);
    switch (event.type) {
      case 'task.created':
        open.set(taskId, {
          taskId,
          elementId: text(event.data['elementId']) ?? '',
          name: text(event.data['name']) ?? '',
          groups: strings(event.data['candidateGroups']),
          holder: text(event.data['assignee']),
        });
        break;
      case 'task.claimed':
        if (current) open.set(taskId, { ...current, holder: event.by ?? current.holder });
        break;
      case 'task.transferred':
        if (current) {
          const groups = strings(event.data['candidateGroups']);
          open.set(taskId, {
            ...current,
            holder: text(event.data['assignee']),
            groups: groups.length ? groups : current.groups,
          });
        }
        break;
      case 'task.completed':
      case 'task.cancelled':
      case 'task.returned':
        open.delete(taskId);
        break;
      default:
        break;
    }
  }
  return [...open.values()];
}

/** Every step instance the history ever opened, by task id (as it was when created). */
export function createdTasks(events: readonly CaseEvent[]): Map<string, TaskTrace> {
  const created = new Map<string, TaskTrace>();
  for (const event of events) {
    if (event.type !== 'task.created') continue;
    const taskId = text(event.data['taskId']);
    if (taskId === null) continue;
    created.set(taskId, {
      taskId,
      elementId: text(event.data['elementId']) ?? '',
      name: text(event.data['name']) ?? '',
      groups: strings(event.data['candidateGroups']),
      holder: text(event.data['assignee']),
    });
  }
  return created;
}

/** A string value, or null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
