import type { StepInfo } from '@govflow/engine';

/** A department and the candidate groups its steps are offered to (the organisation tree's pickable part). */
export interface GroupSource {
  readonly id: string;
  readonly name: string;
  /** Where it sits, e.g. 锦江区 / 春熙路街道. */
  readonly unitName: string;
  readonly kind: 'department' | 'window';
  readonly groups: readonly string[];
}

/** A material of the item, as the step picker lists it. */
export interface MaterialOption {
  readonly id: string;
  readonly name: string;
}

/** Process attributes that mirror the item's own settings (limits and thresholds). */
export type ProcessAttribute = 'promisedDays' | 'statutoryDays' | 'timeUnit' | 'yellowDaysLeft' | 'redDaysLeft';

/** What the designer's panel knows besides the diagram. */
export interface GovContextData {
  readonly groupSources: readonly GroupSource[];
  /** Why the organisation could not be read, when it could not. */
  readonly organisationError: string | null;
  readonly materials: readonly MaterialOption[];
  /** The latest analysis: each step's slack and whether it is critical. */
  readonly steps: readonly StepInfo[];
}

type Listener = (data: GovContextData) => void;

/**
 * The designer's context for the properties panel, a diagram-js service (`govContext`): React puts
 * the organisation, the item's materials and the latest analysis here; the panel's Preact entries
 * subscribe and re-render. Edits of item-level attributes in the panel are reported back through it.
 */
export class GovContext {
  private data: GovContextData = { groupSources: [], organisationError: null, materials: [], steps: [] };
  private readonly listeners = new Set<Listener>();
  /** Told when the administrator edits a process attribute that mirrors an item setting. */
  onProcessAttribute: (name: ProcessAttribute, value: string) => void = () => undefined;

  /** The current data. */
  get current(): GovContextData {
    return this.data;
  }

  /** Replaces part of the data and tells the subscribers. */
  update(patch: Partial<GovContextData>): void {
    this.data = { ...this.data, ...patch };
    for (const listener of this.listeners) listener(this.data);
  }

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The diagram-js module providing `govContext`. */
export const govContextModule = { govContext: ['type', GovContext] };
