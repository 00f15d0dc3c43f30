import type { Store } from '@govflow/server';
import { accountsContract } from './contract/accounts.js';
import { casesContract } from './contract/cases.js';
import type { CloseStore, ContractContext, OpenStore } from './contract/context.js';
import { derivedContract } from './contract/derived.js';
import { eventsContract } from './contract/events.js';
import { intakeDecisionsContract } from './contract/intakeDecisions.js';
import { itemsContract } from './contract/items.js';
import { keysContract } from './contract/keys.js';
import { outboxContract } from './contract/outbox.js';
import { receiptsContract } from './contract/receipts.js';
import { timerLeasesContract } from './contract/timerLeases.js';
import { caseFactory, type CaseFactory } from './fixtures.js';

export type { CloseStore, OpenStore } from './contract/context.js';

/**
 * The store contract (DESIGN.md "Storage"): every adapter of the `Store` port must pass it. Each test
 * gets a fresh store from `open` and hands it to `close` afterwards.
 */
export function describeStoreContract(name: string, open: OpenStore, close: CloseStore): void {
  describe(`store contract / ${name}`, () => {
    let store: Store | undefined;
    let factory: CaseFactory | undefined;

    before(async () => {
      factory = await caseFactory();
    });
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      if (store) await close(store);
      store = undefined;
    });

    const ctx: ContractContext = {
      store: () => present(store, 'store'),
      factory: () => present(factory, 'factory'),
      open,
      close,
    };
    itemsContract(ctx);
    casesContract(ctx);
    eventsContract(ctx);
    derivedContract(ctx);
    timerLeasesContract(ctx);
    receiptsContract(ctx);
    intakeDecisionsContract(ctx);
    accountsContract(ctx);
    outboxContract(ctx);
    keysContract(ctx);
  });
}

function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the contract's ${what} is not ready`);
  return value;
}
