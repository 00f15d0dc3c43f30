import { EngineError } from '../errors.js';
import type { ElementDef, ProcessModel } from '../model/types.js';
import { chinaDayNumber, formatInstant, startOfChinaDay, toEpochMs } from '../time/instant.js';
import type { WorkingCalendar } from '../time/workingCalendar.js';
import type { CaseEvent, EventType } from './events.js';
import type { CaseState } from './state.js';

/** A token on its way to an element, not yet entered. */
export interface Arrival {
  readonly el: string;
  readonly scope: string;
  readonly via?: string;
}

/**
 * One pass of the interpreter over a working copy of the state: the model, the instant, the
 * calendar, the events emitted so far and the agenda of tokens still moving.
 */
export class Run {
  readonly events: CaseEvent[] = [];
  readonly agenda: Arrival[] = [];
  /** Set when deadlines moved (clock resumed or extended): every light instant is recomputed. */
  deadlinesMoved = false;
  /** Epoch milliseconds of `now`. */
  readonly nowMs: number;
  /** `now` in China time, as written into state and events. */
  readonly now: string;

  constructor(
    readonly model: ProcessModel,
    readonly state: CaseState,
    now: number | string | Date,
    readonly calendar: WorkingCalendar,
  ) {
    this.nowMs = readNow(now);
    this.now = formatInstant(this.nowMs);
  }

  /** The element with this id; a missing one means state and model do not belong together. */
  element(id: string): ElementDef {
    const element = this.model.elements[id];
    if (!element) {
      throw new EngineError('STATE_MODEL_MISMATCH', `案件状态引用了流程中不存在的元素 ${id}`, { elementId: id });
    }
    return element;
  }

  /** Appends an event with the next sequence number. */
  emit(type: EventType, data: Record<string, unknown>, by?: string): void {
    this.state.seq += 1;
    const event: CaseEvent = { seq: this.state.seq, type, at: this.now, caseId: this.state.caseId, data };
    this.events.push(by === undefined ? event : { ...event, by });
  }

  /** A new id, unique within the case and the same on every replay. */
  newId(prefix: string): string {
    this.state.ids += 1;
    return `${prefix}${this.state.ids}`;
  }

  /**
   * The deadline of a limit that starts counting at `from`: working days count from the next day
   * (the day itself is not counted) unless `countStartDay`; calendar days likewise.
   */
  deadline(from: number, days: number, unit: 'working' | 'calendar', countStartDay = false): number {
    const day = chinaDayNumber(from);
    const start = startOfChinaDay(countStartDay ? day : day + 1);
    return unit === 'working' ? this.calendar.addWorkingDays(start, days) : this.calendar.addCalendarDays(start, days);
  }
}

function readNow(now: number | string | Date): number {
  try {
    return toEpochMs(now);
  } catch {
    throw new EngineError('COMMAND_INVALID', `无法识别的操作时间：${String(now)}`, { field: 'now' });
  }
}
