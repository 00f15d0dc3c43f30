import type { CaseEvent } from '@govflow/engine';

/** An event as published after its commit, with what subscribers need to route it. */
export interface PublishedCaseEvent {
  readonly caseId: string;
  readonly itemCode: string;
  readonly event: CaseEvent;
}

/** A subscriber; it must not throw (errors are reported and dropped, never stop the publisher). */
export type CaseEventListener = (published: PublishedCaseEvent) => void;

/**
 * The in-process bus that carries committed case events to the supervision module and live
 * clients. Only committed events are published, in order, after the atomic write.
 */
export class CaseEventBus {
  private readonly listeners = new Set<CaseEventListener>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => undefined) {}

  /** Subscribes; returns the function that unsubscribes. */
  subscribe(listener: CaseEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Publishes the events of one commit, in order. */
  publish(caseId: string, itemCode: string, events: readonly CaseEvent[]): void {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          listener({ caseId, itemCode, event });
        } catch (error) {
          this.onListenerError(error);
        }
      }
    }
  }
}
