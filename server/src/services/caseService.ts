import { randomUUID } from 'node:crypto';
import { checkCompleteness, DEFAULT_CATALOG_SETTINGS, type ProvidedMaterial } from '@govflow/catalog';
import { startCase, type WorkingCalendar } from '@govflow/engine';
import { createFormValidator } from '@govflow/forms';
import type { Clock } from '../clock.js';
import { ApiError, notFound } from '../http/apiError.js';
import type { CaseRecord, Store, TaskRow } from '../store/port.js';
import { actorOf, type SessionUser } from './authService.js';
import type { CaseEventBus } from '../events/caseEventBus.js';
import type { CaseCommandRunner } from './caseCommandRunner.js';
import type { CatalogService } from './catalogService.js';

/** What a window clerk submits at intake (收件). */
export interface IntakeRequest {
  readonly itemCode: string;
  readonly formData: Record<string, unknown>;
  /** The materials received: ids, or ids with the original and copy counts and the form. */
  readonly materials: readonly (string | ProvidedMaterial)[];
  readonly applicantName: string;
}

/** What a handler submits to complete a step. */
export interface CompleteRequest {
  readonly outcome?: string;
  readonly opinion?: string;
  readonly variables?: Record<string, unknown>;
  readonly verifiedMaterials?: readonly string[];
}

/** Runs the case life cycle: intake → acceptance or one-time notice, then each step. */
export class CaseService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
    private readonly runner: CaseCommandRunner,
    private readonly bus: CaseEventBus,
  ) {}

  /**
   * Intake and acceptance (收件 → 受理): the form must be valid and every required material present,
   * else nothing is stored and a 422 lists everything missing at once (一次性告知).
   */
  async intake(user: SessionUser, request: IntakeRequest): Promise<CaseRecord> {
    const item = await this.catalog.getItem(request.itemCode);
    const form = createFormValidator(item.form.schema).validate(request.formData);
    if (!form.valid) throw new ApiError(400, 'FORM_INVALID', '申请表填写有误', { errors: form.errors });
    const completeness = checkCompleteness(item, request.formData, request.materials);
    if (!completeness.complete) {
      const names = completeness.missing.map((m) => m.name).join('、');
      throw new ApiError(422, 'MATERIALS_MISSING', `申请材料不齐全，不能受理。还需提交：${names}`, {
        missing: completeness.missing,
        notice: completeness.notice,
      });
    }
    const model = await this.catalog.model(item);
    const now = this.clock.now();
    const id = randomUUID();
    const { state, events } = startCase(model, {
      caseId: id,
      actor: { id: user.id },
      now,
      calendar: this.calendar,
      variables: { ...request.formData },
      limits: {
        promisedDays: item.promisedDays,
        statutoryDays: item.statutoryDays,
        unit: item.timeUnit,
        ...(item.thresholds ?? {}),
        ...(item.caseKind === '联办件' ? { extensionLimitDays: DEFAULT_CATALOG_SETTINGS.jointExtensionDays } : {}),
      },
    });
    const receiptNumber = await this.store.nextReceiptNumber(state.startedAt.slice(0, 10));
    const created = await this.store.createCase(
      {
        id,
        receiptNumber,
        itemCode: item.code,
        itemVersion: item.version,
        state,
        formData: request.formData,
        materials: request.materials.map((m) => (typeof m === 'string' ? { id: m } : m)),
        applicantName: request.applicantName,
        createdBy: user.id,
        createdAt: state.startedAt,
      },
      events,
    );
    this.bus.publish(created.id, created.itemCode, events);
    return created;
  }

  /** Completes a step as the signed-in user; one atomic commit with a version check. */
  async completeTask(user: SessionUser, publicTaskId: string, request: CompleteRequest): Promise<CaseRecord> {
    const task = await this.findTask(publicTaskId);
    const record = await this.getCase(task.caseId);
    return this.runner.apply(record, {
      type: 'complete',
      taskId: task.taskId,
      actor: actorOf(user),
      ...(request.outcome === undefined ? {} : { outcome: request.outcome }),
      ...(request.opinion === undefined ? {} : { opinion: request.opinion }),
      ...(request.variables === undefined ? {} : { variables: request.variables }),
      ...(request.verifiedMaterials === undefined ? {} : { verifiedMaterials: request.verifiedMaterials }),
    });
  }

  /** One case, or a 404. */
  async getCase(id: string): Promise<CaseRecord> {
    const record = await this.store.getCase(id);
    if (!record) throw notFound('案件', id);
    return record;
  }

  /** The most recent cases. */
  listCases(limit = 100): Promise<readonly CaseRecord[]> {
    return this.store.listCases(limit);
  }

  /** Open tasks the user may work on: assigned to them, claimed by them, or offered to their groups. */
  async listTasks(user: SessionUser, limit = 500): Promise<readonly TaskRow[]> {
    const tasks = await this.store.listOpenTasks(5000);
    return tasks
      .filter((t) =>
        t.claimedBy !== null
          ? t.claimedBy === user.id
          : t.assignee !== null
            ? t.assignee === user.id
            : t.candidateGroups.length === 0 || t.candidateGroups.some((g) => user.groups.includes(g)),
      )
      .slice(0, limit);
  }

  private async findTask(publicTaskId: string): Promise<TaskRow> {
    const dot = publicTaskId.lastIndexOf('.');
    const task =
      dot > 0 ? await this.store.findTask(publicTaskId.slice(0, dot), publicTaskId.slice(dot + 1)) : undefined;
    if (!task)
      throw new ApiError(404, 'TASK_NOT_FOUND', `任务不存在或已办结：${publicTaskId}`, { taskId: publicTaskId });
    return task;
  }
}
