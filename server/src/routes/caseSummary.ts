import type { CaseRecord } from '../store/port.js';
import type { CaseFacts } from '../services/lifecycle/caseFacts.js';

/** The case as lists and command replies show it. */
export function summarizeCase(record: CaseRecord) {
  const { state } = record;
  return {
    id: record.id,
    receiptNumber: record.receiptNumber,
    itemCode: record.itemCode,
    itemVersion: record.itemVersion,
    applicantName: record.applicantName,
    status: state.status,
    outcome: state.outcome ?? null,
    acceptedAt: state.clock.acceptedAt,
    promisedDueAt: state.clock.promisedDueAt,
    usedDays: state.clock.usedDays,
    clock: state.clock.status,
    tasks: state.tasks.map((t) => ({ id: `${record.id}.${t.id}`, name: t.name, dueAt: t.dueAt ?? null })),
    version: record.version,
  };
}

/** The summary with completion and delivery, as the 办结 / 送达 replies and the case detail show them. */
export function summarizeWithFacts(record: CaseRecord, facts: CaseFacts) {
  return { ...summarizeCase(record), conclusion: facts.conclusion, delivery: facts.delivery };
}
