import type { CaseRecord, ChainAlgorithm, OutboxMessage, Store } from '@govflow/server';
import { expect } from 'chai';
import type { CaseFactory } from '../fixtures.js';

/** Opens a fresh, empty store (optionally with another hash algorithm). */
export type OpenStore = (options?: { readonly chainAlgorithm?: ChainAlgorithm }) => Promise<Store>;
/** Closes a store the suite opened (and removes its data where that is the adapter's business). */
export type CloseStore = (store: Store) => Promise<void>;

/** What each part of the contract gets: the store of the running test and the case factory. */
export interface ContractContext {
  /** The fresh store of the running test. */
  store(): Store;
  factory(): CaseFactory;
  readonly open: OpenStore;
  readonly close: CloseStore;
}

/** Creates a case from the factory (with optional outbox messages) and returns the stored record. */
export async function createCase(
  ctx: ContractContext,
  id: string,
  options: { now?: string; receiptNumber?: string; outbox?: readonly OutboxMessage[] } = {},
): Promise<CaseRecord> {
  const { record, events } = ctx.factory().start(id, options);
  return ctx.store().createCase(record, events, options.outbox);
}

/** Completes the case's first task (受理) as one commit at the given instant. */
export async function completeFirst(
  ctx: ContractContext,
  record: CaseRecord,
  now: string,
  outbox?: readonly OutboxMessage[],
): Promise<CaseRecord> {
  const next = ctx.factory().completeFirst(record.state, now);
  return ctx.store().commitCase(record.id, record.version, { ...next, ...(outbox ? { outbox } : {}) });
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('expected the promise to reject');
}

/** Waits real time (for lease expiry). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
