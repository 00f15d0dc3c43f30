import {
  chinaDayNumber,
  formatInstant,
  startOfChinaDay,
  toEpochMs,
  type InstantLike,
  type WorkingCalendar,
} from '@govflow/engine';

/** The default forwarding limit of a lower level (村 → 镇 → 区): one working day after the day of arrival. */
export const DEFAULT_FORWARDING_LIMIT_DAYS = 1;

/** What a hop that leaves an application at a lower level records: who must forward it, by when. */
export interface ForwardBy {
  readonly unitId: string;
  readonly windowId: string | null;
  /** When the application (its materials) arrived there. */
  readonly arrivedAt: string;
  /** Working days allowed, counted from the day after arrival. */
  readonly limitDays: number;
  /** 24:00 of the last allowed working day, China time. */
  readonly dueBy: string;
}

/** A hop as the path keeps it (stored hops and the path copied into a case's intake record both fit). */
export interface PathHopLike {
  readonly seq: number;
  readonly action: string;
  readonly at: string;
  readonly by: string;
  readonly unitId: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

/** How long one lower-level unit held an application before passing it upward. */
export interface ForwardingDelay {
  /** The hop that left it there. */
  readonly arrivedSeq: number;
  readonly arrivedAt: string;
  readonly unitId: string;
  readonly windowId: string | null;
  readonly limitDays: number;
  readonly dueBy: string;
  /** When and by whom it was forwarded; null while still held. */
  readonly forwardedSeq: number | null;
  readonly forwardedAt: string | null;
  readonly forwardedBy: string | null;
  /** Working days held (until forwarded, else until `asOf`), in halves. */
  readonly workingDays: number;
  /** Forwarded after `dueBy`, or still held at `asOf` after it. */
  readonly late: boolean;
}

/** The forwarding deadline of an arrival: 24:00 of the `limitDays`-th working day after the day of arrival. */
export function forwardDueBy(arrivedAt: InstantLike, limitDays: number, calendar: WorkingCalendar): string {
  const firstDay = chinaDayNumber(toEpochMs(arrivedAt)) + 1;
  return formatInstant(calendar.addWorkingDays(startOfChinaDay(firstDay), limitDays));
}

/**
 * Every stay of an application at a lower level and whether it was forwarded in time, from its path
 * (pure: calendar and `asOf` are arguments). Supervision's "late forwarding by a lower level" (下级延迟报送)
 * reads it: from an application's hops while it travels, or from the path its case keeps.
 */
export function forwardingDelays(
  path: readonly PathHopLike[],
  calendar: WorkingCalendar,
  asOf?: InstantLike,
): ForwardingDelay[] {
  const delays: ForwardingDelay[] = [];
  for (const hop of path) {
    const forwardBy = forwardByOf(hop.data['forwardBy'], hop.at);
    if (!forwardBy) continue;
    const onward = path.find((h) => h.seq > hop.seq && h.action === 'forwarded' && h.unitId === forwardBy.unitId);
    const until = onward?.at ?? (asOf === undefined ? undefined : formatInstant(toEpochMs(asOf)));
    const held =
      until === undefined ? 0 : calendar.workingDaysBetween(toEpochMs(forwardBy.arrivedAt), toEpochMs(until));
    delays.push({
      arrivedSeq: hop.seq,
      arrivedAt: forwardBy.arrivedAt,
      unitId: forwardBy.unitId,
      windowId: forwardBy.windowId,
      limitDays: forwardBy.limitDays,
      dueBy: forwardBy.dueBy,
      forwardedSeq: onward?.seq ?? null,
      forwardedAt: onward?.at ?? null,
      forwardedBy: onward?.by ?? null,
      workingDays: Math.floor(Math.max(0, held) * 2) / 2,
      late: until !== undefined && toEpochMs(until) >= toEpochMs(forwardBy.dueBy),
    });
  }
  return delays;
}

/** The `forwardBy` of a hop's data, when well-formed (arrival defaults to the hop's own instant). */
function forwardByOf(value: unknown, at: string): ForwardBy | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v['unitId'] !== 'string' || typeof v['limitDays'] !== 'number' || typeof v['dueBy'] !== 'string') {
    return undefined;
  }
  return {
    unitId: v['unitId'],
    windowId: typeof v['windowId'] === 'string' ? v['windowId'] : null,
    arrivedAt: typeof v['arrivedAt'] === 'string' ? v['arrivedAt'] : at,
    limitDays: v['limitDays'],
    dueBy: v['dueBy'],
  };
}
