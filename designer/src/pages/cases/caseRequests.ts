import { api } from '../../api';

/** POSTs a command on a case or task; the reply is the new case summary. */
export function command(path: string, body: Record<string, unknown> = {}): Promise<unknown> {
  return api(path, { method: 'POST', body: withoutEmpty(body) });
}

/** Leaves out fields the user left empty (the server refuses blank texts). */
function withoutEmpty(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

/** `/api/cases/<id>/<path>`. */
export function casePath(caseId: string, path: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/${path}`;
}

/** `/api/tasks/<caseId>.<taskId>/<action>`. */
export function taskPath(caseId: string, taskId: string, action: string): string {
  return `/api/tasks/${encodeURIComponent(`${caseId}.${taskId}`)}/${action}`;
}
