import { formatInstant } from '@govflow/engine';
import { chinaDeadline } from '../../notifications/templates.js';
import { SignalConflictError } from '../../store/port.js';
import { recordSignal, SIGNAL_SYSTEM_ACTOR } from './signalFactory.js';
import type { SignalDeps } from './signalProcessor.js';
import { rulesFor, withDefaults } from './signalSettings.js';

/**
 * Flags every open signal whose answer fell due by now, each once: a signal of its own (kind
 * `unanswered`, for the same people and department, itself answerable but never flagged again) and a
 * `signal.flagged` entry on the original's chain. Returns how many were flagged.
 */
export async function flagUnanswered(deps: SignalDeps): Promise<number> {
  const { store, catalog, calendar } = deps;
  const now = formatInstant(deps.clock.now());
  let flagged = 0;
  for (const signal of await store.listSignals({ answerOverdueAt: now }, 100)) {
    const record = await store.getCase(signal.caseId);
    if (!record) continue;
    const item = await catalog.getItem(record.itemCode, record.itemVersion);
    const rules = rulesFor(withDefaults((await store.getSignalSettings())?.settings), item.code);
    const due = signal.answerDueAt ?? now;
    const created = await recordSignal(store, calendar, {
      record,
      item,
      rules,
      now,
      relatedSignalId: signal.id,
      who: signal,
      draft: {
        kind: 'unanswered',
        level: 'yellow',
        keySubject: `signal:${signal.id}`,
        occurredAt: due,
        summary: `监察信号「${signal.summary}」未在 ${chinaDeadline(due)}前答复`,
        facts: { signalId: signal.id, signalKind: signal.kind, answerDueAt: due },
        ...(signal.taskId === null ? {} : { taskId: signal.taskId }),
        ...(signal.elementId === null ? {} : { elementId: signal.elementId }),
        ...(signal.stepName === null ? {} : { stepName: signal.stepName }),
      },
    });
    try {
      await store.appendSignalEntry(
        signal.id,
        signal.entryCount,
        {
          type: 'signal.flagged',
          at: now,
          by: SIGNAL_SYSTEM_ACTOR,
          data: { answerDueAt: due, flagSignalId: created?.id ?? null },
        },
        { flaggedAt: now },
        [],
      );
    } catch (error) {
      // Answered meanwhile: the flag stands as recorded, the original keeps its answer.
      if (!(error instanceof SignalConflictError)) throw error;
    }
    if (created) flagged += 1;
  }
  return flagged;
}
