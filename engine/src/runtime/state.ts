/**
 * The runtime state of one case: plain JSON, small, versioned. The server stores it as it is and
 * hands it back with the next command; the engine never keeps anything between calls.
 */

/** The version of the state's shape; bump it with a migration when the shape changes. */
export const STATE_SCHEMA_VERSION = 1;

/** Who issues a command. */
export interface Actor {
  readonly id: string;
  readonly name?: string;
  /** Groups (roles, posts, departments) used for candidate groups. */
  readonly groups?: readonly string[];
}

/** Where a case stands. */
export type CaseStatus = 'running' | 'completed' | 'terminated' | 'withdrawn';

/** A token parked at an element: a waiting task, timer, sub-process or join arrival. */
export interface TokenState {
  id: string;
  /** The element it waits at. */
  el: string;
  /** The scope instance it lives in ('' = the case itself). */
  scope: string;
  /** For a join: the flow it arrived by. */
  via?: string;
  /** For a timer catch or a boundary timer: when it fires. */
  timers?: ProcessTimerState[];
  /** For a multi-instance task. */
  mi?: MultiInstanceState;
  /** When the token arrived. */
  since: string;
}

/** A process timer (timer catch or boundary timer) waiting on a token. */
export interface ProcessTimerState {
  /** The boundary event id, or the timer catch event's own id. */
  el: string;
  dueAt: string;
  /** Calendar-day timers keep running while the legal clock is stopped. */
  calendar: boolean;
}

/** Bookkeeping of a multi-instance (会签) task. */
export interface MultiInstanceState {
  total: number;
  completed: number;
  /** Items not yet started (sequential multi-instance). */
  pending: unknown[];
  /** Outcomes of completed instances, in order. */
  outcomes: (string | null)[];
  next: number;
}

/** A scope instance: a running embedded sub-process or called process. */
export interface ScopeState {
  id: string;
  /** The sub-process or call activity element. */
  el: string;
  /** The enclosing scope instance. */
  parent: string;
  /** The token waiting at the container element in the enclosing scope. */
  token: string;
}

/** An open human task (办理环节). */
export interface TaskState {
  id: string;
  el: string;
  name: string;
  token: string;
  assignee?: string;
  candidateGroups?: string[];
  claimedBy?: string;
  startedAt: string;
  /** Deadline of the step's own limit, shifted by clock stops. */
  dueAt?: string;
  limitDays?: number;
  /** For multi-instance tasks: the instance number and its item. */
  instance?: number;
  item?: unknown;
  /** Light thresholds and ladder rungs already signalled (`yellow`, `red`, `due`, `supervision`). */
  fired?: string[];
}

/** A clock stop (特别程序 or 补正) in progress or finished. */
export interface ClockStopState {
  kind: string;
  basis?: string;
  reason?: string;
  expectedDays?: number;
  by: string;
  from: string;
  to?: string;
  /** Working days not counted, known at resumption. */
  days?: number;
}

/** The legal clock of the case. */
export interface ClockState {
  status: 'running' | 'stopped' | 'finished';
  unit: 'working' | 'calendar';
  acceptedAt: string;
  /** The instant counting starts (the day after acceptance unless configured otherwise). */
  countsFrom: string;
  promisedDays: number;
  statutoryDays: number;
  promisedDueAt: string;
  legalDueAt: string;
  /** Working days used so far, as of the last command (halves). */
  usedDays: number;
  stoppedDays: number;
  stops: ClockStopState[];
  extension?: { days: number; approver: string; reason: string; by: string; at: string };
  yellowDaysLeft: number;
  redDaysLeft: number;
  extensionLimitDays: number;
  /** Light thresholds and ladder rungs already signalled for the case. */
  fired: string[];
  /** The signal ladder (scheme b) fixed at acceptance; absent: lights only. */
  ladder?: SignalLadder;
  /** Overtime-default approval (超时默许), when the item enables it. */
  overtimeDefault?: OvertimeDefaultState;
  /** The first date the calendar has no data for, once a deadline reached it. */
  uncoveredFrom?: string;
  finishedAt?: string;
}

/**
 * The signal ladder of scheme (b) (预警 → 黄牌 → 红牌), fixed at acceptance like the light thresholds:
 * a warning N working days before the case's deadline, a red card when a deadline is still passed
 * after the supervision period (督办期). The yellow card comes at the deadline itself (the `due` timer).
 */
export interface SignalLadder {
  /** Working days before the case's deadline the warning comes; absent or 0: no warning. */
  readonly warningDaysLeft?: number;
  /** The supervision period in working days after a deadline; absent: no red-card timer. */
  readonly supervisionDays?: number;
}

/** Overtime-default approval (超时默许) of a case: its legal basis and, once applied, when. */
export interface OvertimeDefaultState {
  basis: string;
  deemedAt?: string;
}

/** A timer the server must schedule: fire it with a `fireTimer` command at `dueAt`. */
export interface TimerState {
  id: string;
  /**
   * Light thresholds (`yellow`, `red`, `due`), ladder rungs (`warning`, `supervision`), the
   * overtime-default instant (`deemed`) and process timers (`boundary`, `catch`).
   */
  kind: 'yellow' | 'red' | 'due' | 'warning' | 'supervision' | 'deemed' | 'boundary' | 'catch';
  dueAt: string;
  taskId?: string;
}

/** The whole runtime state of a case. */
export interface CaseState {
  schemaVersion: number;
  caseId: string;
  processId: string;
  status: CaseStatus;
  /** The sequence number of the last event. */
  seq: number;
  /** Counter for ids of tokens, tasks and scopes. */
  ids: number;
  applicantId?: string;
  variables: Record<string, unknown>;
  tokens: TokenState[];
  scopes: ScopeState[];
  tasks: TaskState[];
  clock: ClockState;
  timers: TimerState[];
  startedAt: string;
  /** The instant of the last command; time never runs backwards for a case. */
  updatedAt: string;
  endedAt?: string;
  /** The final decision: approved, refused, terminated (不予许可) or withdrawn. */
  outcome?: string;
}

/**
 * A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans, null), which is what
 * the state is by contract; several times faster than `structuredClone`, which also handles types
 * the state never holds.
 */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = clonePlain((value as Record<string, unknown>)[key]);
  return copy as T;
}
