/** A step on the worklist (`GET /api/tasks`): the task row with its light, item name and level. */
export interface WorklistEntry {
  readonly id: string;
  readonly caseId: string;
  readonly taskId: string;
  readonly elementId: string;
  readonly name: string;
  readonly assignee: string | null;
  readonly candidateGroups: readonly string[];
  readonly claimedBy: string | null;
  readonly startedAt: string;
  readonly dueAt: string | null;
  readonly itemCode: string;
  readonly receiptNumber: string;
  readonly applicantName: string;
  readonly light: string;
  readonly itemName: string;
  readonly level: string;
}

/** The worklist filters above the list (each empty = no filter). */
export interface WorklistFilter {
  readonly light: string;
  readonly dueBefore: string;
  readonly itemCode: string;
  readonly level: string;
}

/** No filter. */
export const NO_FILTER: WorklistFilter = { light: '', dueBefore: '', itemCode: '', level: '' };

/** Most rows asked for (the server's largest page). */
export const WORKLIST_LIMIT = 5000;

/** `GET /api/tasks?…` for a filter. */
export function worklistPath(filter: WorklistFilter): string {
  const query = new URLSearchParams({ limit: String(WORKLIST_LIMIT) });
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  return `/api/tasks?${query.toString()}`;
}
