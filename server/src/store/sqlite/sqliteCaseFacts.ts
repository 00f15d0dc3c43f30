import type Database from 'better-sqlite3';
import type { CaseEvent, CaseState } from '@govflow/engine';
import {
  completedSteps,
  deriveCaseFacts,
  EARLY_MARGIN_DAYS,
  type CaseFactRow,
  type CaseFactSource,
} from '../caseFactsRow.js';

/** Epoch ms of an ISO instant column, in SQL (NULL stays NULL). */
const ms = (expression: string): string => `CAST(round(unixepoch(${expression}, 'subsec') * 1000) AS INTEGER)`;

/**
 * Migration 12: the case facts (one row per case) and step facts (one per completed step) that statistics
 * and the board count with indexes instead of reading every case, the score settings and published months;
 * the facts of cases stored before it are filled in from their stored state, timers and events. The facts
 * table is keyed by case id without a rowid, so every index also holds the case id: a scoped count reads
 * only the open cases' index.
 */
export const STATISTICS_MIGRATION_SQL = `
  CREATE TABLE case_facts (
    case_id TEXT PRIMARY KEY, item_code TEXT NOT NULL, item_version INTEGER NOT NULL, unit_id TEXT NOT NULL,
    window_id TEXT, clerk_id TEXT NOT NULL, status TEXT NOT NULL, open INTEGER NOT NULL, clock TEXT NOT NULL,
    accepted_ms INTEGER NOT NULL, promised_days REAL NOT NULL, due_ms INTEGER NOT NULL, yellow_ms INTEGER NOT NULL,
    red_ms INTEGER NOT NULL, ended_ms INTEGER, used_days REAL NOT NULL, timeliness TEXT, outcome TEXT
  ) WITHOUT ROWID;
  CREATE INDEX case_facts_open ON case_facts
    (item_code, unit_id, window_id, clerk_id, clock, due_ms, red_ms, yellow_ms, accepted_ms) WHERE open = 1;
  CREATE INDEX case_facts_accepted ON case_facts (accepted_ms, item_code, unit_id, window_id);
  CREATE INDEX case_facts_ended ON case_facts
    (ended_ms, item_code, unit_id, window_id, status, timeliness, used_days, promised_days, accepted_ms, due_ms)
    WHERE ended_ms IS NOT NULL;
  CREATE TABLE step_facts (
    case_id TEXT NOT NULL, task_id TEXT NOT NULL, item_code TEXT NOT NULL, item_version INTEGER NOT NULL,
    element_id TEXT NOT NULL, started_ms INTEGER NOT NULL, completed_ms INTEGER NOT NULL, due_ms INTEGER,
    PRIMARY KEY (case_id, task_id)
  ) WITHOUT ROWID;
  CREATE INDEX step_facts_by_item ON step_facts (item_code, completed_ms);
  CREATE TABLE score_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
  );
  CREATE TABLE score_runs (month TEXT PRIMARY KEY, published_at TEXT NOT NULL, published_by TEXT NOT NULL, data TEXT NOT NULL);
  WITH base AS (
    SELECT id, item_code, item_version, unit_id, window_id, created_by, status, state,
      ${ms("json_extract(state, '$.clock.promisedDueAt')")} AS due_ms,
      ${ms("json_extract(state, '$.endedAt')")} AS ended_ms,
      json_extract(state, '$.clock.promisedDays') + COALESCE(json_extract(state, '$.clock.extension.days'), 0) AS promised,
      json_extract(state, '$.clock.usedDays') AS used
    FROM cases
  )
  INSERT INTO case_facts (case_id, item_code, item_version, unit_id, window_id, clerk_id, status, open, clock,
    accepted_ms, promised_days, due_ms, yellow_ms, red_ms, ended_ms, used_days, timeliness, outcome)
  SELECT id, item_code, item_version, unit_id, window_id, created_by, status, status = 'running',
    json_extract(state, '$.clock.status'), ${ms("json_extract(state, '$.clock.acceptedAt')")}, promised, due_ms,
    COALESCE((SELECT t.due_ms FROM timers t WHERE t.case_id = base.id AND t.timer_id = 'case:yellow'),
      CASE WHEN EXISTS (SELECT 1 FROM json_each(state, '$.clock.fired') WHERE value = 'yellow') THEN 0 ELSE due_ms END),
    COALESCE((SELECT t.due_ms FROM timers t WHERE t.case_id = base.id AND t.timer_id = 'case:red'),
      CASE WHEN EXISTS (SELECT 1 FROM json_each(state, '$.clock.fired') WHERE value = 'red') THEN 0 ELSE due_ms END),
    ended_ms, used,
    CASE WHEN ended_ms IS NULL OR status NOT IN ('completed', 'terminated') THEN NULL
      WHEN ended_ms >= due_ms THEN 'overdue' WHEN used <= promised - ${EARLY_MARGIN_DAYS} THEN 'early' ELSE 'on-time' END,
    json_extract(state, '$.outcome')
  FROM base;
  INSERT OR IGNORE INTO step_facts (case_id, task_id, item_code, item_version, element_id, started_ms, completed_ms, due_ms)
    SELECT e.case_id, json_extract(e.data, '$.taskId'), c.item_code, c.item_version, json_extract(e.data, '$.elementId'),
      ${ms("json_extract(e.data, '$.startedAt')")}, ${ms('e.at')}, ${ms("json_extract(e.data, '$.dueAt')")}
    FROM case_events e JOIN cases c ON c.id = e.case_id
    WHERE e.type = 'task.completed' AND json_extract(e.data, '$.startedAt') IS NOT NULL;
`;

/** The `case_facts` columns in table order, as `deriveCaseFacts` names them. */
const FACT_COLUMNS = [
  ['case_id', 'caseId'],
  ['item_code', 'itemCode'],
  ['item_version', 'itemVersion'],
  ['unit_id', 'unitId'],
  ['window_id', 'windowId'],
  ['clerk_id', 'clerkId'],
  ['status', 'status'],
  ['open', 'open'],
  ['clock', 'clock'],
  ['accepted_ms', 'acceptedMs'],
  ['promised_days', 'promisedDays'],
  ['due_ms', 'dueMs'],
  ['yellow_ms', 'yellowMs'],
  ['red_ms', 'redMs'],
  ['ended_ms', 'endedMs'],
  ['used_days', 'usedDays'],
  ['timeliness', 'timeliness'],
  ['outcome', 'outcome'],
] as const satisfies readonly (readonly [string, keyof CaseFactRow])[];

/**
 * Writes a case's facts row from its committed state and adds the steps its events completed; call inside
 * the commit's transaction (from `writeDerived`). Most commits (a step done, a yellow light fired early in a
 * long case) leave the facts as they were: then the row and its three indexes are not rewritten at all — and
 * with `previous` (the state the commit replaces, whose facts the row holds) not even read.
 */
export function writeCaseFacts(
  db: Database.Database,
  source: CaseFactSource,
  state: CaseState,
  events: readonly CaseEvent[],
  previous?: CaseState,
): void {
  const values = factValues(source, state);
  const stored = previous ? factValues(source, previous) : storedFactValues(db, source.caseId);
  if (!stored || values.some((value, i) => value !== stored[i])) {
    db.prepare(
      `INSERT INTO case_facts (${FACT_COLUMNS.map(([column]) => column).join(', ')})
       VALUES (${FACT_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (case_id) DO UPDATE SET unit_id = excluded.unit_id, window_id = excluded.window_id,
         status = excluded.status, open = excluded.open, clock = excluded.clock, accepted_ms = excluded.accepted_ms,
         promised_days = excluded.promised_days, due_ms = excluded.due_ms, yellow_ms = excluded.yellow_ms,
         red_ms = excluded.red_ms, ended_ms = excluded.ended_ms, used_days = excluded.used_days,
         timeliness = excluded.timeliness, outcome = excluded.outcome`,
    ).run(...values);
  }
  writeStepFacts(db, source, events);
}

/** The facts row's values in `FACT_COLUMNS` order. */
function factValues(source: CaseFactSource, state: CaseState): unknown[] {
  const f = deriveCaseFacts(source, state);
  return FACT_COLUMNS.map(([, key]) => (key === 'open' ? (f.open ? 1 : 0) : f[key]));
}

/** The stored facts row's values in `FACT_COLUMNS` order, if the case has one. */
function storedFactValues(db: Database.Database, caseId: string): unknown[] | undefined {
  const row = db.prepare('SELECT * FROM case_facts WHERE case_id = ?').get(caseId) as
    Record<string, unknown> | undefined;
  return row && FACT_COLUMNS.map(([column]) => row[column]);
}

/** Adds the steps the commit's events completed. */
function writeStepFacts(db: Database.Database, source: CaseFactSource, events: readonly CaseEvent[]): void {
  const steps = completedSteps(source, events);
  if (steps.length === 0) return;
  const insert = db.prepare(
    `INSERT OR REPLACE INTO step_facts (case_id, task_id, item_code, item_version, element_id, started_ms, completed_ms,
       due_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of steps) {
    insert.run(s.caseId, s.taskId, s.itemCode, s.itemVersion, s.elementId, s.startedMs, s.completedMs, s.dueMs);
  }
}
