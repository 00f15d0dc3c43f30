import { join } from 'node:path';
import type { ChainAlgorithm } from './hashChain.js';
import type { Store } from './port.js';
import { SqliteStore } from './sqlite/sqliteStore.js';

/** Where the store lives: MongoDB when a URI is given, else the embedded SQLite file under `dataDir`. */
export interface StoreConfig {
  /** `MONGODB_URI`: selects the MongoDB adapter. */
  readonly mongodbUri?: string | undefined;
  /** `GOVFLOW_DATA_DIR`: where `govflow.db` lives (default `data`). */
  readonly dataDir?: string | undefined;
  readonly chainAlgorithm?: ChainAlgorithm;
}

/** The opened store and which adapter it is, for the start-up log. */
export interface OpenedStore {
  readonly store: Store;
  readonly kind: 'mongodb' | 'sqlite';
  /** Where it is, without credentials. */
  readonly location: string;
}

/** Opens the store the configuration selects (DESIGN.md "Storage"). */
export async function openStore(config: StoreConfig): Promise<OpenedStore> {
  const options = config.chainAlgorithm === undefined ? {} : { chainAlgorithm: config.chainAlgorithm };
  if (config.mongodbUri) {
    // Loaded only when selected, so the embedded default never pays for the MongoDB driver.
    const { MongoStore } = await import('./mongo/mongoStore.js');
    const store = await MongoStore.connect({ uri: config.mongodbUri, ...options });
    return { store, kind: 'mongodb', location: redactUri(config.mongodbUri) };
  }
  const file = join(config.dataDir ?? 'data', 'govflow.db');
  return { store: new SqliteStore({ file, ...options }), kind: 'sqlite', location: file };
}

/** A connection string without its password, for logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
