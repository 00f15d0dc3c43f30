import type { ApprovalItem, ProvidedMaterial, PublishedItem } from '@govflow/catalog';
import type { CaseEvent, CaseState } from '@govflow/engine';
import { StoreKeyError } from '../errors.js';
import { hashEvent, type ChainAlgorithm } from '../hashChain.js';
import type { OutboxEntry, OutboxMessage } from '../outbox.js';
import type { CaseRecord, DueTimer, StoredEvent, TaskRow, UserRecord } from '../port.js';
import type { CaseHeadDoc, EventDoc, ItemDoc, OutboxDoc, TaskDoc, TimerDoc, UserDoc } from './documents.js';

/** A key from a caller as a plain string; anything else (an object like `{ $gt: '' }`) is refused. */
export function key(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new StoreKeyError(field);
  return value;
}

/** A case head document as the port's record. */
export function toRecord(doc: CaseHeadDoc): CaseRecord {
  return {
    id: doc._id,
    receiptNumber: doc.receiptNumber,
    itemCode: doc.itemCode,
    itemVersion: doc.itemVersion,
    version: doc.version,
    state: JSON.parse(doc.state) as CaseState,
    formData: JSON.parse(doc.formData) as Record<string, unknown>,
    materials: JSON.parse(doc.materials) as ProvidedMaterial[],
    applicantName: doc.applicantName,
    createdBy: doc.createdBy,
    createdAt: doc.createdAt,
    unitId: doc.unitId ?? '',
    windowId: doc.windowId ?? null,
    scopeKeys: [...(doc.scopeKeys ?? [])].sort(),
  };
}

/** Chains a commit's events onto `headHash`; returns the documents to append and the new head. */
export function chainEvents(
  events: readonly CaseEvent[],
  headHash: string,
  algorithm: ChainAlgorithm,
): { readonly docs: EventDoc[]; readonly head: string } {
  let prevHash = headHash;
  const docs: EventDoc[] = [];
  for (const event of events) {
    const hash = hashEvent(event, prevHash, algorithm);
    docs.push({
      seq: event.seq,
      eventType: event.type,
      at: event.at,
      by: event.by ?? null,
      data: JSON.stringify(event.data),
      prevHash,
      hash,
    });
    prevHash = hash;
  }
  return { docs, head: prevHash };
}

/** A stored event document as the port's event, exactly as the SQLite adapter gives it. */
export function toStoredEvent(caseId: string, doc: EventDoc): StoredEvent {
  return {
    seq: doc.seq,
    type: doc.eventType as CaseEvent['type'],
    at: doc.at,
    caseId,
    ...(doc.by === null || doc.by === undefined ? {} : { by: doc.by }),
    data: JSON.parse(doc.data) as Record<string, unknown>,
    prevHash: doc.prevHash,
    hash: doc.hash,
  };
}

/** The open tasks of a state, as indexed documents. */
export function taskDocs(state: CaseState): TaskDoc[] {
  return state.tasks.map((t) => ({
    taskId: t.id,
    elementId: t.el,
    name: t.name,
    assignee: t.assignee ?? null,
    candidateGroups: [...(t.candidateGroups ?? [])],
    claimedBy: t.claimedBy ?? null,
    startedAt: t.startedAt,
    dueAt: t.dueAt ?? null,
  }));
}

/** The timers of a state, as indexed documents without leases. */
export function timerDocs(state: CaseState): TimerDoc[] {
  return state.timers.map((t) => ({
    timerId: t.id,
    kind: t.kind,
    dueAt: t.dueAt,
    dueMs: Date.parse(t.dueAt),
    taskId: t.taskId ?? null,
    leaseOwner: null,
    leaseUntil: 0,
  }));
}

/** New outbox messages, pending and due at once. */
export function outboxDocs(messages: readonly OutboxMessage[]): OutboxDoc[] {
  return messages.map((m) => ({
    messageId: m.id,
    channel: m.channel,
    to: m.to ?? null,
    template: m.template,
    payload: JSON.stringify(m.payload),
    createdAt: m.createdAt,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    leaseOwner: null,
    leaseUntil: 0,
    lastError: null,
    deliveredAt: null,
  }));
}

/** A task document with its case's worklist fields, as the port's task. */
export function toTaskRow(
  caseId: string,
  head: Pick<CaseHeadDoc, 'itemCode' | 'receiptNumber' | 'applicantName'>,
  t: TaskDoc,
): TaskRow {
  return {
    id: `${caseId}.${t.taskId}`,
    caseId,
    taskId: t.taskId,
    elementId: t.elementId,
    name: t.name,
    assignee: t.assignee ?? null,
    candidateGroups: [...t.candidateGroups],
    claimedBy: t.claimedBy ?? null,
    startedAt: t.startedAt,
    dueAt: t.dueAt ?? null,
    itemCode: head.itemCode,
    receiptNumber: head.receiptNumber,
    applicantName: head.applicantName,
  };
}

/** A timer document as the port's due timer. */
export function toDueTimer(caseId: string, t: TimerDoc): DueTimer {
  return {
    caseId,
    id: t.timerId,
    kind: t.kind,
    dueAt: t.dueAt,
    ...(t.taskId === null || t.taskId === undefined ? {} : { taskId: t.taskId }),
  };
}

/** An outbox document as the port's entry. */
export function toOutboxEntry(caseId: string, m: OutboxDoc): OutboxEntry {
  return {
    caseId,
    id: m.messageId,
    channel: m.channel,
    ...(m.to === null || m.to === undefined ? {} : { to: m.to }),
    template: m.template,
    payload: JSON.parse(m.payload) as Record<string, unknown>,
    createdAt: m.createdAt,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.nextAttemptAt,
    lastError: m.lastError ?? null,
    deliveredAt: m.deliveredAt ?? null,
  };
}

/** An item document as the port's published version. */
export function toPublished(doc: ItemDoc): PublishedItem {
  return {
    item: JSON.parse(doc.data) as ApprovalItem,
    hash: doc.hash,
    publishedBy: doc.publishedBy,
    publishedAt: doc.publishedAt,
  };
}

/** A user document as the port's account. */
export function toUser(doc: UserDoc | null): UserRecord | undefined {
  if (!doc) return undefined;
  return {
    id: doc._id,
    username: doc.username,
    displayName: doc.displayName,
    role: doc.role,
    groups: [...doc.groups],
    unitId: doc.unitId ?? null,
    departmentId: doc.departmentId ?? null,
    windowId: doc.windowId ?? null,
    passwordHash: doc.passwordHash,
  };
}

/** True for MongoDB's duplicate-key error on the given index key (e.g. `_id`). */
export function isDuplicateKey(error: unknown, field?: string): boolean {
  const e = error as { code?: unknown; keyPattern?: Record<string, unknown>; keyValue?: Record<string, unknown> };
  if (e.code !== 11000) return false;
  if (field === undefined) return true;
  return Object.hasOwn(e.keyPattern ?? e.keyValue ?? {}, field);
}
