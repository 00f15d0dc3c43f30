import { chinaDayNumber, formatInstant, startOfChinaDay, type WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import type { OrganisationService } from '../../organisation/organisationService.js';
import type { SessionUser } from '../../services/authService.js';
import type { Store } from '../../store/port.js';
import { monthPeriod, periodsEndingWith, type Period } from '../statistics/periods.js';
import { computePeriod } from '../statistics/statisticsCompute.js';
import { refOf, type PeriodRef, type StatisticsService } from '../statistics/statisticsService.js';
import type { StatisticsSources } from '../statistics/statisticsSources.js';
import { scoreOf, type ScoreBreakdown, type ScoreInputs } from './scoreCalculation.js';
import type { ScoreFormula } from './scoreFormula.js';
import { scoreWarnings } from './scoreNotices.js';
import type { ScoreSettingsService } from './scoreSettingsService.js';
import { scoredDepartments } from './scoredDepartments.js';

/** A department's score for a month, with its place among all departments (ties share a place). */
export interface DepartmentScore extends ScoreBreakdown {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly unitId: string;
  readonly rank: number;
  readonly inputs: ScoreInputs;
}

/** A month's department scores (绩效评估), computed now, and whether (and when) the month was published. */
export interface MonthScores {
  readonly month: PeriodRef;
  readonly formula: ScoreFormula;
  readonly formulaVersion: number;
  readonly generatedAt: string;
  readonly departments: readonly DepartmentScore[];
  readonly published: {
    readonly publishedAt: string;
    readonly publishedBy: string;
    readonly warned: readonly string[];
  } | null;
}

/** What the score service works with. */
export interface ScoreServiceDeps {
  readonly store: Store;
  readonly organisation: OrganisationService;
  readonly clock: Clock;
  readonly calendar: WorkingCalendar;
  readonly settings: ScoreSettingsService;
  readonly statistics: StatisticsService;
  readonly sources: StatisticsSources;
}

/**
 * Department scores by the configurable formula: computed from the month's statistics (completed and early
 * cases, signals by level, complaints, negative evaluations); a supervisor publishes a finished month, which
 * stores it and warns every department below the threshold — the department, the supervisors, its leads.
 */
export class ScoreService {
  constructor(private readonly deps: ScoreServiceDeps) {}

  /** The month's scores: all for supervisors and administrators, their own department's for leads and clerks. */
  async month(user: SessionUser, month: string): Promise<MonthScores> {
    const own = ownDepartment(user);
    const scores = await this.compute(monthPeriod(month));
    const run = await this.deps.store.getScoreRun(month);
    return {
      ...scores,
      departments: own === 'all' ? scores.departments : scores.departments.filter((d) => d.departmentId === own),
      published: run
        ? { publishedAt: run.publishedAt, publishedBy: run.publishedBy, warned: warnedOf(run.data) }
        : null,
    };
  }

  /** Publishes a finished month: stores its scores and queues the warnings (never twice for a department). */
  async publish(user: SessionUser, month: string): Promise<MonthScores> {
    if (user.role !== 'supervisor' && user.role !== 'administrator') {
      throw new ApiError(403, 'FORBIDDEN', '只有监察人员或管理员可以发布绩效考核结果', { role: user.role });
    }
    const period = monthPeriod(month);
    const now = this.deps.clock.now();
    if (period.toMs > now.getTime()) {
      throw new ApiError(422, 'MONTH_NOT_ENDED', `${period.label}尚未结束，不能发布考核结果`, { month });
    }
    const scores = await this.compute(period);
    const at = formatInstant(now);
    const rectifyBy = formatInstant(
      this.deps.calendar.addWorkingDays(startOfChinaDay(chinaDayNumber(now) + 1), scores.formula.rectifyDays),
    );
    const supervisorIds = (await this.deps.store.listUsers()).filter((u) => u.role === 'supervisor').map((u) => u.id);
    const poor = scores.departments.filter((d) => d.belowThreshold);
    const warnings = [];
    for (const d of poor) {
      const leadIds = (await this.deps.organisation.leadsOf(d.departmentId)).map((u) => u.id);
      const recipients = { departmentId: d.departmentId, supervisorIds, leadIds };
      warnings.push(...scoreWarnings(period, d, scores.formula.warnBelow, rectifyBy, recipients, at));
    }
    const warned = poor.map((d) => d.departmentId);
    const data = { ...scores, warned, rectifyBy } as unknown as Record<string, unknown>;
    await this.deps.store.saveScoreRun({ month, publishedAt: at, publishedBy: user.id, data }, warnings);
    return { ...scores, published: { publishedAt: at, publishedBy: user.id, warned } };
  }

  /** One department's score month by month (同一单位的得分变化), the `count` months ending with `month`. */
  async trend(user: SessionUser, departmentId: string, month: string, count: number) {
    const own = ownDepartment(user);
    if (own !== 'all' && own !== departmentId) throw new ApiError(404, 'NOT_FOUND', `部门不存在：${departmentId}`);
    const periods = periodsEndingWith(monthPeriod(month), count);
    const months = await Promise.all(periods.map((p) => this.compute(p)));
    const points = months.map((m) => {
      const found = m.departments.find((d) => d.departmentId === departmentId);
      return { month: m.month, score: found?.score ?? null, rank: found?.rank ?? null };
    });
    if (points.every((p) => p.score === null)) throw new ApiError(404, 'NOT_FOUND', `部门不存在：${departmentId}`);
    return { departmentId, points };
  }

  private async compute(period: Period): Promise<Omit<MonthScores, 'published'>> {
    const { formula, version } = await this.deps.settings.formula();
    const dir = await this.deps.statistics.directory();
    const computed = await computePeriod(this.deps, dir, 'all', period, 'department', {});
    const metrics = new Map(computed.groups.map((g) => [g.key, g.metrics]));
    const scored = scoredDepartments(dir, computed.groups).map((department) => {
      const m = metrics.get(department.id);
      const inputs: ScoreInputs = {
        completed: m?.completed ?? 0,
        early: m?.early ?? 0,
        counts: {
          warnings: m?.signals?.warning ?? 0,
          yellowCards: m?.signals?.yellow ?? 0,
          redCards: m?.signals?.red ?? 0,
          overdueCases: m?.overdue ?? 0,
          complaints: m?.complaints ?? 0,
          substantiatedComplaints: m?.substantiatedComplaints ?? 0,
          negativeEvaluations: m?.satisfaction?.negative ?? 0,
        },
      };
      return { department, inputs, breakdown: scoreOf(inputs, formula) };
    });
    scored.sort((a, b) => b.breakdown.score - a.breakdown.score || a.department.id.localeCompare(b.department.id));
    const departments = scored.map((s) => ({
      ...s.breakdown,
      departmentId: s.department.id,
      departmentName: s.department.name,
      unitId: s.department.unitId,
      rank: 1 + scored.findIndex((t) => t.breakdown.score === s.breakdown.score),
      inputs: s.inputs,
    }));
    return {
      month: refOf(period),
      formula,
      formulaVersion: version,
      generatedAt: this.deps.clock.now().toISOString(),
      departments,
    };
  }
}

/** `all`, or the one department a lead or clerk may see (403 for anyone else). */
function ownDepartment(user: SessionUser): string {
  if (user.role === 'supervisor' || user.role === 'administrator') return 'all';
  if ((user.role === 'lead' || user.role === 'clerk') && user.departmentId !== null) return user.departmentId;
  throw new ApiError(403, 'FORBIDDEN', '无权查看绩效考核结果', { role: user.role });
}

function warnedOf(data: Readonly<Record<string, unknown>>): string[] {
  const warned = data['warned'];
  return Array.isArray(warned) ? warned.filter((w): w is string => typeof w === 'string') : [];
}
