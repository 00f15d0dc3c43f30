import type { DueTimer, SqliteStore, TaskRow } from '@govflow/server';
import type { HttpClient } from './httpClient.js';

/** A case as `GET /api/cases/:id` shows it (the fields the audit reads). */
export interface CaseView {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly state: {
    readonly seq: number;
    readonly tasks: readonly { readonly id: string; readonly name: string }[];
    readonly timers: readonly { readonly id: string; readonly kind: string; readonly dueAt: string }[];
  };
  readonly events: readonly { readonly seq: number; readonly type: string; readonly data: Record<string, unknown> }[];
}

/** The evidence reply (`GET /api/cases/:id/evidence`). */
interface EvidenceView {
  readonly verified: boolean;
  readonly chainVerified: boolean;
  readonly count: number;
}

/** The open tasks and timers indexed in the store, per case: what worklists and the scheduler read. */
export interface DerivedRows {
  readonly tasks: ReadonlyMap<string, readonly TaskRow[]>;
  readonly timers: ReadonlyMap<string, readonly DueTimer[]>;
}

/** Far enough ahead that every stored timer is listed. */
const END_OF_TIME = '9999-12-31T00:00:00.000Z';
const ALL = 1_000_000;

/** Reads every open task row and timer row from the store, grouped by case. */
export async function readDerivedRows(store: SqliteStore): Promise<DerivedRows> {
  return {
    tasks: groupByCase(await store.listOpenTasks(ALL)),
    timers: groupByCase(await store.dueTimers(END_OF_TIME, ALL)),
  };
}

/** One case over HTTP, or an error naming it. */
export async function readCase(client: HttpClient, id: string): Promise<CaseView> {
  const reply = await client.get<CaseView>(`/api/cases/${id}`);
  if (reply.status !== 200)
    throw new Error(`GET /api/cases/${id} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/**
 * Commits recorded in a case's chain: the intake wrote the first, and every later commit of this
 * workload is either one step completed (`task.completed`) or one timer fired (`timer.fired`).
 */
export function commitsInChain(view: CaseView): number {
  return 1 + view.events.filter((e) => e.type === 'task.completed' || e.type === 'timer.fired').length;
}

/** The ids of the timers that fired on a case, in firing order (`timer.fired` events). */
export function firedTimerIds(view: CaseView): string[] {
  return view.events.filter((e) => e.type === 'timer.fired').map((e) => String(e.data['timerId']));
}

/**
 * Everything wrong with one case, as sentences (empty when whole): its chain must verify and be as long
 * as its snapshot says; its version must count its commits; its indexed open tasks and timers must be
 * exactly those of its snapshot.
 */
export async function auditCase(client: HttpClient, view: CaseView, derived: DerivedRows): Promise<string[]> {
  const problems: string[] = [];
  const evidence = await client.get<EvidenceView>(`/api/cases/${view.id}/evidence`);
  if (evidence.status !== 200 || !evidence.body.verified || !evidence.body.chainVerified) {
    problems.push(`${view.id}: evidence does not verify (${evidence.status} ${JSON.stringify(evidence.body)})`);
  }
  if (evidence.body.count !== view.state.seq || view.events.length !== view.state.seq) {
    problems.push(`${view.id}: ${view.events.length} events stored, snapshot says ${view.state.seq}`);
  }
  if (view.version !== commitsInChain(view)) {
    problems.push(`${view.id}: version ${view.version} but ${commitsInChain(view)} commits in the chain`);
  }
  const taskRows = (derived.tasks.get(view.id) ?? []).map((t) => `${t.taskId}:${t.name}`).sort();
  const openTasks = view.state.tasks.map((t) => `${t.id}:${t.name}`).sort();
  if (taskRows.join() !== openTasks.join()) {
    problems.push(`${view.id}: indexed tasks [${taskRows.join()}] but snapshot tasks [${openTasks.join()}]`);
  }
  const timerRows = (derived.timers.get(view.id) ?? []).map((t) => `${t.id}@${t.dueAt}`).sort();
  const timers = view.state.timers.map((t) => `${t.id}@${t.dueAt}`).sort();
  if (timerRows.join() !== timers.join()) {
    problems.push(`${view.id}: indexed timers [${timerRows.join()}] but snapshot timers [${timers.join()}]`);
  }
  return problems;
}

function groupByCase<T extends { readonly caseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.caseId, [...(groups.get(row.caseId) ?? []), row]);
  return groups;
}
