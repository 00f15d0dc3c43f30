import { demoCatalog } from '@govflow/catalog';
import { compileProcess } from '@govflow/engine';
import { hashPassword } from '../services/passwords.js';
import type { Store } from '../store/port.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers.js';

/** Loads the demo catalog and demo users into an empty store; a store that has users is left alone. */
export async function seedDemo(store: Store): Promise<{ seeded: boolean; items: number }> {
  if ((await store.countUsers()) > 0) return { seeded: false, items: (await store.listItems()).length };
  const items = demoCatalog();
  for (const item of items) {
    await compileProcess(item.processXml);
    await store.saveItem(item);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) await store.saveUser({ ...user, passwordHash });
  return { seeded: true, items: items.length };
}
