import type { ApprovalItem } from '@govflow/catalog';
import type { ProcessModel, WorkingCalendar } from '@govflow/engine';
import type { CaseRecord, SignalLevel, StoredEvent } from '../../store/port.js';
import type { SignalKind } from './signalKinds.js';
import type { ResolvedSignalRules } from './signalSettings.js';

/** A breach a detector found, before it becomes a signal (responsibility, department, deadlines). */
export interface SignalDraft {
  readonly kind: SignalKind;
  readonly level: SignalLevel;
  /** The engine task (step instance) it concerns; absent for the whole case. */
  readonly taskId?: string;
  readonly elementId?: string;
  readonly stepName?: string;
  /** When the rule was broken. */
  readonly occurredAt: string;
  /** One line in Chinese. */
  readonly summary: string;
  readonly facts: Readonly<Record<string, unknown>>;
  /** Who broke it, when the detector knows; else the step's holder, else the accepting clerk. */
  readonly responsibleId?: string | null;
  /** The step's candidate groups, to find its department when the person has none. */
  readonly groups?: readonly string[];
  /** What the breach is about in its key, when not the step or the case (e.g. `signal:<id>`). */
  readonly keySubject?: string;
}

/** What every detector reads: the case, its item and model, its whole history and what is new in it. */
export interface DetectorContext {
  readonly record: CaseRecord;
  readonly item: ApprovalItem;
  readonly model: ProcessModel;
  /** Every event of the case, in order. */
  readonly events: readonly StoredEvent[];
  /** The events not read before (a suffix of `events`). */
  readonly fresh: readonly StoredEvent[];
  readonly rules: ResolvedSignalRules;
  readonly calendar: WorkingCalendar;
}

/**
 * A detector beyond time: looks at the new events of a case in the light of its whole history and
 * returns the breaches it finds. Each breach is signalled once (its key: case, step or `case`, kind),
 * so a detector may report the same breach again without harm.
 */
export interface Detector {
  readonly kind: SignalKind;
  detect(context: DetectorContext): readonly SignalDraft[];
}
