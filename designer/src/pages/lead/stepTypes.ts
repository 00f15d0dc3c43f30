/** One step's figures (`GET /api/statistics/steps`). */
export interface StepFigures {
  elementId: string;
  name: string;
  limitDays: number | null;
  critical: boolean;
  slackDays: number;
  count: number;
  medianDays: number | null;
  p90Days: number | null;
  averageDays: number | null;
  overCount: number;
  overRate: number | null;
}

/** The analysis of one item's steps over a period. */
export interface StepAnalysis {
  itemCode: string;
  itemName: string;
  version: number;
  from: string;
  to: string;
  promisedDays: number;
  steps: StepFigures[];
  criticalPath: {
    limitDays: number;
    medianDays: number;
    steps: { elementId: string; name: string; share: number | null }[];
  };
  compression: {
    fromVersion: number;
    toVersion: number;
    publishedAt: string;
    stepsBefore: number;
    stepsAfter: number;
    criticalDaysBefore: number;
    criticalDaysAfter: number;
    daysSaved: number;
    promisedDaysSaved: number;
  }[];
}

/** How hot a step runs: its median against its limit (cool under 60 %, warm up to the limit, hot beyond). */
export function heat(step: StepFigures): 'none' | 'cool' | 'warm' | 'hot' {
  if (step.medianDays === null || step.limitDays === null || step.limitDays === 0) return 'none';
  const ratio = (step.p90Days ?? step.medianDays) / step.limitDays;
  if (step.medianDays > step.limitDays) return 'hot';
  return ratio <= 0.6 ? 'cool' : ratio <= 1 ? 'warm' : 'hot';
}
