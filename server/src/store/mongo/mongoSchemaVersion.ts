import type { Connection, Model } from 'mongoose';
import { StoreSchemaError } from '../errors.js';
import type { MetaDoc } from './documents.js';

/** One versioned step of the MongoDB schema; indexes themselves are declared in the schemas. */
export interface MongoMigration {
  readonly version: number;
  readonly description: string;
  readonly up: (connection: Connection) => Promise<void>;
}

/**
 * The MongoDB schema's versions, applied in order, each once. Version 1 is the baseline: the
 * collections and the indexes declared in `schemas.ts` (built by `Model.init()` at connection).
 */
export const MONGO_MIGRATIONS: readonly MongoMigration[] = [
  { version: 1, description: '基线：案件、事项、用户、会话、受理编号计数器及其索引', up: async () => undefined },
  {
    version: 2,
    description: '组织机构：用户所属单位、部门、窗口；案件的受理单位与可见范围',
    up: async (connection) => {
      await connection
        .collection('cases')
        .updateMany({ scopeKeys: { $exists: false } }, { $set: { scopeKeys: [], unitId: '', windowId: null } });
      await connection
        .collection('users')
        .updateMany({ unitId: { $exists: false } }, { $set: { unitId: null, departmentId: null, windowId: null } });
    },
  },
];

/** The schema version this program writes (each case document records it as `docVersion`). */
export const MONGO_SCHEMA_VERSION = MONGO_MIGRATIONS.at(-1)?.version ?? 1;

/** Applies the steps the database has not seen; refuses a database newer than this program. */
export async function migrateMongo(connection: Connection, meta: Model<MetaDoc>): Promise<number> {
  await meta.init();
  const current = (await meta.findById('schema').lean<MetaDoc>())?.version ?? 0;
  if (current > MONGO_SCHEMA_VERSION) throw new StoreSchemaError(current, MONGO_SCHEMA_VERSION);
  let applied = 0;
  for (const migration of MONGO_MIGRATIONS) {
    if (migration.version <= current) continue;
    await migration.up(connection);
    await meta.updateOne(
      { _id: 'schema' },
      { $set: { version: migration.version, updatedAt: new Date().toISOString() } },
      { upsert: true },
    );
    applied += 1;
  }
  return applied;
}
