import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import { validateBody } from '../../http/validateBody.js';
import type { SessionUser } from '../../services/authService.js';
import { ScoreSettingsConflictError, type Store } from '../../store/port.js';
import { checkFormula, formulaOf, SCORE_FORMULA_SCHEMA, type ScoreFormula } from './scoreFormula.js';

/** The formula as the API shows it: in force, with its version (0: the default, never saved). */
export interface ScoreSettingsView extends ScoreFormula {
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

/**
 * The score formula's settings: read by staff, changed by supervisors and administrators only, validated as a
 * whole and saved against the version read, so two editors never overwrite each other.
 */
export class ScoreSettingsService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** The formula in force. */
  async get(user: SessionUser): Promise<ScoreSettingsView> {
    if (user.role === 'applicant') throw new ApiError(403, 'FORBIDDEN', '无权查看考核设置', { role: user.role });
    const stored = await this.store.getScoreSettings();
    return {
      ...formulaOf(stored?.settings),
      version: stored?.version ?? 0,
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: stored?.updatedBy ?? null,
    };
  }

  /** The formula alone (for computing scores). */
  async formula(): Promise<{ formula: ScoreFormula; version: number }> {
    const stored = await this.store.getScoreSettings();
    return { formula: formulaOf(stored?.settings), version: stored?.version ?? 0 };
  }

  /** Replaces the formula: 403 unless supervisor or administrator, 400 / 422 for a bad one, 409 when changed meanwhile. */
  async put(user: SessionUser, body: unknown): Promise<ScoreSettingsView> {
    if (user.role !== 'administrator' && user.role !== 'supervisor') {
      throw new ApiError(403, 'FORBIDDEN', '只有管理员或监察人员可以修改考核公式', { role: user.role });
    }
    const request = validateBody<ScoreSettingsView>(SCORE_FORMULA_SCHEMA, body);
    const formula: ScoreFormula = {
      base: request.base,
      rules: request.rules,
      earlyBonus: request.earlyBonus,
      min: request.min,
      warnBelow: request.warnBelow,
      rectifyDays: request.rectifyDays,
    };
    const version = request.version as number | undefined;
    checkFormula(formula);
    const expected = version ?? (await this.store.getScoreSettings())?.version ?? 0;
    try {
      const saved = await this.store.saveScoreSettings(
        formula as unknown as Record<string, unknown>,
        expected,
        user.id,
        this.clock.now().toISOString(),
      );
      return {
        ...formulaOf(saved.settings),
        version: saved.version,
        updatedAt: saved.updatedAt,
        updatedBy: saved.updatedBy,
      };
    } catch (error) {
      if (error instanceof ScoreSettingsConflictError) {
        throw new ApiError(409, 'SETTINGS_CONFLICT', '考核公式已被他人修改，请刷新后重试', { version: expected });
      }
      throw error;
    }
  }
}
