import { ApiError } from '../../http/apiError.js';

/** What a score rule counts, with its Chinese name. */
export const SCORE_METRICS = {
  warnings: '预警',
  yellowCards: '黄牌',
  redCards: '红牌',
  overdueCases: '超期办结',
  complaints: '投诉',
  substantiatedComplaints: '查实投诉',
  negativeEvaluations: '差评',
} as const;
/** A counted metric. */
export type ScoreMetric = keyof typeof SCORE_METRICS;

/** `points` (negative: a deduction) for every full `every` of the metric in the month. */
export interface ScoreRule {
  readonly metric: ScoreMetric;
  readonly every: number;
  readonly points: number;
}

/** `points` for every full `stepPercent` % of the month's completed cases that were early, at most `maxPoints`. */
export interface EarlyBonus {
  readonly stepPercent: number;
  readonly points: number;
  readonly maxPoints: number;
}

/**
 * A configurable monthly score formula (绩效评估, *local*): a base, rules per counted metric, an early-completion
 * bonus, a floor, and the threshold below which a department is warned, with the working days it has to rectify.
 */
export interface ScoreFormula {
  readonly base: number;
  readonly rules: readonly ScoreRule[];
  readonly earlyBonus: EarlyBonus | null;
  readonly min: number;
  readonly warnBelow: number;
  readonly rectifyDays: number;
}

/**
 * DOMAIN.md's 100-point scheme: 100 base; every three warnings −3 (三次预警); each yellow card −5; each red card
 * −10; +1 when early completions reach 10 % of the month's completed cases and +1 per further 10 %. Departments
 * under 90 are warned and have 10 working days to rectify.
 */
export const DEFAULT_SCORE_FORMULA: ScoreFormula = {
  base: 100,
  rules: [
    { metric: 'warnings', every: 3, points: -3 },
    { metric: 'yellowCards', every: 1, points: -5 },
    { metric: 'redCards', every: 1, points: -10 },
  ],
  earlyBonus: { stepPercent: 10, points: 1, maxPoints: 10 },
  min: 0,
  warnBelow: 90,
  rectifyDays: 10,
};

const integer = (minimum: number, maximum: number) => ({ type: 'integer', minimum, maximum }) as const;

/**
 * JSON Schema of the formula (`PUT /api/statistics/score-settings` adds the version read; `updatedAt` and
 * `updatedBy` of the settings as read may come back and are ignored).
 */
export const SCORE_FORMULA_SCHEMA = {
  type: 'object',
  required: ['base', 'rules', 'earlyBonus', 'min', 'warnBelow', 'rectifyDays'],
  additionalProperties: false,
  properties: {
    version: integer(0, 1_000_000),
    updatedAt: { type: ['string', 'null'], maxLength: 40 },
    updatedBy: { type: ['string', 'null'], maxLength: 100 },
    base: integer(0, 1000),
    rules: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['metric', 'every', 'points'],
        additionalProperties: false,
        properties: {
          metric: { enum: Object.keys(SCORE_METRICS) },
          every: integer(1, 1000),
          points: integer(-100, 100),
        },
      },
    },
    earlyBonus: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['stepPercent', 'points', 'maxPoints'],
          additionalProperties: false,
          properties: { stepPercent: integer(1, 100), points: integer(0, 100), maxPoints: integer(0, 1000) },
        },
      ],
    },
    min: integer(-1000, 1000),
    warnBelow: integer(-1000, 2000),
    rectifyDays: integer(1, 60),
  },
} as const;

/** Checks what the schema cannot: one rule per metric, and a floor not above the base (422 with every problem). */
export function checkFormula(formula: ScoreFormula): void {
  const problems: { path: string; message: string }[] = [];
  formula.rules.forEach((rule, i) => {
    if (formula.rules.findIndex((r) => r.metric === rule.metric) !== i) {
      problems.push({ path: `/rules/${i}/metric`, message: `「${SCORE_METRICS[rule.metric]}」已有一条规则` });
    }
  });
  if (formula.min > formula.base) problems.push({ path: '/min', message: '最低分不能高于基础分' });
  if (problems.length > 0) {
    throw new ApiError(422, 'SCORE_FORMULA_INVALID', `考核公式有 ${problems.length} 处问题`, { problems });
  }
}

/** The formula a stored document holds, with the defaults for anything it lacks. */
export function formulaOf(stored: Readonly<Record<string, unknown>> | undefined): ScoreFormula {
  return { ...DEFAULT_SCORE_FORMULA, ...(stored as Partial<ScoreFormula> | undefined) };
}
