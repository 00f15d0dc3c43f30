import { mayWorkOn } from '@govflow/engine';
import type { ApprovalItem, ItemLevel } from '@govflow/catalog';
import { worklistScopeKey } from '../organisation/caseAccess.js';
import type { Light } from '../supervision/classifyLight.js';
import type { SupervisionService } from '../supervision/supervisionService.js';
import type { CaseRecord, Store, TaskRow } from '../store/port.js';
import type { SessionUser } from './authService.js';
import type { CatalogService } from './catalogService.js';

/** What a worklist can be narrowed to. */
export interface WorklistFilter {
  /** Only steps showing this light. */
  readonly light?: Light;
  /** Only steps due at or before this instant (steps without a deadline are left out). */
  readonly dueBefore?: string;
  readonly itemCode?: string;
  /** Only cases of items handled at this level. */
  readonly level?: ItemLevel;
  readonly limit?: number;
}

/** A step on a worklist, with its light, its item's name and level. */
export interface WorklistEntry extends TaskRow {
  readonly light: Light;
  readonly itemName: string;
  readonly level: ItemLevel;
}

/** Most open steps read for one worklist before filtering. */
const SCAN_LIMIT = 5000;

/**
 * A user's worklist (待办): the open steps of cases in their unit's reach that they may work on (assigned
 * to them, claimed by them, or offered to one of their groups), earliest deadline first, each with its
 * light as of now, narrowed by light, deadline, item and level.
 */
export class Worklist {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly supervision: SupervisionService,
  ) {}

  /** The user's worklist. */
  async list(user: SessionUser, filter: WorklistFilter = {}): Promise<readonly WorklistEntry[]> {
    const scope = worklistScopeKey(user);
    if (scope === null) return [];
    const rows =
      scope === 'all'
        ? await this.store.listOpenTasks(SCAN_LIMIT)
        : await this.store.listOpenTasksInScope(scope, SCAN_LIMIT);
    const dueBefore = filter.dueBefore === undefined ? undefined : Date.parse(filter.dueBefore);
    const records = new Map<string, Promise<CaseRecord | undefined>>();
    const items = new Map<string, Promise<ApprovalItem>>();
    const entries: WorklistEntry[] = [];
    for (const task of rows) {
      if (!mayWorkOn(task, user)) continue;
      if (filter.itemCode !== undefined && task.itemCode !== filter.itemCode) continue;
      if (dueBefore !== undefined && (task.dueAt === null || Date.parse(task.dueAt) > dueBefore)) continue;
      if (!items.has(task.itemCode)) items.set(task.itemCode, this.catalog.getItem(task.itemCode));
      const item = await (items.get(task.itemCode) as Promise<ApprovalItem>);
      if (filter.level !== undefined && item.level !== filter.level) continue;
      if (!records.has(task.caseId)) records.set(task.caseId, this.store.getCase(task.caseId));
      const record = await records.get(task.caseId);
      if (!record) continue;
      const lights = await this.supervision.lightsOf(record);
      const light = lights.steps.find((s) => s.taskId === task.id)?.light ?? lights.light;
      if (filter.light !== undefined && light !== filter.light) continue;
      entries.push({ ...task, light, itemName: item.name, level: item.level });
      if (entries.length >= (filter.limit ?? 500)) break;
    }
    return entries;
  }
}
