import type { ReportTable } from '../statistics/reportTable.js';
import type { StepAnalysis } from './stepAnalysisService.js';

/** A step analysis as a table (环节用时分析): one row per step, the critical path and the compression in the notes. */
export function stepTable(analysis: StepAnalysis, issuer: string): ReportTable {
  const path = analysis.criticalPath;
  return {
    title: `${issuer}环节用时分析`,
    subtitle: `${analysis.itemName}（${analysis.itemCode}，第 ${analysis.version} 版）\u3000${analysis.from} 至 ${analysis.to}`,
    columns: [
      { label: '环节', kind: 'text' },
      { label: '时限（工作日）', kind: 'days' },
      { label: '关键路径', kind: 'text' },
      { label: '办理件数', kind: 'count' },
      { label: '中位用时', kind: 'days' },
      { label: '90%分位用时', kind: 'days' },
      { label: '平均用时', kind: 'days' },
      { label: '超时件数', kind: 'count' },
      { label: '超时率', kind: 'rate' },
      { label: '占关键路径用时', kind: 'rate' },
    ],
    rows: analysis.steps.map((s) => [
      s.name,
      s.limitDays,
      s.critical ? '是' : '',
      s.count,
      s.medianDays,
      s.p90Days,
      s.averageDays,
      s.overCount,
      s.overRate,
      path.steps.find((p) => p.elementId === s.elementId)?.share ?? null,
    ]),
    notes: [
      `承诺时限 ${analysis.promisedDays} 个工作日；关键路径时限合计 ${path.limitDays} 个工作日，实际中位用时合计 ${path.medianDays} 个工作日。`,
      ...analysis.compression.map(
        (c) =>
          `第 ${c.fromVersion} 版 → 第 ${c.toVersion} 版：环节 ${c.stepsBefore} → ${c.stepsAfter} 个，关键路径 ${c.criticalDaysBefore} → ${c.criticalDaysAfter} 个工作日（压缩 ${c.daysSaved} 日），承诺时限压缩 ${c.promisedDaysSaved} 日。`,
      ),
    ],
    generatedAt: analysis.generatedAt,
  };
}
