import { randomUUID } from 'node:crypto';
import type { ApprovalItem } from '@govflow/catalog';
import { chinaDayNumber, formatChinaDate, formatInstant, startOfChinaDay, type WorkingCalendar } from '@govflow/engine';
import type { CaseRecord, SignalEntry, SignalLevel, SignalRecord, Store } from '../../store/port.js';
import type { Responsibility } from './responsibility.js';
import type { SignalDraft } from './signalDraft.js';
import { signalNotices } from './signalNotifications.js';
import type { ResolvedSignalRules } from './signalSettings.js';

/** Who records signals the system detects. */
export const SIGNAL_SYSTEM_ACTOR = 'system';

/** The prefix of supervision recommendation letters' numbers (监察建议书), e.g. `JCJY20261013-0001`. */
export const LETTER_PREFIX = 'JCJY';

/** The unique key of a breach: the case, the step instance (or `case`) and the kind. */
export function signalKey(caseId: string, draft: Pick<SignalDraft, 'taskId' | 'kind' | 'keySubject'>): string {
  return `${caseId}|${draft.keySubject ?? draft.taskId ?? 'case'}|${draft.kind}`;
}

/** The instant an answer is due: the end of the N-th working day after the day the signal was recorded. */
export function answerDueAt(calendar: WorkingCalendar, createdAt: string, days: number): string {
  return formatInstant(calendar.addWorkingDays(startOfChinaDay(chinaDayNumber(createdAt) + 1), days));
}

/** Whether a level must be answered under the rules. */
export function needsAnswer(rules: Pick<ResolvedSignalRules, 'answerLevels'>, level: SignalLevel): boolean {
  return rules.answerLevels.includes(level);
}

/**
 * Records a draft as a signal, once: unless its key exists, a red card gets its letter number, and the
 * signal, its first history entry and its notices are written together. Returns undefined when the
 * breach was signalled before.
 */
export async function recordSignal(
  store: Store,
  calendar: WorkingCalendar,
  input: {
    readonly record: CaseRecord;
    readonly item: ApprovalItem;
    readonly draft: SignalDraft;
    readonly who: Responsibility;
    readonly rules: ResolvedSignalRules;
    readonly now: string;
    readonly relatedSignalId?: string;
  },
): Promise<SignalRecord | undefined> {
  const { record, item, draft, who, rules, now } = input;
  const key = signalKey(record.id, draft);
  if ((await store.listSignals({ key }, 1)).length > 0) return undefined;
  const letterNumber =
    draft.level === 'red' ? await store.nextDocumentNumber(LETTER_PREFIX, formatChinaDate(chinaDayNumber(now))) : null;
  const signal: Omit<SignalRecord, 'entryCount' | 'headHash'> = {
    id: randomUUID(),
    key,
    kind: draft.kind,
    level: draft.level,
    status: 'open',
    resolution: null,
    caseId: record.id,
    receiptNumber: record.receiptNumber,
    itemCode: item.code,
    itemName: item.name,
    taskId: draft.taskId ?? null,
    elementId: draft.elementId ?? null,
    stepName: draft.stepName ?? null,
    departmentId: who.departmentId,
    departmentName: who.departmentName,
    unitId: record.unitId || null,
    windowId: record.windowId,
    responsibleId: who.responsibleId,
    leadIds: who.leadIds,
    scopeKeys: who.scopeKeys,
    summary: draft.summary,
    facts: draft.facts,
    occurredAt: draft.occurredAt,
    createdAt: now,
    // An unanswered signal is itself the record of a missed deadline: answerable, but not flagged again.
    answerDueAt:
      draft.kind !== 'unanswered' && needsAnswer(rules, draft.level)
        ? answerDueAt(calendar, now, rules.answerDays)
        : null,
    flaggedAt: null,
    relatedSignalId: input.relatedSignalId ?? null,
    letterNumber,
    updatedAt: now,
  };
  const first: SignalEntry = {
    type: 'signal.created',
    at: now,
    by: SIGNAL_SYSTEM_ACTOR,
    data: {
      key,
      kind: signal.kind,
      level: signal.level,
      summary: signal.summary,
      facts: signal.facts,
      occurredAt: signal.occurredAt,
      responsibleId: signal.responsibleId,
      leadIds: [...signal.leadIds],
      departmentId: signal.departmentId,
      answerDueAt: signal.answerDueAt,
      letterNumber,
    },
  };
  return store.createSignal(signal, first, signalNotices(signal, 1, 'signal.created', now));
}
