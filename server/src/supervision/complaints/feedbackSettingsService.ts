import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import { validateBody } from '../../http/validateBody.js';
import type { SessionUser } from '../../services/authService.js';
import { FeedbackConflictError, type Store } from '../../store/port.js';
import { FEEDBACK_SETTINGS_SCHEMA, feedbackSettingsOf, type FeedbackSettings } from './feedbackSettings.js';

/** The settings as the API shows them, with their version (0: the defaults, never saved). */
export interface FeedbackSettingsView extends FeedbackSettings {
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

/**
 * The complaint and evaluation deadlines: read by staff, changed by administrators and supervisors only,
 * saved against the version read so two editors never overwrite each other. A change applies to what is
 * received from then on; running deadlines keep the limit they started with.
 */
export class FeedbackSettingsService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** The settings in force (for services: no permission check). */
  async current(): Promise<FeedbackSettings> {
    return feedbackSettingsOf((await this.store.getFeedbackSettings())?.settings);
  }

  /** The settings with their version. */
  async get(user: SessionUser): Promise<FeedbackSettingsView> {
    if (user.role === 'applicant') throw new ApiError(403, 'FORBIDDEN', '无权查看投诉与评价设置', { role: user.role });
    const stored = await this.store.getFeedbackSettings();
    return {
      ...feedbackSettingsOf(stored?.settings),
      version: stored?.version ?? 0,
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: stored?.updatedBy ?? null,
    };
  }

  /** Replaces the settings; 400 for a bad document, 409 when changed meanwhile. */
  async put(user: SessionUser, body: unknown): Promise<FeedbackSettingsView> {
    if (user.role !== 'administrator' && user.role !== 'supervisor') {
      throw new ApiError(403, 'FORBIDDEN', '只有管理员或监察人员可以修改投诉与评价设置', { role: user.role });
    }
    const request = validateBody<FeedbackSettings & { version?: number }>(FEEDBACK_SETTINGS_SCHEMA, body);
    const expected = request.version ?? (await this.store.getFeedbackSettings())?.version ?? 0;
    const settings: FeedbackSettings = { complaints: request.complaints, evaluations: request.evaluations };
    try {
      const saved = await this.store.saveFeedbackSettings(
        { ...settings },
        expected,
        user.id,
        this.clock.now().toISOString(),
      );
      return { ...settings, version: saved.version, updatedAt: saved.updatedAt, updatedBy: saved.updatedBy };
    } catch (error) {
      if (error instanceof FeedbackConflictError) {
        throw new ApiError(409, 'SETTINGS_CONFLICT', '投诉与评价设置已被他人修改，请刷新后重试', { version: expected });
      }
      throw error;
    }
  }
}
