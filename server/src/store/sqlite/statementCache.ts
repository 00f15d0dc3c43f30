import type Database from 'better-sqlite3';

/** How many distinct SQL texts keep their prepared statement (the store has a few dozen; dynamic IN lists add some). */
const MAX_STATEMENTS = 500;

/**
 * Makes `db.prepare(sql)` return the statement already prepared for the same text, so the store's
 * `db.prepare(...).run(...)` calls stop recompiling SQL on every command (better-sqlite3 keeps no cache
 * of its own). Safe because the store never iterates a statement or toggles its modes (`pluck`, `raw`,
 * `expand`, `safeIntegers`), which are the only ways one user of a shared statement could disturb another.
 */
export function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement === undefined) {
      statement = prepare(source);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      cache.set(source, statement);
    }
    return statement;
  }) as Database.Database['prepare'];
}
