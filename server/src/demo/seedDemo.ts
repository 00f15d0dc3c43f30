import { demoCatalog, publishItem } from '@govflow/catalog';
import { demoOrganisation } from '../organisation/demoOrganisation.js';
import { hashPassword } from '../services/passwords.js';
import type { Store } from '../store/port.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers.js';

/**
 * Loads the demo catalog (each item validated and published as version 1), the demo organisation and
 * the demo users into an empty store. A store that already has users keeps its catalog and accounts;
 * if it predates the organisation tree, it gets the demo organisation, and its demo accounts their
 * places in it (their passwords untouched).
 */
export async function seedDemo(
  store: Store,
  at = new Date().toISOString(),
): Promise<{ seeded: boolean; items: number }> {
  if ((await store.countUsers()) > 0) {
    await upgradeDemoOrganisation(store, at);
    return { seeded: false, items: (await store.listItems()).length };
  }
  const items = demoCatalog();
  const published = [];
  for (const item of items) published.push((await publishItem(item, { by: 'system', at })).published);
  await store.savePublishedItems(published);
  await store.saveOrganisation(demoOrganisation(), 'system', at);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) await store.saveUser({ ...user, passwordHash });
  return { seeded: true, items: items.length };
}

async function upgradeDemoOrganisation(store: Store, at: string): Promise<void> {
  if (await store.getOrganisation()) return;
  await store.saveOrganisation(demoOrganisation(), 'system', at);
  for (const demo of DEMO_USERS) {
    const stored = await store.findUser(demo.id);
    if (stored && stored.unitId === null && stored.username === demo.username) {
      await store.saveUser({
        ...stored,
        unitId: demo.unitId,
        departmentId: demo.departmentId,
        windowId: demo.windowId,
      });
    }
  }
}
