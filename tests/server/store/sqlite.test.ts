import { SqliteStore } from '@govflow/server';
import { describeStoreContract } from './storeContract.js';

// The embedded default runs the whole contract on every test run, each test on a fresh in-memory database.
describeStoreContract(
  'SQLite',
  async (options) => new SqliteStore({ file: ':memory:', ...options }),
  (store) => store.close(),
);
