import { createHash } from 'node:crypto';
import { canonicalJson } from '@govflow/catalog';
import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import { summarizeCase } from '../../routes/caseSummary.js';
import type { ApiKeyRecord, Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';
import { loadCaseOfTask } from '../lifecycle/loadCase.js';
import type { CompleteRequest, TaskCommands } from '../lifecycle/taskCommands.js';

/** The answer to a push: the first one again when the idempotency key was seen with the same request. */
export interface PushAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly replayed: boolean;
}

/** An idempotency key: 1–128 visible ASCII characters (a UUID, say). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/u;
/** How long a first request may run before a retry of it may take over (its process died). */
const LEASE_MS = 60_000;

/**
 * Department systems push step results (seed 004: their own systems stay, the platform sees everything).
 * A push completes the step through the same `TaskCommands` as a clerk's 办理 — same engine path, same
 * events — with the department system as the actor. Each push carries an idempotency key: the same key
 * with the same request answers the first answer again (kept in the store) without a second command;
 * with another request it is refused (422 IDEMPOTENCY_KEY_REUSED).
 */
export class DepartmentPush {
  constructor(
    private readonly store: Store,
    /** The case service's task commands (a getter: they are built alongside this service). */
    private readonly tasks: () => TaskCommands,
    private readonly clock: Clock,
    private readonly now: () => number = Date.now,
  ) {}

  /** 办理 of one step by a department system (authenticated by `ApiKeyService.authenticate`). */
  async complete(
    system: ApiKeyRecord,
    idempotencyKey: string,
    publicTaskId: string,
    request: CompleteRequest,
  ): Promise<PushAnswer> {
    const key = requireIdempotencyKey(idempotencyKey);
    const requestHash = digest({ action: 'complete', taskId: publicTaskId, request });
    const at = this.now();
    const claim = await this.store.reserveIdempotencyKey(
      { apiKeyId: system.id, key, requestHash, createdAt: this.clock.now().toISOString() },
      at + LEASE_MS,
      at,
    );
    if (!claim.reserved) return replay(claim.existing, requestHash);
    try {
      const body = summarizeCase(await this.run(system, publicTaskId, request));
      await this.store.completeIdempotencyKey(system.id, key, 200, JSON.stringify(body));
      return { status: 200, body, replayed: false };
    } catch (error) {
      // Nothing was committed: free the key so the department system may retry.
      await this.store.releaseIdempotencyKey(system.id, key);
      throw error;
    }
  }

  private async run(system: ApiKeyRecord, publicTaskId: string, request: CompleteRequest) {
    const { record, taskId } = await loadCaseOfTask(this.store, publicTaskId);
    const task = record.state.tasks.find((t) => t.id === taskId);
    if (task && !(task.candidateGroups ?? []).some((g) => system.groups.includes(g))) {
      throw new ApiError(403, 'API_KEY_NOT_ALLOWED', `${system.name}无权办理此环节（${task.name}）`, {
        taskId: publicTaskId,
        candidateGroups: task.candidateGroups ?? [],
      });
    }
    return this.tasks().complete(await this.actorOf(system), publicTaskId, request);
  }

  /** The department system as the user the task commands act for (recorded on the events as the actor). */
  private async actorOf(system: ApiKeyRecord): Promise<SessionUser> {
    const organisation = (await this.store.getOrganisation())?.organisation;
    const department = organisation?.departments.find((d) => d.id === system.departmentId);
    return {
      id: `system:${system.id}`,
      username: `system:${system.id}`,
      displayName: system.name,
      role: 'clerk',
      groups: system.groups,
      unitId: department?.unitId ?? null,
      departmentId: system.departmentId,
      windowId: null,
    };
  }
}

function requireIdempotencyKey(value: string): string {
  if (value === '') {
    throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', '请在请求头 Idempotency-Key 中提供幂等键（如一个 UUID）');
  }
  if (!IDEMPOTENCY_KEY.test(value)) {
    throw new ApiError(400, 'IDEMPOTENCY_KEY_INVALID', '幂等键须为 1 至 128 个可见 ASCII 字符');
  }
  return value;
}

function replay(
  existing: { readonly requestHash: string; readonly status: number | null; readonly response: string | null },
  requestHash: string,
): PushAnswer {
  if (existing.requestHash !== requestHash) {
    throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一请求，请为新请求使用新的幂等键');
  }
  if (existing.status === null || existing.response === null) {
    throw new ApiError(409, 'IDEMPOTENCY_IN_PROGRESS', '使用该幂等键的请求仍在处理中，请稍后重试');
  }
  return { status: existing.status, body: JSON.parse(existing.response) as unknown, replayed: true };
}

function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
