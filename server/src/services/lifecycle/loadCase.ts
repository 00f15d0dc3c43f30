import { ApiError, notFound } from '../../http/apiError.js';
import type { CaseRecord, Store } from '../../store/port.js';

/** One stored case, or a 404 naming it. */
export async function loadCase(store: Store, id: string): Promise<CaseRecord> {
  const record = await store.getCase(id);
  if (!record) throw notFound('案件', id);
  return record;
}

/**
 * The case of a public task id (`<caseId>.<taskId>`) and the engine's task id. An unknown case is a
 * 404 `TASK_NOT_FOUND`; whether the task is still open is the engine's call (409 `TASK_CLOSED`), so a
 * clerk who loses a race to a colleague hears "already done", not "never existed".
 */
export async function loadCaseOfTask(
  store: Store,
  publicTaskId: string,
): Promise<{ record: CaseRecord; taskId: string }> {
  const dot = publicTaskId.lastIndexOf('.');
  const record = dot > 0 ? await store.getCase(publicTaskId.slice(0, dot)) : undefined;
  if (!record) {
    throw new ApiError(404, 'TASK_NOT_FOUND', `任务不存在或已办结：${publicTaskId}`, { taskId: publicTaskId });
  }
  return { record, taskId: publicTaskId.slice(dot + 1) };
}
