import type Database from 'better-sqlite3';
import type { ApprovalItem } from '@govflow/catalog';
import type { FactDirectory } from '@govflow/server';

/** A week in ms: closed copies move back by whole weeks, so weekdays and times of day stay as they were. */
const WEEK_MS = 7 * 86_400_000;

/** Where a copy is placed: its item, accepting unit and window, and the department the board counts it for. */
interface Placement {
  readonly itemCode: string;
  readonly unitId: string;
  readonly windowId: string;
  readonly departmentKey: string;
}

/**
 * Bench-only: spreads the copies' statistics facts over the catalog, the organisation and a year, so the board
 * and the reports read realistic row counts per department and month. Every copy gets an item of the 351-item
 * catalog (district items at their department's window in 锦江区, street items at a street window), the matching
 * `dept:` and `window:` scope keys, and — when closed — its instants moved back by 0 to 51 whole weeks. Only the
 * facts rows and those two scope keys change: the copies' states stay the template's (the board and reports read
 * the facts; a drill-down page reads the few cases it shows).
 */
export class FactSpreader {
  private readonly placements: Placement[];
  private readonly updateFacts: Database.Statement;
  private readonly updateScope: Database.Statement;

  constructor(db: Database.Database, items: readonly ApprovalItem[], directory: FactDirectory) {
    const windows = directory.org.windows;
    const streets = windows.filter((w) => w.id.endsWith('-window') && w.departmentId === null && w.unitId !== 'jj');
    this.placements = items.flatMap((item, i): Placement[] => {
      if (item.level === 'town' || item.level === 'village') {
        const window = streets[i % streets.length];
        if (!window) return [];
        return [
          {
            itemCode: item.code,
            unitId: window.unitId,
            windowId: window.id,
            departmentKey: directory.departmentOf(item.code, window.unitId).key,
          },
        ];
      }
      const department = directory.departmentOf(item.code, 'jj');
      const window =
        windows.find((w) => w.departmentId === department.id) ?? windows.find((w) => w.id === 'jj-joint-window');
      return window ? [{ itemCode: item.code, unitId: 'jj', windowId: window.id, departmentKey: department.key }] : [];
    });
    this.updateFacts = db.prepare(
      `UPDATE case_facts SET item_code = ?, unit_id = ?, window_id = ?, clerk_id = ?, accepted_ms = accepted_ms - ?,
         ended_ms = ended_ms - ?, due_ms = due_ms - ?, yellow_ms = CASE WHEN yellow_ms = 0 THEN 0 ELSE yellow_ms - ? END,
         red_ms = CASE WHEN red_ms = 0 THEN 0 ELSE red_ms - ? END WHERE case_id = ?`,
    );
    this.updateScope = db.prepare(
      'UPDATE OR REPLACE case_scopes SET scope_key = ? WHERE scope_key = ? AND case_id = ?',
    );
  }

  /** How many distinct departments the copies are spread over. */
  get departments(): number {
    return new Set(this.placements.map((p) => p.departmentKey)).size;
  }

  /** Places copy number `i` (its template's `dept:` and `window:` keys are given). */
  spread(
    caseId: string,
    i: number,
    closed: boolean,
    templateKeys: { dept: readonly string[]; window: readonly string[] },
  ): void {
    const p = this.placements[(i * 7919) % this.placements.length] as Placement;
    const shift = closed ? (i % 52) * WEEK_MS : 0;
    this.updateFacts.run(
      p.itemCode,
      p.unitId,
      p.windowId,
      `u-bench-${p.windowId}-${i % 5}`,
      shift,
      shift,
      shift,
      shift,
      shift,
      caseId,
    );
    for (const key of templateKeys.dept) this.updateScope.run(`dept:${p.departmentKey}`, key, caseId);
    for (const key of templateKeys.window) this.updateScope.run(`window:${p.windowId}`, key, caseId);
  }
}

/** A template case's `dept:` and `window:` scope keys (read once per template). */
export function templateScopeKeys(db: Database.Database, caseId: string): { dept: string[]; window: string[] } {
  const keys = (
    db.prepare('SELECT scope_key FROM case_scopes WHERE case_id = ?').all(caseId) as { scope_key: string }[]
  ).map((r) => r.scope_key);
  return { dept: keys.filter((k) => k.startsWith('dept:')), window: keys.filter((k) => k.startsWith('window:')) };
}
