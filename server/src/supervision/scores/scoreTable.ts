import type { ReportTable } from '../statistics/reportTable.js';
import type { MonthScores } from './scoreService.js';

/** A month's scores as a table (绩效考核通报): place, department, score, the working of each deduction and the bonus. */
export function scoreTable(scores: MonthScores, issuer: string): ReportTable {
  const rules = scores.formula.rules;
  return {
    title: `${issuer}绩效考核通报`,
    subtitle: `${scores.month.label}\u3000基础分 ${scores.formula.base} 分，低于 ${scores.formula.warnBelow} 分予以警示${
      scores.published ? '（已发布）' : '（未发布，试算）'
    }`,
    columns: [
      { label: '排名', kind: 'count' },
      { label: '部门', kind: 'text' },
      { label: '得分', kind: 'score' },
      ...rules.map((r) => ({ label: `${labelOf(r.metric, scores)}（次）`, kind: 'count' as const })),
      ...rules.map((r) => ({ label: `${labelOf(r.metric, scores)}扣分`, kind: 'score' as const })),
      { label: '办结', kind: 'count' },
      { label: '提前办结', kind: 'count' },
      { label: '提前办结加分', kind: 'score' },
      { label: '警示', kind: 'text' },
    ],
    rows: scores.departments.map((d) => [
      d.rank,
      d.departmentName,
      d.score,
      ...d.lines.map((l) => l.count),
      ...d.lines.map((l) => l.points),
      d.bonus.completed,
      d.bonus.early,
      d.bonus.points,
      d.belowThreshold ? '是' : '',
    ]),
    notes: [
      `计分规则：${rules.map((r) => `${labelOf(r.metric, scores)}每 ${r.every} 次 ${r.points > 0 ? '+' : ''}${r.points} 分`).join('；')}${
        scores.formula.earlyBonus
          ? `；提前办结件数每达到当月办结件数的 ${scores.formula.earlyBonus.stepPercent}% 加 ${scores.formula.earlyBonus.points} 分（最多 ${scores.formula.earlyBonus.maxPoints} 分）`
          : ''
      }；最低 ${scores.formula.min} 分。`,
    ],
    generatedAt: scores.generatedAt,
  };
}

function labelOf(metric: string, scores: MonthScores): string {
  return scores.departments[0]?.lines.find((l) => l.metric === metric)?.label ?? metric;
}
