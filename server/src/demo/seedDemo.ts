import { demoCatalog, publishItem } from '@govflow/catalog';
import { hashPassword } from '../services/passwords.js';
import type { Store } from '../store/port.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers.js';

/**
 * Loads the demo catalog (each item validated and published as version 1) and the demo users into an
 * empty store; a store that has users is left alone.
 */
export async function seedDemo(
  store: Store,
  at = new Date().toISOString(),
): Promise<{ seeded: boolean; items: number }> {
  if ((await store.countUsers()) > 0) return { seeded: false, items: (await store.listItems()).length };
  const items = demoCatalog();
  const published = [];
  for (const item of items) published.push((await publishItem(item, { by: 'system', at })).published);
  await store.savePublishedItems(published);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) await store.saveUser({ ...user, passwordHash });
  return { seeded: true, items: items.length };
}
