import { chinaDayNumber, formatChinaDate, type ProcessModel, type WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import { readerScopeKeys } from '../../organisation/caseAccess.js';
import type { SessionUser } from '../../services/authService.js';
import type { CatalogService } from '../../services/catalogService.js';
import type { Store } from '../../store/port.js';
import type { StatisticsService } from '../statistics/statisticsService.js';
import { compressionOf, type VersionCompression } from './compression.js';
import { rangeOf, stepFigures, type StepFigures } from './stepFigures.js';
import { round2 } from './stepStats.js';

export type { StepFigures } from './stepFigures.js';

/** Step analysis of one item (环节分析): the numbers behind "compress steps from 15 to 8". */
export interface StepAnalysis {
  readonly itemCode: string;
  readonly itemName: string;
  readonly version: number;
  readonly from: string;
  readonly to: string;
  readonly promisedDays: number;
  readonly steps: readonly StepFigures[];
  /** Where the critical path's days go: each critical step's limit and median, and its share of the path's median days. */
  readonly criticalPath: {
    readonly limitDays: number;
    readonly medianDays: number;
    readonly steps: readonly {
      elementId: string;
      name: string;
      limitDays: number | null;
      medianDays: number | null;
      share: number | null;
    }[];
  };
  /** The compression between consecutive published versions (and first → latest). */
  readonly compression: readonly VersionCompression[];
  readonly generatedAt: string;
}

/** Step analysis for leads: per step median and 90th percentile working days against the limit, overruns, the critical path. */
export class StepAnalysisService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly statistics: StatisticsService,
    private readonly clock: Clock,
    private readonly calendar: WorkingCalendar,
  ) {}

  /**
   * The analysis of an item's steps completed between `from` and `to` (dates, inclusive; by default the
   * 90 days up to today).
   */
  async analyse(
    user: SessionUser,
    itemCode: string,
    range: { from?: string; to?: string } = {},
  ): Promise<StepAnalysis> {
    const latest = await this.catalog.getItem(itemCode);
    await this.assertMayAnalyse(user, itemCode);
    const today = chinaDayNumber(this.clock.now());
    const to = range.to ?? formatChinaDate(today);
    const from = range.from ?? formatChinaDate(today - 89);
    const [fromMs, toMs] = rangeOf(from, to);
    const keys = readerScopeKeys(user);
    const rows = await this.store.listStepFacts(itemCode, fromMs, toMs, keys === 'all' ? {} : { scopeKeys: keys });
    const models = new Map<number, Promise<ProcessModel>>();
    const modelOf = (version: number) => {
      if (!models.has(version))
        models.set(
          version,
          this.catalog.getItem(itemCode, version).then((i) => this.catalog.model(i)),
        );
      return models.get(version) as Promise<ProcessModel>;
    };
    const model = await modelOf(latest.version);
    const steps = await stepFigures(model, rows, modelOf, this.calendar);
    const path = model.criticalPath.path
      .map((id) => steps.find((s) => s.elementId === id))
      .filter((s) => s !== undefined);
    const pathMedian = round2(path.reduce((sum, s) => sum + (s.medianDays ?? 0), 0));
    return {
      itemCode,
      itemName: latest.name,
      version: latest.version,
      from,
      to,
      promisedDays: latest.promisedDays,
      steps,
      criticalPath: {
        limitDays: model.criticalPath.totalDays,
        medianDays: pathMedian,
        steps: path.map((s) => ({
          elementId: s.elementId,
          name: s.name,
          limitDays: s.limitDays,
          medianDays: s.medianDays,
          share:
            s.medianDays === null || pathMedian === 0
              ? null
              : Math.round((s.medianDays / pathMedian) * 10_000) / 10_000,
        })),
      },
      compression: await compressionOf(this.catalog, itemCode),
      generatedAt: this.clock.now().toISOString(),
    };
  }

  /** Supervisors and administrators analyse any item; a lead only the items of their own department. */
  private async assertMayAnalyse(user: SessionUser, itemCode: string): Promise<void> {
    if (user.role === 'supervisor' || user.role === 'administrator') return;
    if (user.role !== 'lead' || user.departmentId === null) {
      throw new ApiError(403, 'FORBIDDEN', '环节分析仅供部门负责人、监察人员和管理员使用', { role: user.role });
    }
    const dir = await this.statistics.directory();
    if (dir.departmentOf(itemCode, user.unitId ?? '').key !== user.departmentId) {
      throw new ApiError(403, 'FORBIDDEN', '只能分析本部门的事项', { itemCode });
    }
  }
}
