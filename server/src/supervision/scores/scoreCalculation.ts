import { SCORE_METRICS, type ScoreFormula, type ScoreMetric } from './scoreFormula.js';

/** What a department's month is scored on. */
export interface ScoreInputs {
  /** Cases completed in the month, and of those early (the bonus's base). */
  readonly completed: number;
  readonly early: number;
  readonly counts: Readonly<Record<ScoreMetric, number>>;
}

/** One rule's effect: how many full `every` the count held, and the points they gave. */
export interface ScoreLine {
  readonly metric: ScoreMetric;
  readonly label: string;
  readonly count: number;
  readonly every: number;
  readonly pointsEach: number;
  readonly points: number;
}

/** A department's score with its working (扣分 and 加分 line by line). */
export interface ScoreBreakdown {
  readonly base: number;
  readonly lines: readonly ScoreLine[];
  readonly bonus: {
    readonly early: number;
    readonly completed: number;
    readonly steps: number;
    readonly points: number;
  };
  /** base + lines + bonus, not below the formula's floor. */
  readonly score: number;
  readonly belowThreshold: boolean;
}

/**
 * Scores one month: every rule gives `points × ⌊count / every⌋`; the early bonus gives `points` per full
 * `stepPercent` % of completed cases that were early (exact integer arithmetic: 3 early of 30 is 10 %), capped;
 * the total is floored at `min`. No completed case, no bonus.
 */
export function scoreOf(inputs: ScoreInputs, formula: ScoreFormula): ScoreBreakdown {
  const lines = formula.rules.map((rule) => {
    const count = inputs.counts[rule.metric];
    const times = Math.floor(count / rule.every);
    return {
      metric: rule.metric,
      label: SCORE_METRICS[rule.metric],
      count,
      every: rule.every,
      pointsEach: rule.points,
      points: times * rule.points,
    };
  });
  const bonusRule = formula.earlyBonus;
  const steps =
    bonusRule === null || inputs.completed === 0
      ? 0
      : Math.floor((inputs.early * 100) / (bonusRule.stepPercent * inputs.completed));
  const bonusPoints = bonusRule === null ? 0 : Math.min(steps * bonusRule.points, bonusRule.maxPoints);
  const raw = formula.base + lines.reduce((sum, line) => sum + line.points, 0) + bonusPoints;
  const score = Math.max(formula.min, raw);
  return {
    base: formula.base,
    lines,
    bonus: { early: inputs.early, completed: inputs.completed, steps, points: bonusPoints },
    score,
    belowThreshold: score < formula.warnBelow,
  };
}
