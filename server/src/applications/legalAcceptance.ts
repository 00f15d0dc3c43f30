import { applyCommand, startCase, type EngineResult, type ProcessModel, type StartOptions } from '@govflow/engine';
import type { StoredApplicationHop } from '../store/applicationStore.js';

/** A time the applicant spent correcting after the case already counted as accepted: the clock stood still (补正). */
export interface SupplementStop {
  /** When the one-time notice was given, and by whom. */
  readonly from: string;
  readonly by: string;
  /** When the corrected materials arrived, and who recorded them. */
  readonly to: string;
  readonly resumedBy: string;
  readonly reason: string;
}

/** When an application counts as accepted in law, and the supplement stops since. */
export interface LegalAcceptance {
  /** True when a one-time notice came after the Art. 32 limit (逾期不告知的，自收到申请材料之日起即为受理). */
  readonly deemed: boolean;
  /** The legal acceptance instant when deemed (the arrival of the materials); absent: at acceptance. */
  readonly acceptedAt?: string;
  /** The late notice that made it so. */
  readonly notice?: { readonly id: string; readonly number: string; readonly givenAt: string; readonly dueBy: string };
  readonly stops: readonly SupplementStop[];
}

/**
 * Reads Art. 32 off an application's path: when its first one-time notice (a `returned` hop) was late, the
 * application counts as accepted from the arrival of its materials, and every correction since is a
 * supplement stop from the notice to the corrected materials. Otherwise acceptance is the act itself.
 */
export function legalAcceptance(receivedAt: string, hops: readonly StoredApplicationHop[]): LegalAcceptance {
  const returns = hops.filter((h) => h.action === 'returned');
  const first = returns[0];
  const deemed = noticeOf(first?.data['notice']);
  if (!first || !deemed?.late) return { deemed: false, stops: [] };
  const stops: SupplementStop[] = [];
  for (const returned of returns) {
    const corrected = hops.find((h) => h.seq > returned.seq && h.action === 'corrected');
    if (!corrected) continue;
    const number = noticeOf(returned.data['notice'])?.number;
    stops.push({
      from: returned.at,
      by: returned.by,
      to: corrected.at,
      resumedBy: corrected.by,
      reason: number ? `补正材料（一次性告知书 ${number}）` : '补正材料',
    });
  }
  return {
    deemed: true,
    acceptedAt: receivedAt,
    notice: { id: deemed.id, number: deemed.number, givenAt: first.at, dueBy: deemed.dueBy },
    stops,
  };
}

/**
 * Starts a case as the law dates it: at `options.now` (the legal acceptance, possibly in the past), then
 * each supplement stop replayed at its own instants, so the deadlines count from the legal acceptance and
 * skip the time spent correcting. Every event carries the instant it stands for in law; the server's
 * intake record says when it was all recorded.
 */
export function startAcceptedCase(
  model: ProcessModel,
  options: StartOptions,
  stops: readonly SupplementStop[] = [],
): EngineResult {
  let { state, events } = startCase(model, options);
  for (const stop of stops) {
    const stopped = applyCommand(
      model,
      state,
      { type: 'stopClock', actor: { id: stop.by }, kind: 'supplement', reason: stop.reason },
      { now: stop.from, calendar: options.calendar },
    );
    const resumed = applyCommand(
      model,
      stopped.state,
      { type: 'resumeClock', actor: { id: stop.resumedBy } },
      { now: stop.to, calendar: options.calendar },
    );
    state = resumed.state;
    events = [...events, ...stopped.events, ...resumed.events];
  }
  return { state, events };
}

function noticeOf(value: unknown): { id: string; number: string; late: boolean; dueBy: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const deemed = v['deemedAcceptance'] as Record<string, unknown> | undefined;
  return {
    id: String(v['id'] ?? ''),
    number: String(v['number'] ?? ''),
    late: deemed?.['deemedAccepted'] === true,
    dueBy: String(deemed?.['noticeDueBy'] ?? ''),
  };
}
