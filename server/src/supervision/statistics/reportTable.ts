import { ORG_LEVEL_NAMES, type OrgLevel } from '../../organisation/organisation.js';
import type { ReportDimension } from './factDirectory.js';
import type { ReportMetrics } from './reportMetrics.js';
import type { DimensionFilter } from './reportFilter.js';
import type { StatisticsReport, TrendReport } from './statisticsService.js';

/** How a column's numbers are shown: counts, rates (as %), working days, scores, or text. */
export type ColumnKind = 'text' | 'count' | 'rate' | 'days' | 'score';

/** A cell: text, a number, or nothing (shown as —). */
export type Cell = string | number | null;

/** A report laid out as one table: what both the printable HTML and the xlsx export render. */
export interface ReportTable {
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly { readonly label: string; readonly kind: ColumnKind }[];
  readonly rows: readonly (readonly Cell[])[];
  /** The 合计 row, when the report has one. */
  readonly total?: readonly Cell[];
  readonly notes: readonly string[];
  readonly generatedAt: string;
}

/** Chinese names of the dimensions. */
export const DIMENSION_NAMES: Readonly<Record<ReportDimension, string>> = {
  department: '部门',
  item: '事项',
  window: '窗口',
  level: '层级',
  unit: '单位',
};

const PERIOD_TITLES = { day: '电子监察日统计', week: '电子监察周汇总', month: '电子监察月报' } as const;

const METRIC_COLUMNS: readonly { label: string; kind: ColumnKind; value: (m: ReportMetrics) => Cell }[] = [
  { label: '收件', kind: 'count', value: (m) => m.received },
  { label: '受理', kind: 'count', value: (m) => m.accepted },
  { label: '办结', kind: 'count', value: (m) => m.completed },
  { label: '按时办结', kind: 'count', value: (m) => m.onTime },
  { label: '提前办结', kind: 'count', value: (m) => m.early },
  { label: '超期办结', kind: 'count', value: (m) => m.overdue },
  { label: '按时办结率', kind: 'rate', value: (m) => m.onTimeRate },
  { label: '平均用时（工作日）', kind: 'days', value: (m) => m.averageUsedDays },
  { label: '平均承诺时限', kind: 'days', value: (m) => m.averagePromisedDays },
  { label: '在办', kind: 'count', value: (m) => m.pending },
  { label: '超期未办结', kind: 'count', value: (m) => m.pendingOverdue },
  { label: '预警', kind: 'count', value: (m) => m.signals?.warning ?? null },
  { label: '黄牌', kind: 'count', value: (m) => m.signals?.yellow ?? null },
  { label: '红牌', kind: 'count', value: (m) => m.signals?.red ?? null },
  { label: '投诉', kind: 'count', value: (m) => m.complaints },
  { label: '评价', kind: 'count', value: (m) => m.satisfaction?.total ?? null },
  { label: '满意率', kind: 'rate', value: (m) => m.satisfaction?.satisfiedRate ?? null },
];

/** A daily, weekly or monthly report as a table: one row per group, the 合计 row, and last period's counts (环比). */
export function reportTable(report: StatisticsReport, issuer: string): ReportTable {
  const name = DIMENSION_NAMES[report.by];
  return {
    title: `${issuer}${PERIOD_TITLES[report.period.kind]}`,
    subtitle: `${report.period.label}\u3000按${name}统计${filterText(report.filter)}${report.scope === 'own' ? '（本部门、本窗口）' : ''}`,
    columns: [
      { label: name, kind: 'text' },
      ...METRIC_COLUMNS.map(({ label, kind }) => ({ label, kind })),
      { label: '上期受理', kind: 'count' },
      { label: '上期办结', kind: 'count' },
    ],
    rows: report.rows.map((row) => [
      row.name,
      ...METRIC_COLUMNS.map((c) => c.value(row.metrics)),
      row.previous.accepted,
      row.previous.completed,
    ]),
    total: [
      '合计',
      ...METRIC_COLUMNS.map((c) => c.value(report.totals)),
      report.previousTotals.accepted,
      report.previousTotals.completed,
    ],
    notes: [
      `上期为${report.previousPeriod.label}。收件 = 受理 + 一次性告知 + 不予受理；按时办结含提前办结；提前办结指比承诺时限至少提前一个工作日办结。`,
      '用时以工作日计（受理次日起算，暂停计时期间不计）；“—”表示该项无法按此维度归属或无数据。',
    ],
    generatedAt: report.generatedAt,
  };
}

/** A trend (趋势分析) as a table: one row per period with its change against the one before. */
export function trendTable(trend: TrendReport, issuer: string): ReportTable {
  return {
    title: `${issuer}电子监察趋势分析`,
    subtitle: `${trend.points[0]?.period.label ?? ''}至${trend.points.at(-1)?.period.label ?? ''}${filterText(trend.filter)}`,
    columns: [
      { label: '期间', kind: 'text' },
      ...METRIC_COLUMNS.map(({ label, kind }) => ({ label, kind })),
      { label: '受理环比', kind: 'rate' },
      { label: '办结环比', kind: 'rate' },
    ],
    rows: trend.points.map((p) => [
      p.period.label,
      ...METRIC_COLUMNS.map((c) => c.value(p.metrics)),
      p.change.accepted,
      p.change.completed,
    ]),
    notes: ['环比为与上一期相比的增减幅度。'],
    generatedAt: trend.generatedAt,
  };
}

function filterText(filter: DimensionFilter): string {
  const parts = [
    filter.department && `部门：${filter.department}`,
    filter.itemCode && `事项：${filter.itemCode}`,
    filter.window && `窗口：${filter.window}`,
    filter.level && `层级：${ORG_LEVEL_NAMES[filter.level as OrgLevel] ?? filter.level}`,
    filter.unit && `单位：${filter.unit}`,
    filter.clerk && `受理人：${filter.clerk}`,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length ? `（${parts.join('，')}）` : '';
}
