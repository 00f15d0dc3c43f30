import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import { validateBody } from '../../http/validateBody.js';
import type { SessionUser } from '../../services/authService.js';
import { SignalConflictError, type Store } from '../../store/port.js';
import { SIGNAL_SETTINGS_SCHEMA, withDefaults, type SignalSettings } from './signalSettings.js';

/** The settings as the API shows them: the document in force and its version (0: the defaults, never saved). */
export interface SignalSettingsView extends SignalSettings {
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

/**
 * The signal settings: center-wide rules with per-item overrides, read by every member of staff and
 * changed by administrators and supervisors only, validated as a whole (every field, every item code
 * known to the catalog) and saved against the version read, so two editors never overwrite each other.
 */
export class SignalSettingsService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** The settings in force. */
  async get(user: SessionUser): Promise<SignalSettingsView> {
    if (user.role === 'applicant') throw new ApiError(403, 'FORBIDDEN', '无权查看监察设置', { role: user.role });
    const stored = await this.store.getSignalSettings();
    return {
      ...withDefaults(stored?.settings),
      version: stored?.version ?? 0,
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: stored?.updatedBy ?? null,
    };
  }

  /** Replaces the settings; 400 for a bad document, 422 for unknown items, 409 when changed meanwhile. */
  async put(user: SessionUser, body: unknown): Promise<SignalSettingsView> {
    if (user.role !== 'administrator' && user.role !== 'supervisor') {
      throw new ApiError(403, 'FORBIDDEN', '只有管理员或监察人员可以修改监察设置', { role: user.role });
    }
    const request = validateBody<SignalSettings & { version?: number }>(SIGNAL_SETTINGS_SCHEMA, body);
    const known = new Set((await this.store.listItems()).map((item) => item.code));
    const unknown = Object.keys(request.items).filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new ApiError(422, 'ITEM_NOT_FOUND', `以下事项不存在，不能单独设置：${unknown.join('、')}`, {
        items: unknown,
      });
    }
    const current = (await this.store.getSignalSettings())?.version ?? 0;
    const expected = request.version ?? current;
    const settings: SignalSettings = { center: request.center, items: request.items };
    try {
      const saved = await this.store.saveSignalSettings(
        settings as unknown as Record<string, unknown>,
        expected,
        user.id,
        this.clock.now().toISOString(),
      );
      return {
        ...withDefaults(saved.settings),
        version: saved.version,
        updatedAt: saved.updatedAt,
        updatedBy: saved.updatedBy,
      };
    } catch (error) {
      if (error instanceof SignalConflictError) {
        throw new ApiError(409, 'SETTINGS_CONFLICT', '监察设置已被他人修改，请刷新后重试', { version: expected });
      }
      throw error;
    }
  }
}
