import type { ProvidedMaterial } from '@govflow/catalog';
import type { CaseEvent, CaseState, TimerState } from '@govflow/engine';
import type { CaseFactSource } from '../caseFactsRow.js';
import type { CaseRecord, DueTimer, StoredEvent, TaskRow, UserRecord } from '../port.js';
import type { NotificationChannel, OutboxEntry, OutboxStatus } from '../outbox.js';

/** A `cases` row. */
export interface CaseRow {
  id: string;
  receipt_number: string;
  item_code: string;
  item_version: number;
  version: number;
  state: string;
  form_data: string;
  materials: string;
  applicant_name: string;
  created_by: string;
  created_at: string;
  unit_id: string;
  window_id: string | null;
  scope_keys: string;
}

/** A `case_events` row. */
export interface EventRow {
  seq: number;
  type: string;
  at: string;
  by_actor: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

/** The `timers` columns a due timer is made of (see `selectDueTimers`). */
export interface TimerRow {
  case_id: string;
  timer_id: string;
  kind: TimerState['kind'];
  due_at: string;
  task_id: string | null;
}

/** Open tasks joined with the case fields a worklist shows. */
export const TASK_SELECT = `SELECT t.*, c.item_code, c.receipt_number, c.applicant_name FROM tasks t JOIN cases c ON c.id = t.case_id`;

/** A row of `TASK_SELECT`. */
export interface TaskJoinRow {
  task_id: string;
  case_id: string;
  element_id: string;
  name: string;
  assignee: string | null;
  candidate_groups: string;
  claimed_by: string | null;
  started_at: string;
  due_at: string | null;
  item_code: string;
  receipt_number: string;
  applicant_name: string;
}

/** A `users` row. */
export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: UserRecord['role'];
  groups_json: string;
  password_hash: string;
  unit_id: string | null;
  department_id: string | null;
  window_id: string | null;
}

/** An `outbox` row. */
export interface OutboxRow {
  seq: number;
  case_id: string;
  id: string;
  channel: NotificationChannel;
  recipient: string | null;
  template: string;
  payload: string;
  created_at: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_ms: number;
  last_error: string | null;
  delivered_at: string | null;
}

/** Every column of `cases` but the state (in the order of `CaseRow`). */
export const CASE_COLUMNS_BUT_STATE =
  'id, receipt_number, item_code, item_version, version, form_data, materials, applicant_name, created_by, ' +
  'created_at, unit_id, window_id, scope_keys';

/** A case row as the port's record. */
export function toRecord(row: CaseRow): CaseRecord {
  return toCommittedRecord(row, JSON.parse(row.state) as CaseState);
}

/** A case row read without its state column, with the state it holds (as a commit has it in hand). */
export function toCommittedRecord(row: Omit<CaseRow, 'state'>, state: CaseState): CaseRecord {
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    itemCode: row.item_code,
    itemVersion: row.item_version,
    version: row.version,
    state,
    formData: JSON.parse(row.form_data) as Record<string, unknown>,
    materials: JSON.parse(row.materials) as ProvidedMaterial[],
    applicantName: row.applicant_name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    unitId: row.unit_id,
    windowId: row.window_id,
    scopeKeys: JSON.parse(row.scope_keys) as string[],
  };
}

/** An event row as the port's stored event. */
export function toStoredEvent(caseId: string, r: EventRow): StoredEvent {
  return {
    seq: r.seq,
    type: r.type as CaseEvent['type'],
    at: r.at,
    caseId,
    ...(r.by_actor === null ? {} : { by: r.by_actor }),
    data: JSON.parse(r.data) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** A timer row as the port's due timer. */
export function toDueTimer(r: TimerRow): DueTimer {
  return {
    caseId: r.case_id,
    id: r.timer_id,
    kind: r.kind,
    dueAt: r.due_at,
    ...(r.task_id === null ? {} : { taskId: r.task_id }),
  };
}

/** A worklist row as the port's task. */
export function toTaskRow(row: TaskJoinRow): TaskRow {
  return {
    id: `${row.case_id}.${row.task_id}`,
    caseId: row.case_id,
    taskId: row.task_id,
    elementId: row.element_id,
    name: row.name,
    assignee: row.assignee,
    candidateGroups: JSON.parse(row.candidate_groups) as string[],
    claimedBy: row.claimed_by,
    startedAt: row.started_at,
    dueAt: row.due_at,
    itemCode: row.item_code,
    receiptNumber: row.receipt_number,
    applicantName: row.applicant_name,
  };
}

/** A user row as the port's account, or undefined. */
export function toUser(row: UserRow | undefined): UserRecord | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    groups: JSON.parse(row.groups_json) as string[],
    unitId: row.unit_id,
    departmentId: row.department_id,
    windowId: row.window_id,
    passwordHash: row.password_hash,
  };
}

/** An outbox row as the port's entry. */
export function toOutboxEntry(row: OutboxRow): OutboxEntry {
  return {
    caseId: row.case_id,
    id: row.id,
    channel: row.channel,
    ...(row.recipient === null ? {} : { to: row.recipient }),
    template: row.template,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.created_at,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_ms,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
  };
}

/** The columns of a case row its statistics facts keep (`case_facts`). */
export function factSourceOf(
  row: Pick<CaseRow, 'id' | 'item_code' | 'item_version' | 'unit_id' | 'window_id' | 'created_by'>,
): CaseFactSource {
  return {
    caseId: row.id,
    itemCode: row.item_code,
    itemVersion: row.item_version,
    unitId: row.unit_id,
    windowId: row.window_id,
    clerkId: row.created_by,
  };
}
