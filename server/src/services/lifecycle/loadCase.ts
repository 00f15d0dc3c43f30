import { ApiError, notFound } from '../../http/apiError.js';
import { canReadCase } from '../../organisation/caseAccess.js';
import type { CaseRecord, Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';

/**
 * One stored case, or a 404 naming it. With a `reader`, a case outside the reader's scope is the same
 * 404: scopes are enforced here, in the services, whatever the screen shows.
 */
export async function loadCase(store: Store, id: string, reader?: SessionUser): Promise<CaseRecord> {
  const record = await store.getCase(id);
  if (!record || (reader !== undefined && !canReadCase(reader, record))) throw notFound('案件', id);
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
  reader?: SessionUser,
): Promise<{ record: CaseRecord; taskId: string }> {
  const dot = publicTaskId.lastIndexOf('.');
  const record = dot > 0 ? await store.getCase(publicTaskId.slice(0, dot)) : undefined;
  if (!record || (reader !== undefined && !canReadCase(reader, record))) {
    throw new ApiError(404, 'TASK_NOT_FOUND', `任务不存在或已办结：${publicTaskId}`, { taskId: publicTaskId });
  }
  return { record, taskId: publicTaskId.slice(dot + 1) };
}
