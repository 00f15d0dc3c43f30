import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import { readerScopeKeys } from '../../organisation/caseAccess.js';
import type { OrganisationService } from '../../organisation/organisationService.js';
import type { SessionUser } from '../../services/authService.js';
import type { Store } from '../../store/port.js';
import { FactDirectory, type ReportDimension } from './factDirectory.js';
import { periodOf, periodsEndingWith, previousPeriod, type Period, type PeriodKind } from './periods.js';
import { MetricsAccumulator, round, type ReportMetrics } from './reportMetrics.js';
import type { DimensionFilter } from './reportFilter.js';
import { computePeriod, type ComputedGroup } from './statisticsCompute.js';
import { storeSources, type StatisticsSources } from './statisticsSources.js';

/** A period as reports name it. */
export type PeriodRef = Pick<Period, 'kind' | 'key' | 'label' | 'firstDate' | 'lastDate'>;

/** One group of a report, with the same group's metrics in the period before (for 环比). */
export interface ReportRow extends ComputedGroup {
  readonly previous: ReportMetrics;
}

/** A daily count, weekly summary or monthly report (seed 001), by department, item, window, level or unit. */
export interface StatisticsReport {
  readonly period: PeriodRef;
  readonly previousPeriod: PeriodRef;
  readonly by: ReportDimension;
  readonly filter: DimensionFilter;
  /** `all` for supervisors and administrators, else the reader's department or window only. */
  readonly scope: 'all' | 'own';
  readonly generatedAt: string;
  readonly totals: ReportMetrics;
  readonly previousTotals: ReportMetrics;
  readonly rows: readonly ReportRow[];
}

/** Totals period by period (趋势), each with its change against the one before. */
export interface TrendReport {
  readonly filter: DimensionFilter;
  readonly scope: 'all' | 'own';
  readonly generatedAt: string;
  readonly points: readonly {
    readonly period: PeriodRef;
    readonly metrics: ReportMetrics;
    /** Relative change of accepted and completed cases, and the change of the on-time rate (null without a base). */
    readonly change: { accepted: number | null; completed: number | null; onTimeRate: number | null };
  }[];
}

/** What a report asks for. */
export interface ReportRequest {
  readonly period: PeriodKind;
  readonly at: string;
  readonly by: ReportDimension;
  readonly filter: DimensionFilter;
}

/** Statistics (统计分析) over the case facts: reports, trends and unit-versus-unit comparison, in the reader's scope. */
export class StatisticsService {
  private readonly sources: StatisticsSources;

  constructor(
    private readonly store: Store,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
    sources?: StatisticsSources,
  ) {
    this.sources = sources ?? storeSources(store);
  }

  /** The report of one period, grouped, with the period before for comparison. */
  async report(reader: SessionUser, request: ReportRequest): Promise<StatisticsReport> {
    const keys = scopeOf(reader);
    const dir = await this.directory();
    const period = periodOf(request.period, request.at);
    const before = previousPeriod(period);
    const deps = { store: this.store, sources: this.sources };
    const [now, then] = await Promise.all([
      computePeriod(deps, dir, keys, period, request.by, request.filter),
      computePeriod(deps, dir, keys, before, request.by, request.filter),
    ]);
    const previous = new Map(then.groups.map((g) => [g.key, g.metrics]));
    const empty = new MetricsAccumulator().expectSides(now.sides).metrics();
    const rows: ReportRow[] = now.groups.map((g) => ({ ...g, previous: previous.get(g.key) ?? empty }));
    for (const g of then.groups) {
      if (!now.groups.some((n) => n.key === g.key))
        rows.push({ key: g.key, name: g.name, metrics: empty, previous: g.metrics });
    }
    return {
      period: refOf(period),
      previousPeriod: refOf(before),
      by: request.by,
      filter: request.filter,
      scope: keys === 'all' ? 'all' : 'own',
      generatedAt: this.clock.now().toISOString(),
      totals: now.totals,
      previousTotals: then.totals,
      rows: rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    };
  }

  /** The totals of the `count` periods ending with the one `at` names (at most 24). */
  async trend(
    reader: SessionUser,
    request: { period: PeriodKind; at: string; count: number; filter: DimensionFilter },
  ): Promise<TrendReport> {
    const keys = scopeOf(reader);
    const dir = await this.directory();
    const periods = periodsEndingWith(periodOf(request.period, request.at), request.count);
    const deps = { store: this.store, sources: this.sources };
    const computed = await Promise.all(periods.map((p) => computePeriod(deps, dir, keys, p, null, request.filter)));
    return {
      filter: request.filter,
      scope: keys === 'all' ? 'all' : 'own',
      generatedAt: this.clock.now().toISOString(),
      points: periods.map((period, i) => {
        const metrics = computed[i]?.totals as ReportMetrics;
        const base = i === 0 ? undefined : computed[i - 1]?.totals;
        return { period: refOf(period), metrics, change: changeOf(metrics, base) };
      }),
    };
  }

  /** The names and resolutions reports use (organisation, latest items, users). */
  async directory(): Promise<FactDirectory> {
    const [org, items, users] = await Promise.all([
      this.organisation.get(),
      this.store.listItems(),
      this.store.listUsers(),
    ]);
    return new FactDirectory(org, items, new Map(users.map((u) => [u.id, u])));
  }
}

/** The reader's scope keys; applicants read no statistics (403). */
export function scopeOf(reader: SessionUser): readonly string[] | 'all' {
  if (reader.role === 'applicant') throw new ApiError(403, 'FORBIDDEN', '无权查看统计数据', { role: reader.role });
  return readerScopeKeys(reader);
}

/** A period as reports name it. */
export function refOf(period: Period): PeriodRef {
  return {
    kind: period.kind,
    key: period.key,
    label: period.label,
    firstDate: period.firstDate,
    lastDate: period.lastDate,
  };
}

function changeOf(
  now: ReportMetrics,
  base: ReportMetrics | undefined,
): { accepted: number | null; completed: number | null; onTimeRate: number | null } {
  const relative = (a: number, b: number | undefined) => (b === undefined || b === 0 ? null : round((a - b) / b, 4));
  return {
    accepted: relative(now.accepted, base?.accepted),
    completed: relative(now.completed, base?.completed),
    onTimeRate:
      now.onTimeRate === null || base?.onTimeRate === null || base === undefined
        ? null
        : round(now.onTimeRate - base.onTimeRate, 4),
  };
}
