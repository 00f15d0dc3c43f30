import type { FactsFilter } from '../statisticsStore.js';

/** A WHERE fragment and its parameters. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

/** The SQL of a facts filter over a table with `case_id`, `item_code`, `unit_id`, `window_id`, `clerk_id` columns. */
export function factsCondition(filter: FactsFilter, columns: 'case' | 'step' = 'case'): SqlCondition {
  const sql: string[] = [];
  const params: (string | number)[] = [];
  const list = (values: readonly string[]): string => values.map(() => '?').join(', ');
  if (filter.scopeKeys !== undefined) {
    if (filter.scopeKeys.length === 0) sql.push('0');
    // `+case_id`: the scope is a filter, never the driver — a department's keys can name tens of thousands of
    // cases, and probing each by id costs more than scanning the indexed open cases or the period's range.
    else sql.push(`+case_id IN (SELECT case_id FROM case_scopes WHERE scope_key IN (${list(filter.scopeKeys)}))`);
    params.push(...filter.scopeKeys);
  }
  const anyOf = (column: string, values: readonly string[] | undefined): void => {
    if (values === undefined) return;
    sql.push(values.length === 0 ? '0' : `${column} IN (${list(values)})`);
    params.push(...values);
  };
  anyOf('item_code', filter.itemCodes);
  if (columns === 'step') return { sql: sql.join(' AND '), params };
  anyOf('unit_id', filter.unitIds);
  anyOf('clerk_id', filter.clerkIds);
  if (filter.windowIds !== undefined) {
    const named = filter.windowIds.filter((w) => w !== '');
    const none = named.length !== filter.windowIds.length;
    const parts = [
      ...(named.length > 0 ? [`window_id IN (${list(named)})`] : []),
      ...(none ? ['window_id IS NULL'] : []),
    ];
    sql.push(parts.length === 0 ? '0' : `(${parts.join(' OR ')})`);
    params.push(...named);
  }
  if (filter.pairs !== undefined) {
    if (filter.pairs.length === 0) sql.push('0');
    else sql.push(`(item_code, unit_id) IN (VALUES ${filter.pairs.map(() => '(?, ?)').join(', ')})`);
    for (const [item, unit] of filter.pairs) params.push(item, unit);
  }
  return { sql: sql.join(' AND '), params };
}

/** `AND <condition>` or nothing. */
export function andCondition(condition: SqlCondition): string {
  return condition.sql === '' ? '' : ` AND ${condition.sql}`;
}

/** The light of an open case at an instant (three `?` for now, in order). */
export const LIGHT_SQL = `CASE WHEN clock = 'stopped' THEN 'stopped' WHEN clock = 'finished' THEN 'done'
  WHEN due_ms <= ? THEN 'overdue' WHEN red_ms <= ? THEN 'red' WHEN yellow_ms <= ? THEN 'yellow' ELSE 'green' END`;
