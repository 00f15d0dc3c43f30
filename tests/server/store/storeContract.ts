import type { Store } from '@govflow/server';
import { accountsContract } from './contract/accounts.js';
import { applicationsContract } from './contract/applications.js';
import { calendarContract } from './contract/calendar.js';
import { casesContract } from './contract/cases.js';
import { complaintsContract } from './contract/complaints.js';
import type { CloseStore, ContractContext, OpenStore } from './contract/context.js';
import { departmentSystemsContract } from './contract/departmentSystems.js';
import { derivedContract } from './contract/derived.js';
import { eventsContract } from './contract/events.js';
import { filesContract } from './contract/files.js';
import { intakeDecisionsContract } from './contract/intakeDecisions.js';
import { itemDraftsContract } from './contract/itemDrafts.js';
import { itemsContract } from './contract/items.js';
import { keysContract } from './contract/keys.js';
import { organisationContract } from './contract/organisation.js';
import { outboxContract } from './contract/outbox.js';
import { receiptsContract } from './contract/receipts.js';
import { signalsContract } from './contract/signals.js';
import { statisticsContract } from './contract/statistics.js';
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
    organisationContract(ctx);
    outboxContract(ctx);
    keysContract(ctx);
    signalsContract(ctx);
    statisticsContract(ctx);
    complaintsContract(ctx);
    filesContract(ctx);
    departmentSystemsContract(ctx);
    itemDraftsContract(ctx);
    applicationsContract(ctx);
    calendarContract(ctx);
  });
}

function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the contract's ${what} is not ready`);
  return value;
}
