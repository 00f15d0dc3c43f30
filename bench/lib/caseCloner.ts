import type Database from 'better-sqlite3';
import type { CaseEvent } from '@govflow/engine';
import { GENESIS_HASH, hashEvent, type ChainAlgorithm } from '@govflow/server';

/** No table left out. */
const NOTHING: ReadonlySet<string> = new Set();

/** A stored row as better-sqlite3 returns it. */
type Row = Record<string, unknown>;

/** A table holding rows of cases: where the case id sits, and the insert statement for clones. */
interface CaseTable {
  readonly name: string;
  readonly caseColumn: 'id' | 'case_id';
  /** Columns copied (a rowid alias such as `outbox.seq` is left out: SQLite numbers the copy). */
  readonly columns: readonly string[];
  readonly insert: Database.Statement;
}

/** One real case's rows in every table that holds rows of cases, ready to be copied under new ids. */
export interface CaseTemplate {
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly rows: ReadonlyMap<string, readonly Row[]>;
  /** The case's events in order, as the engine emitted them (for the new hash chain). */
  readonly events: readonly CaseEvent[];
}

/**
 * Bench-only bulk loader: copies real cases' rows (the case, its events, open tasks, timers, scope keys,
 * outbox, and any other table keyed by `case_id`) under new case ids and receipt numbers, in the caller's
 * transaction. Every text value has the old id and receipt number replaced, and each copy's events get
 * their own hash chain, computed the way the store computes it, so the copies verify like real cases.
 */
export class CaseCloner {
  private readonly tables: readonly CaseTable[];

  constructor(
    private readonly db: Database.Database,
    private readonly algorithm: ChainAlgorithm,
  ) {
    this.tables = caseTables(db);
  }

  /** The tables copied. */
  get tableNames(): readonly string[] {
    return this.tables.map((t) => t.name);
  }

  /** Reads a case's rows and checks that its stored chain is reproduced from them (else the copies would not verify). */
  template(caseId: string): CaseTemplate {
    const rows = new Map<string, Row[]>();
    for (const table of this.tables) {
      rows.set(
        table.name,
        this.db.prepare(`SELECT * FROM ${table.name} WHERE ${table.caseColumn} = ?`).all(caseId) as Row[],
      );
    }
    const stored = [...(rows.get('case_events') ?? [])].sort((a, b) => Number(a['seq']) - Number(b['seq']));
    const events = stored.map((row) => toEvent(row, caseId));
    const hashes = chain(events, this.algorithm);
    stored.forEach((row, i) => {
      if (row['seq'] !== i + 1 || row['hash'] !== hashes[i])
        throw new Error(`case ${caseId}: event ${String(row['seq'])} does not re-hash the same`);
    });
    const receiptNumber = String(rows.get('cases')?.[0]?.['receipt_number'] ?? '');
    if (!receiptNumber) throw new Error(`case ${caseId} not found`);
    return { caseId, receiptNumber, rows, events };
  }

  /**
   * Inserts a copy of the template as case `caseId` with `receiptNumber`; tables named in `skip` are not copied
   * (the supervision benchmark leaves out delivered outbox messages, and the event chains of closed copies, to
   * keep 1,000,000 cases under its disk limit).
   */
  clone(template: CaseTemplate, caseId: string, receiptNumber: string, skip: ReadonlySet<string> = NOTHING): void {
    const swap = (value: unknown): unknown =>
      typeof value === 'string'
        ? value.replaceAll(template.caseId, caseId).replaceAll(template.receiptNumber, receiptNumber)
        : value;
    const hashes = skip.has('case_events')
      ? []
      : chain(
          template.events.map((e) => ({ ...e, caseId, data: JSON.parse(swap(JSON.stringify(e.data)) as string) })),
          this.algorithm,
        );
    const prevHashes = [GENESIS_HASH, ...hashes];
    for (const table of this.tables) {
      if (skip.has(table.name)) continue;
      for (const row of template.rows.get(table.name) ?? []) {
        const values = table.columns.map((column) => {
          if (table.name === 'case_events' && column === 'hash') return hashes[Number(row['seq']) - 1];
          if (table.name === 'case_events' && column === 'prev_hash') return prevHashes[Number(row['seq']) - 1];
          return swap(row[column]);
        });
        table.insert.run(values);
      }
    }
  }
}

/** `cases`, and every table whose rows are keyed by `case_id` (or numbered by SQLite) and carry a `case_id`. */
function caseTables(db: Database.Database): CaseTable[] {
  const names = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  const tables: CaseTable[] = [];
  for (const name of names) {
    const info = db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string; pk: number }[];
    const caseColumn = name === 'cases' ? 'id' : info.some((c) => c.name === 'case_id') ? 'case_id' : undefined;
    if (!caseColumn) continue;
    const keys = info.filter((c) => c.pk > 0);
    const rowidAlias = keys.length === 1 && keys[0]?.type.toUpperCase() === 'INTEGER' ? keys[0].name : undefined;
    // Rows keyed by something of their own (a supervision signal's id) belong to another aggregate: not copied.
    if (name !== 'cases' && !rowidAlias && !keys.some((c) => c.name === 'case_id')) continue;
    const columns = info.map((c) => c.name).filter((c) => c !== rowidAlias);
    const insert = db.prepare(
      `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    tables.push({ name, caseColumn, columns, insert });
  }
  return tables;
}

/** An event row as the engine's event (what the store hashed: see `toStoredEvent`). */
function toEvent(row: Row, caseId: string): CaseEvent {
  return {
    seq: Number(row['seq']),
    type: row['type'] as CaseEvent['type'],
    at: String(row['at']),
    caseId,
    ...(row['by_actor'] === null ? {} : { by: String(row['by_actor']) }),
    data: JSON.parse(String(row['data'])) as Record<string, unknown>,
  };
}

function chain(events: readonly CaseEvent[], algorithm: ChainAlgorithm): string[] {
  const hashes: string[] = [];
  let prev = GENESIS_HASH;
  for (const event of events) hashes.push((prev = hashEvent(event, prev, algorithm)));
  return hashes;
}
