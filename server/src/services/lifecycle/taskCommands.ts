import { ApiError } from '../../http/apiError.js';
import type { CaseRecord, Store } from '../../store/port.js';
import { actorOf, type SessionUser } from '../authService.js';
import type { CaseCommandRunner } from '../caseCommandRunner.js';
import type { CatalogService } from '../catalogService.js';
import { requiredMaterials } from '@govflow/catalog';
import { loadCaseOfTask } from './loadCase.js';
import { requireCaseWorker } from './rolePolicy.js';

/** What a handler submits to complete a step. */
export interface CompleteRequest {
  readonly outcome?: string;
  readonly opinion?: string;
  readonly variables?: Record<string, unknown>;
  readonly verifiedMaterials?: readonly string[];
}

/** 退回: the earlier step (element id) and why. */
export interface ReturnRequest {
  readonly to: string;
  readonly reason: string;
}

/** 转办: to a person (user id) or to candidate groups, with an optional reason. */
export interface TransferRequest {
  readonly assignee?: string;
  readonly candidateGroups?: readonly string[];
  readonly reason?: string;
}

/**
 * The commands on one task (签收, 办理, 退回, 转办) for the signed-in user; each is one engine command and
 * one atomic commit with a version check. Eligibility (claimant, assignee, candidate group) is the engine's.
 */
export class TaskCommands {
  constructor(
    private readonly store: Store,
    private readonly runner: CaseCommandRunner,
    private readonly catalog: CatalogService,
  ) {}

  /** 签收: takes the task for oneself. */
  async claim(user: SessionUser, publicTaskId: string): Promise<CaseRecord> {
    const { record, taskId } = await this.load(user, publicTaskId);
    return this.runner.apply(record, { type: 'claim', taskId, actor: actorOf(user) });
  }

  /** 办理: completes the step with outcome, opinion, variables and the materials verified. */
  async complete(user: SessionUser, publicTaskId: string, request: CompleteRequest): Promise<CaseRecord> {
    const { record, taskId } = await this.load(user, publicTaskId);
    const item = await this.catalog.getItem(record.itemCode, record.itemVersion);
    const required = new Set(requiredMaterials(item, record.formData).map((m) => m.id));
    const exemptMaterials = item.materials.filter((m) => !required.has(m.id)).map((m) => m.id);
    return this.runner.apply(record, {
      exemptMaterials,
      type: 'complete',
      taskId,
      actor: actorOf(user),
      ...(request.outcome === undefined ? {} : { outcome: request.outcome }),
      ...(request.opinion === undefined ? {} : { opinion: request.opinion }),
      ...(request.variables === undefined ? {} : { variables: request.variables }),
      ...(request.verifiedMaterials === undefined ? {} : { verifiedMaterials: request.verifiedMaterials }),
    });
  }

  /** 退回: back to an earlier step of the branch, with a reason. */
  async returnTask(user: SessionUser, publicTaskId: string, request: ReturnRequest): Promise<CaseRecord> {
    const { record, taskId } = await this.load(user, publicTaskId);
    return this.runner.apply(record, { type: 'return', taskId, actor: actorOf(user), ...request });
  }

  /** 转办: to a known user or to candidate groups. */
  async transfer(user: SessionUser, publicTaskId: string, request: TransferRequest): Promise<CaseRecord> {
    const { record, taskId } = await this.load(user, publicTaskId);
    if (request.assignee !== undefined && !(await this.store.findUser(request.assignee))) {
      throw new ApiError(422, 'ASSIGNEE_UNKNOWN', `转办对象不存在：${request.assignee}`, {
        assignee: request.assignee,
      });
    }
    return this.runner.apply(record, {
      type: 'transfer',
      taskId,
      actor: actorOf(user),
      to: {
        ...(request.assignee === undefined ? {} : { assignee: request.assignee }),
        ...(request.candidateGroups === undefined ? {} : { candidateGroups: request.candidateGroups }),
      },
      ...(request.reason === undefined ? {} : { reason: request.reason }),
    });
  }

  private async load(user: SessionUser, publicTaskId: string): Promise<{ record: CaseRecord; taskId: string }> {
    requireCaseWorker(user);
    return loadCaseOfTask(this.store, publicTaskId, user);
  }
}
