import { randomUUID } from 'node:crypto';
import { MongoStore, type Store } from '@govflow/server';
import { describeStoreContract } from './storeContract.js';

const uri = process.env['MONGODB_URI'];

if (uri) {
  // Each test gets a scratch database of its own on the server MONGODB_URI points at, dropped afterwards.
  describeStoreContract(
    'MongoDB',
    async (options) => MongoStore.connect({ uri, dbName: `govflow_contract_${randomUUID().slice(0, 8)}`, ...options }),
    async (store: Store) => {
      if (store instanceof MongoStore) await store.dropDatabase();
      await store.close();
    },
  );
} else {
  describe('store contract / MongoDB', () => {
    // Pending on purpose, never a passing fake: no MongoDB server can be installed on these machines.
    it('runs the whole store contract against MongoDB only where MONGODB_URI points at a real server (not set here)');
  });
}
