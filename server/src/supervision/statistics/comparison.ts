import type { ReportMetrics } from './reportMetrics.js';
import type { ReportTable } from './reportTable.js';
import type { ReportRow, StatisticsReport } from './statisticsService.js';

/** The measures units are ranked by: higher on-time and satisfied rates, fewer days used and fewer signals rank first. */
export const RANKED_MEASURES = {
  onTimeRate: { name: '按时办结率', value: (m: ReportMetrics) => m.onTimeRate, higherIsBetter: true },
  averageUsedDays: { name: '平均用时', value: (m: ReportMetrics) => m.averageUsedDays, higherIsBetter: false },
  satisfiedRate: {
    name: '满意率',
    value: (m: ReportMetrics) => m.satisfaction?.satisfiedRate ?? null,
    higherIsBetter: true,
  },
  signals: { name: '预警纠错', value: (m: ReportMetrics) => m.signals?.total ?? null, higherIsBetter: false },
} as const;
/** A ranked measure. */
export type RankedMeasure = keyof typeof RANKED_MEASURES;

/** A unit's row with its place on each measure (null: no value to rank; ties share a place). */
export interface ComparisonRow extends ReportRow {
  readonly ranks: Readonly<Record<RankedMeasure, number | null>>;
}

/** Unit-versus-unit comparison (seed 003: 不同单位之间的对比分析): a report's rows ranked on each measure. */
export interface Comparison extends Omit<StatisticsReport, 'rows'> {
  readonly rows: readonly ComparisonRow[];
}

/** Ranks a report's rows on every measure, best first by on-time rate. */
export function compareRows(report: StatisticsReport): Comparison {
  const rankOf = (measure: RankedMeasure, row: ReportRow): number | null => {
    const { value, higherIsBetter } = RANKED_MEASURES[measure];
    const mine = value(row.metrics);
    if (mine === null) return null;
    const better = report.rows.filter((other) => {
      const theirs = value(other.metrics);
      return theirs !== null && (higherIsBetter ? theirs > mine : theirs < mine);
    });
    return better.length + 1;
  };
  const rows = report.rows.map((row) => ({
    ...row,
    ranks: Object.fromEntries(
      (Object.keys(RANKED_MEASURES) as RankedMeasure[]).map((m) => [m, rankOf(m, row)]),
    ) as Record<RankedMeasure, number | null>,
  }));
  rows.sort(
    (a, b) => (a.ranks.onTimeRate ?? Infinity) - (b.ranks.onTimeRate ?? Infinity) || a.key.localeCompare(b.key),
  );
  return { ...report, rows };
}

/** The comparison as a table: the report's columns (`base`, laid out from the comparison's own rows) plus the places. */
export function comparisonTable(comparison: Comparison, base: ReportTable): ReportTable {
  const measures = Object.keys(RANKED_MEASURES) as RankedMeasure[];
  return {
    ...base,
    title: base.title.replace(/(日统计|周汇总|月报)$/, '单位对比分析'),
    columns: [
      ...base.columns,
      ...measures.map((m) => ({ label: `${RANKED_MEASURES[m].name}排名`, kind: 'count' as const })),
    ],
    rows: base.rows.map((cells, i) => [...cells, ...measures.map((m) => comparison.rows[i]?.ranks[m] ?? null)]),
  };
}
