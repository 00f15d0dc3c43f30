import type { EvaluationLevel, IntakeCountRow, PeriodRow } from '../../store/port.js';
import type { ComplaintCount, EvaluationCount, SignalCount } from './statisticsSources.js';

/** The five levels of 好差评, best first. */
export const EVALUATION_LEVELS: readonly EvaluationLevel[] = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
];

/** Signals of a group: in total, by level and by kind. */
export interface SignalMetrics {
  readonly total: number;
  readonly warning: number;
  readonly yellow: number;
  readonly red: number;
  readonly byKind: Readonly<Record<string, number>>;
}

/** Satisfaction (好差评) of a group. */
export interface SatisfactionMetrics {
  readonly total: number;
  readonly byLevel: Readonly<Record<EvaluationLevel, number>>;
  readonly negative: number;
  /** (非常满意 + 满意 + 基本满意) / total, or null without evaluations. */
  readonly satisfiedRate: number | null;
}

/**
 * What a report counts for one group and period (DOMAIN.md "Statistics and scores"). Side counts are null
 * when their records cannot be told apart by the report's dimension (complaints carry no item or window).
 */
export interface ReportMetrics {
  /** Applications received (收件): accepted plus one-time notices plus refusals to accept. */
  readonly received: number;
  readonly accepted: number;
  readonly oneTimeNotices: number;
  readonly refusedAtIntake: number;
  /** Completed (办结, approved or refused), of which refused (不予许可). */
  readonly completed: number;
  readonly refused: number;
  /** On time includes early. */
  readonly onTime: number;
  readonly early: number;
  readonly overdue: number;
  readonly withdrawn: number;
  readonly onTimeRate: number | null;
  readonly earlyRate: number | null;
  /** Average working days used by the completed cases, and promised to them. */
  readonly averageUsedDays: number | null;
  readonly averagePromisedDays: number | null;
  /** Open at the end of the period (在办), and of those past their due instant (超期未办结). */
  readonly pending: number;
  readonly pendingOverdue: number;
  readonly signals: SignalMetrics | null;
  readonly complaints: number | null;
  readonly substantiatedComplaints: number | null;
  readonly satisfaction: SatisfactionMetrics | null;
}

/** Adds up one group's rows into its metrics. */
export class MetricsAccumulator {
  private readonly sums = {
    accepted: 0,
    oneTimeNotices: 0,
    refusedAtIntake: 0,
    completed: 0,
    refused: 0,
    onTime: 0,
    early: 0,
    overdue: 0,
    withdrawn: 0,
    usedDays: 0,
    promisedDays: 0,
    pending: 0,
    pendingOverdue: 0,
  };
  private signals: { warning: number; yellow: number; red: number; byKind: Record<string, number> } | null = null;
  private complaints: { count: number; substantiated: number } | null = null;
  private evaluations: Record<EvaluationLevel, number> | null = null;

  /** Marks the side counts the report can attribute to this group (they show 0, not null, when none came). */
  expectSides(sides: { signals: boolean; complaints: boolean; evaluations: boolean }): this {
    if (sides.signals) this.signals ??= { warning: 0, yellow: 0, red: 0, byKind: {} };
    if (sides.complaints) this.complaints ??= { count: 0, substantiated: 0 };
    if (sides.evaluations) this.evaluations ??= zeroLevels();
    return this;
  }

  addPeriod(row: PeriodRow): void {
    const s = this.sums;
    s.accepted += row.accepted;
    s.completed += row.completed;
    s.refused += row.refused;
    s.onTime += row.onTime;
    s.early += row.early;
    s.overdue += row.overdue;
    s.withdrawn += row.withdrawn;
    s.usedDays += row.usedDays;
    s.promisedDays += row.promisedDays;
    s.pending += row.pending;
    s.pendingOverdue += row.pendingOverdue;
  }

  addIntake(row: IntakeCountRow): void {
    if (row.kind === 'one-time-notice') this.sums.oneTimeNotices += row.count;
    if (row.kind === 'refusal') this.sums.refusedAtIntake += row.count;
  }

  addSignal(row: SignalCount): void {
    const s = (this.signals ??= { warning: 0, yellow: 0, red: 0, byKind: {} });
    s[row.level] += row.count;
    s.byKind[row.kind] = (s.byKind[row.kind] ?? 0) + row.count;
  }

  addComplaint(row: ComplaintCount): void {
    const c = (this.complaints ??= { count: 0, substantiated: 0 });
    c.count += row.count;
    c.substantiated += row.substantiated;
  }

  addEvaluation(row: EvaluationCount): void {
    const e = (this.evaluations ??= zeroLevels());
    e[row.level] += row.count;
  }

  /** The metrics of the rows added so far. */
  metrics(): ReportMetrics {
    const s = this.sums;
    const per = (n: number, d: number): number | null => (d === 0 ? null : round(n / d, 4));
    return {
      received: s.accepted + s.oneTimeNotices + s.refusedAtIntake,
      accepted: s.accepted,
      oneTimeNotices: s.oneTimeNotices,
      refusedAtIntake: s.refusedAtIntake,
      completed: s.completed,
      refused: s.refused,
      onTime: s.onTime,
      early: s.early,
      overdue: s.overdue,
      withdrawn: s.withdrawn,
      onTimeRate: per(s.onTime, s.completed),
      earlyRate: per(s.early, s.completed),
      averageUsedDays: s.completed === 0 ? null : round(s.usedDays / s.completed, 2),
      averagePromisedDays: s.completed === 0 ? null : round(s.promisedDays / s.completed, 2),
      pending: s.pending,
      pendingOverdue: s.pendingOverdue,
      signals: this.signals && {
        total: this.signals.warning + this.signals.yellow + this.signals.red,
        warning: this.signals.warning,
        yellow: this.signals.yellow,
        red: this.signals.red,
        byKind: { ...this.signals.byKind },
      },
      complaints: this.complaints?.count ?? null,
      substantiatedComplaints: this.complaints?.substantiated ?? null,
      satisfaction: this.evaluations && satisfaction(this.evaluations),
    };
  }
}

function satisfaction(levels: Record<EvaluationLevel, number>): SatisfactionMetrics {
  const total = EVALUATION_LEVELS.reduce((sum, l) => sum + levels[l], 0);
  const negative = levels['dissatisfied'] + levels['very-dissatisfied'];
  return {
    total,
    byLevel: { ...levels },
    negative,
    satisfiedRate: total === 0 ? null : round((total - negative) / total, 4),
  };
}

function zeroLevels(): Record<EvaluationLevel, number> {
  return Object.fromEntries(EVALUATION_LEVELS.map((l) => [l, 0])) as Record<EvaluationLevel, number>;
}

/** Rounds to `digits` decimals (reports show rates to 0.01 % and days to 0.01). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
