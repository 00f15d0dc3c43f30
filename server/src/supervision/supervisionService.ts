import { readerScopeKeys } from '../organisation/caseAccess.js';
import { OrganisationService } from '../organisation/organisationService.js';
import type { SessionUser } from '../services/authService.js';
import { stepThresholds, type WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../clock.js';
import type { CatalogService } from '../services/catalogService.js';
import type { CaseRecord, FactDimension, Store } from '../store/port.js';
import { caseLights, type CaseLights, type StepThresholds } from './caseLights.js';
import type { Light } from './classifyLight.js';
import { FactDirectory, type GroupRef, type ReportDimension } from './statistics/factDirectory.js';
import { factsFilterOf, type DimensionFilter } from './statistics/reportFilter.js';

/** Counts of open cases by light. */
export type LightCounts = Record<Light, number>;

/** What the board can be broken down by besides department and level (drill-down 部门 → 窗口 → 案件). */
export type BoardDimension = ReportDimension | 'clerk';

/** The supervisor's board (横到边，纵到底): every open case of every level and department by light. */
export interface Board {
  readonly at: string;
  readonly totals: LightCounts;
  /** By department (its name), as before the drill-down existed. */
  readonly departments: readonly { department: string; counts: LightCounts }[];
  /** By the accepting unit's level. */
  readonly levels: readonly { level: string; counts: LightCounts }[];
  /** The breakdown asked for with `by`, keyed by id (department id, window id, item code, user id …). */
  readonly by?: BoardDimension;
  readonly groups?: readonly (GroupRef & { counts: LightCounts })[];
}

/** What the board can be narrowed to. */
export type BoardFilter = DimensionFilter;

/** Most open cases one drill-down page lists. */
export const BOARD_PAGE_LIMIT = 500;

/**
 * Real-time monitoring (实时监控). The board counts open cases by light from the store's case facts: each
 * case's yellow, red and due instants are known in advance, so a light is an indexed comparison with now
 * (no case is read or classified); a case's own lights are derived at read time from its deadlines.
 */
export class SupervisionService {
  private readonly organisation: OrganisationService;

  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
    organisation?: OrganisationService,
  ) {
    this.organisation = organisation ?? new OrganisationService(store, clock);
  }

  /** Lights of one case, as of now. */
  async lightsOf(record: CaseRecord): Promise<CaseLights> {
    return caseLights(record, this.clock.now(), this.calendar, await this.stepThresholds(record));
  }

  /** Counts by light, in total, by department and level, and (with `by`) by the dimension asked for. */
  async board(reader: SessionUser, filter: BoardFilter & { by?: BoardDimension } = {}): Promise<Board> {
    const { by, ...narrow } = filter;
    const now = this.clock.now();
    const dir = await this.directory();
    const facts = factsFilterOf(dir, readerScopeKeys(reader), narrow);
    const groupBy: FactDimension[] = by === 'window' ? ['windowId'] : by === 'clerk' ? ['clerkId'] : [];
    const rows = facts ? await this.store.countOpenByLight(now.getTime(), facts, groupBy) : [];
    const totals = emptyCounts();
    const departments = new Map<string, LightCounts>();
    const levels = new Map<string, LightCounts>();
    const groups = new Map<string, GroupRef & { counts: LightCounts }>();
    for (const row of rows) {
      const fact = { itemCode: row.itemCode, unitId: row.unitId, windowId: row.windowId ?? null };
      const department = dir.departmentOf(row.itemCode, row.unitId).name;
      const level = dir.levelOf(row.itemCode, row.unitId);
      const group =
        by === undefined
          ? undefined
          : by === 'clerk'
            ? { key: row.clerkId ?? '', name: dir.userName(row.clerkId ?? '') }
            : dir.groupOf(by, fact);
      for (const [light, n] of Object.entries(row.counts) as [Light, number][]) {
        totals[light] += n;
        add(departments, department, light, n);
        add(levels, level, light, n);
        if (group) {
          const found = groups.get(group.key) ?? { ...group, counts: emptyCounts() };
          found.counts[light] += n;
          groups.set(group.key, found);
        }
      }
    }
    return {
      at: now.toISOString(),
      totals,
      departments: [...departments].map(([department, counts]) => ({ department, counts })),
      levels: [...levels].map(([level, counts]) => ({ level, counts })),
      ...(by === undefined ? {} : { by, groups: [...groups.values()].sort(byRedness) }),
    };
  }

  /** Drill-down: the open cases (with their lights) of a department, window, item or clerk, reddest first. */
  async cases(
    reader: SessionUser,
    filter: BoardFilter & { light?: Light; limit?: number; offset?: number } = {},
  ): Promise<readonly CaseLights[]> {
    const { light, limit, offset, ...narrow } = filter;
    const now = this.clock.now();
    const facts = factsFilterOf(await this.directory(), readerScopeKeys(reader), narrow);
    if (!facts) return [];
    const page = await this.store.listOpenCases(
      now.getTime(),
      facts,
      light,
      Math.min(limit ?? BOARD_PAGE_LIMIT, BOARD_PAGE_LIMIT),
      offset ?? 0,
    );
    const records = await Promise.all(page.map((row) => this.store.getCase(row.caseId)));
    const thresholds = new Map<string, Promise<StepThresholds>>();
    const lights: CaseLights[] = [];
    for (const record of records) {
      if (!record) continue;
      const key = `${record.itemCode}@${record.itemVersion}`;
      if (!thresholds.has(key)) thresholds.set(key, this.stepThresholds(record));
      lights.push(caseLights(record, now, this.calendar, await thresholds.get(key)));
    }
    return lights;
  }

  private async directory(): Promise<FactDirectory> {
    const [org, items, users] = await Promise.all([
      this.organisation.get(),
      this.store.listItems(),
      this.store.listUsers(),
    ]);
    return new FactDirectory(org, items, new Map(users.map((u) => [u.id, u])));
  }

  private async stepThresholds(record: CaseRecord): Promise<StepThresholds> {
    const model = await this.catalog.model(await this.catalog.getItem(record.itemCode, record.itemVersion));
    return (elementId) => stepThresholds(model.elements[elementId]?.step);
  }
}

function emptyCounts(): LightCounts {
  return { green: 0, yellow: 0, red: 0, overdue: 0, stopped: 0, done: 0 };
}

function add(map: Map<string, LightCounts>, key: string, light: Light, n: number): void {
  const counts = map.get(key) ?? emptyCounts();
  counts[light] += n;
  map.set(key, counts);
}

/** Most overdue, then red, then yellow first; then by key. */
function byRedness(a: GroupRef & { counts: LightCounts }, b: GroupRef & { counts: LightCounts }): number {
  const weight = (c: LightCounts) => [c.overdue, c.red, c.yellow];
  const [x, y] = [weight(a.counts), weight(b.counts)];
  for (let i = 0; i < 3; i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
