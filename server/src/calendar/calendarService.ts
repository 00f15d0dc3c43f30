import { CHINA_CALENDAR_SOURCE, type WorkingCalendar, type WorkingCalendarJSON } from '@govflow/engine';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/apiError.js';
import type { SessionUser } from '../services/authService.js';
import {
  CalendarConflictError,
  type CalendarOverridesData,
  type StoredCalendarOverrides,
} from '../store/calendarStore.js';
import type { Store } from '../store/port.js';
import { calendarProblems } from './calendarProblems.js';
import type { LiveCalendar } from './liveCalendar.js';

/** What `GET /api/calendar` answers: the national data, the stored overrides and the coverage ahead. */
export interface CalendarView {
  /** The national holiday data the overrides are laid over (the injected calendar). */
  readonly base: WorkingCalendarJSON & { readonly source: string };
  /** The stored overrides (empty lists and revision 0 before the first save). */
  readonly overrides: CalendarOverridesData;
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
  /** The years the calendar in use covers. */
  readonly coveredYears: readonly number[];
  /** Today in China time, `YYYY-MM-DD`. */
  readonly today: string;
  /** The first date of the coming three months without holiday data, or null (the coverage warning). */
  readonly coverageGap: string | null;
}

/** A save: the whole overrides document over the revision it replaces. */
export interface CalendarSaveRequest extends CalendarOverridesData {
  readonly revision: number;
}

const NONE: StoredCalendarOverrides = {
  holidays: [],
  workdays: [],
  coveredYears: [],
  revision: 0,
  updatedBy: '',
  updatedAt: '',
};

/**
 * The working calendar administrators keep (节假日与调休安排): stored overrides laid over the national
 * data, applied to the live calendar every service uses as soon as they are saved (no restart).
 *
 * What a change does to running cases: deadlines already computed (a case's promised and legal due
 * instants, each open step's due instant and the timers derived from them) stay as the engine computed
 * them; only computations made after the change use the new calendar — a step opened later, a clock
 * resumed later (the stop's working days and the shift), an extension, a delivery deadline, and the
 * read-time light and days-left of every case.
 */
export class CalendarService {
  #stored: StoredCalendarOverrides = NONE;
  readonly #loaded: Promise<void>;

  constructor(
    private readonly store: Store,
    private readonly live: LiveCalendar,
    private readonly base: WorkingCalendar,
    private readonly clock: Clock,
    onError: (error: unknown) => void = () => undefined,
  ) {
    this.#loaded = this.reload().catch(onError);
  }

  /** Resolves once the stored overrides (if any) are in use; the server awaits it before firing timers. */
  ready(): Promise<void> {
    return this.#loaded;
  }

  /** Reads the stored overrides again and puts them in use (another process may have saved them). */
  async reload(): Promise<void> {
    const stored = await this.store.getCalendarOverrides();
    if (!stored || stored.revision === this.#stored.revision) return;
    this.live.replace(this.base.withOverrides(stored));
    this.#stored = stored;
  }

  /** The calendar as the editor shows it. */
  async view(): Promise<CalendarView> {
    await this.ready();
    const today = chinaDate(this.clock.now());
    const { holidays, workdays, coveredYears, revision, updatedBy, updatedAt } = this.#stored;
    return {
      base: { ...this.base.toJSON(), source: CHINA_CALENDAR_SOURCE },
      overrides: { holidays, workdays, coveredYears },
      revision,
      updatedBy: revision === 0 ? null : updatedBy,
      updatedAt: revision === 0 ? null : updatedAt,
      coveredYears: this.live.coveredYears,
      today,
      coverageGap: this.live.coverageGap(today, 3) ?? null,
    };
  }

  /**
   * Validates (400 CALENDAR_INVALID with every problem), stores over the named revision (409
   * CALENDAR_CONFLICT when someone saved in between) and puts the new calendar in use at once.
   */
  async save(user: SessionUser, request: CalendarSaveRequest): Promise<CalendarView> {
    if (user.role !== 'administrator') throw new ApiError(403, 'FORBIDDEN', '只有管理员可以修改工作日历');
    await this.ready();
    const data: CalendarOverridesData = {
      holidays: [...request.holidays].sort(),
      workdays: [...request.workdays].sort(),
      coveredYears: [...request.coveredYears].sort((a, b) => a - b),
    };
    const problems = calendarProblems({
      holidays: request.holidays,
      workdays: request.workdays,
      coveredYears: request.coveredYears,
    });
    if (problems.length > 0) {
      throw new ApiError(400, 'CALENDAR_INVALID', `工作日历有 ${problems.length} 处问题，未保存`, { problems });
    }
    const next = this.base.withOverrides(data);
    let stored: StoredCalendarOverrides;
    try {
      stored = await this.store.saveCalendarOverrides(data, request.revision, user.id, this.clock.now().toISOString());
    } catch (error) {
      if (error instanceof CalendarConflictError) {
        throw new ApiError(409, error.code, error.message, { revision: request.revision });
      }
      throw error;
    }
    this.live.replace(next);
    this.#stored = stored;
    return this.view();
  }
}

/** `YYYY-MM-DD` of an instant in China time. */
function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
