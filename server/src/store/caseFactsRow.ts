import type { CaseEvent, CaseState, CaseStatus } from '@govflow/engine';
import type { CaseRecord } from './port.js';
import type { StepFactRow, Timeliness } from './statisticsStore.js';

/** A case finished this many working days (or more) before its promised limit ran out counts as early (提前办结). */
export const EARLY_MARGIN_DAYS = 1;

/** What the case row says about a case besides its state. */
export interface CaseFactSource {
  readonly caseId: string;
  readonly itemCode: string;
  readonly itemVersion: number;
  readonly unitId: string;
  readonly windowId: string | null;
  /** Who accepted it (the clerk the board filters by). */
  readonly clerkId: string;
}

/** The fact source of a case record (as a store has it in hand when it creates the case). */
export function factSourceOfRecord(
  record: Pick<CaseRecord, 'id' | 'itemCode' | 'itemVersion' | 'unitId' | 'windowId' | 'createdBy'>,
): CaseFactSource {
  const { id: caseId, itemCode, itemVersion, unitId, windowId, createdBy: clerkId } = record;
  return { caseId, itemCode, itemVersion, unitId, windowId, clerkId };
}

/**
 * One row per case for statistics and the board: the dimensions, the instants at which its light turns
 * yellow, red and overdue (known in advance from the engine's timers, so a light is counted by comparing
 * instants with now), and how it ended.
 */
export interface CaseFactRow extends CaseFactSource {
  readonly status: CaseStatus;
  readonly open: boolean;
  readonly clock: 'running' | 'stopped' | 'finished';
  readonly acceptedMs: number;
  /** Promised working (or calendar) days, with an extension added. */
  readonly promisedDays: number;
  readonly dueMs: number;
  /** 0 once the instant has passed and its timer fired. */
  readonly yellowMs: number;
  readonly redMs: number;
  readonly endedMs: number | null;
  readonly usedDays: number;
  readonly timeliness: Timeliness | null;
  readonly outcome: string | null;
}

/** The facts row of a case after a commit, from its state alone (no calendar needed: the timers hold the instants). */
export function deriveCaseFacts(source: CaseFactSource, state: CaseState): CaseFactRow {
  const { clock } = state;
  const dueMs = Date.parse(clock.promisedDueAt);
  const promisedDays = clock.promisedDays + (clock.extension?.days ?? 0);
  const endedMs = state.endedAt === undefined ? null : Date.parse(state.endedAt);
  return {
    ...source,
    status: state.status,
    open: state.status === 'running',
    clock: clock.status,
    acceptedMs: Date.parse(clock.acceptedAt),
    promisedDays,
    dueMs,
    yellowMs: lightInstant(state, 'yellow', dueMs),
    redMs: lightInstant(state, 'red', dueMs),
    endedMs,
    usedDays: clock.usedDays,
    timeliness: timelinessOf(state.status, endedMs, dueMs, clock.usedDays, promisedDays),
    outcome: state.outcome ?? null,
  };
}

/**
 * How a finished case kept its limit: overdue when it ended at or after its due instant, early when it used
 * at least `EARLY_MARGIN_DAYS` fewer days than promised; null while open and for a withdrawn case.
 */
export function timelinessOf(
  status: CaseStatus,
  endedMs: number | null,
  dueMs: number,
  usedDays: number,
  promisedDays: number,
): Timeliness | null {
  if (endedMs === null || (status !== 'completed' && status !== 'terminated')) return null;
  if (endedMs >= dueMs) return 'overdue';
  return usedDays <= promisedDays - EARLY_MARGIN_DAYS ? 'early' : 'on-time';
}

/** The steps a commit's events completed (`task.completed`), as step facts. */
export function completedSteps(source: CaseFactSource, events: readonly CaseEvent[]): StepFactRow[] {
  const rows: StepFactRow[] = [];
  for (const event of events) {
    if (event.type !== 'task.completed') continue;
    const { taskId, elementId, startedAt, dueAt } = event.data as Record<string, unknown>;
    if (typeof taskId !== 'string' || typeof elementId !== 'string' || typeof startedAt !== 'string') continue;
    rows.push({
      caseId: source.caseId,
      taskId,
      itemCode: source.itemCode,
      itemVersion: source.itemVersion,
      elementId,
      startedMs: Date.parse(startedAt),
      completedMs: Date.parse(event.at),
      dueMs: typeof dueAt === 'string' ? Date.parse(dueAt) : null,
    });
  }
  return rows;
}

/** A case light's instant: its pending timer, else (already signalled) 0, else the due instant itself. */
function lightInstant(state: CaseState, level: 'yellow' | 'red', dueMs: number): number {
  const timer = state.timers.find((t) => t.id === `case:${level}`);
  if (timer) return Date.parse(timer.dueAt);
  return state.clock.fired.includes(level) ? 0 : dueMs;
}
