import type { ApprovalItem } from '@govflow/catalog';
import { stepThresholds, type WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../clock.js';
import type { CatalogService } from '../services/catalogService.js';
import type { CaseRecord, Store } from '../store/port.js';
import { caseLights, type CaseLights, type StepThresholds } from './caseLights.js';
import type { Light } from './classifyLight.js';

/** Counts of open cases by light. */
export type LightCounts = Record<Light, number>;

/** The supervisor's board (横到边，纵到底): every open case of every level and department by light. */
export interface Board {
  readonly at: string;
  readonly totals: LightCounts;
  readonly departments: readonly { department: string; counts: LightCounts }[];
  readonly levels: readonly { level: string; counts: LightCounts }[];
}

/** What the board can be narrowed to. */
export interface BoardFilter {
  readonly department?: string;
  readonly level?: string;
  readonly itemCode?: string;
}

/** Most open cases read for one board (until the store offers an aggregate query by light). */
const BOARD_SCAN_LIMIT = 20_000;

/** Real-time monitoring (实时监控): lights derived at read time from deadlines, counted and drilled into. */
export class SupervisionService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
  ) {}

  /** Lights of one case, as of now. */
  async lightsOf(record: CaseRecord): Promise<CaseLights> {
    return caseLights(record, this.clock.now(), this.calendar, await this.stepThresholds(record));
  }

  /** Counts by light, in total and by department and level. */
  async board(filter: BoardFilter = {}): Promise<Board> {
    const rows = await this.openCases(filter);
    const totals = emptyCounts();
    const byDepartment = new Map<string, LightCounts>();
    const byLevel = new Map<string, LightCounts>();
    for (const { item, lights } of rows) {
      totals[lights.light] += 1;
      bump(byDepartment, item.department, lights.light);
      bump(byLevel, item.level, lights.light);
    }
    return {
      at: this.clock.now().toISOString(),
      totals,
      departments: [...byDepartment].map(([department, counts]) => ({ department, counts })),
      levels: [...byLevel].map(([level, counts]) => ({ level, counts })),
    };
  }

  /** Drill-down: the open cases (with their lights) of a department, reddest first. */
  async cases(filter: BoardFilter & { light?: Light } = {}): Promise<readonly CaseLights[]> {
    const rows = await this.openCases(filter);
    const order: Light[] = ['overdue', 'red', 'yellow', 'stopped', 'green', 'done'];
    return rows
      .map((r) => r.lights)
      .filter((l) => filter.light === undefined || l.light === filter.light)
      .sort((a, b) => order.indexOf(a.light) - order.indexOf(b.light) || a.daysLeft - b.daysLeft);
  }

  private async openCases(filter: BoardFilter): Promise<{ item: ApprovalItem; lights: CaseLights }[]> {
    const items = new Map((await this.store.listItems()).map((i) => [i.code, i]));
    const records = (await this.store.listCases(BOARD_SCAN_LIMIT)).filter((r) => r.state.status === 'running');
    // One instant for the whole board, and each item version's thresholds looked up once, not per case.
    const now = this.clock.now();
    const thresholds = new Map<string, Promise<StepThresholds>>();
    const rows: { item: ApprovalItem; lights: CaseLights }[] = [];
    for (const record of records) {
      const item = items.get(record.itemCode);
      if (!item) continue;
      if (filter.department !== undefined && item.department !== filter.department) continue;
      if (filter.level !== undefined && item.level !== filter.level) continue;
      if (filter.itemCode !== undefined && item.code !== filter.itemCode) continue;
      const key = `${record.itemCode}@${record.itemVersion}`;
      if (!thresholds.has(key)) thresholds.set(key, this.stepThresholds(record));
      rows.push({ item, lights: caseLights(record, now, this.calendar, await thresholds.get(key)) });
    }
    return rows;
  }

  private async stepThresholds(record: CaseRecord): Promise<StepThresholds> {
    const model = await this.catalog.model(await this.catalog.getItem(record.itemCode, record.itemVersion));
    return (elementId) => stepThresholds(model.elements[elementId]?.step);
  }
}

function emptyCounts(): LightCounts {
  return { green: 0, yellow: 0, red: 0, overdue: 0, stopped: 0, done: 0 };
}

function bump(map: Map<string, LightCounts>, key: string, light: Light): void {
  const counts = map.get(key) ?? emptyCounts();
  counts[light] += 1;
  map.set(key, counts);
}
