/**
 * Statistics and performance (统计分析, 绩效评估): what other packages, tests and benchmarks use directly.
 *
 * @example
 * ```ts
 * import { DEFAULT_SCORE_FORMULA, scoreOf } from '@govflow/server';
 * scoreOf({ completed: 30, early: 7, counts: { ...zero, warnings: 7 } }, DEFAULT_SCORE_FORMULA).score;
 * ```
 */
export { scoreOf, type ScoreBreakdown, type ScoreInputs, type ScoreLine } from '../scores/scoreCalculation.js';
export { DEFAULT_SCORE_FORMULA, SCORE_METRICS, type ScoreFormula, type ScoreRule } from '../scores/scoreFormula.js';
export { median, percentile, stepUsedDays } from '../stepAnalysis/stepStats.js';
export { deriveCaseFacts, timelinessOf, EARLY_MARGIN_DAYS, type CaseFactRow } from '../../store/caseFactsRow.js';
export { periodOf, monthPeriod, type Period, type PeriodKind } from './periods.js';
export { FactDirectory, type DepartmentRef } from './factDirectory.js';
export { statisticsOf, type StatisticsModule } from './statisticsModule.js';
export type { StatisticsSources, SignalCount, ComplaintCount, EvaluationCount } from './statisticsSources.js';
