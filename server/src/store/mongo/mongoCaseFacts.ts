import type { CaseEvent, CaseState } from '@govflow/engine';
import { Schema } from 'mongoose';
import { completedSteps, deriveCaseFacts, type CaseFactRow, type CaseFactSource } from '../caseFactsRow.js';
import type { StepFactRow } from '../statisticsStore.js';

/** The statistics facts of a case, a field of its document set in the same single-document update as each commit. */
export type CaseFactsDoc = CaseFactRow;

/** A completed step inside its case document (`steps`, pushed by the commit that completed it). */
export type StepFactDoc = StepFactRow;

/** What a case document holds that the facts are derived from besides the state. */
export interface FactSourceDoc {
  _id: string;
  itemCode: string;
  itemVersion: number;
  unitId: string;
  windowId: string | null;
  createdBy: string;
}

/** The projection of `FactSourceDoc` (read with the head before a commit). */
export const FACT_SOURCE = { itemCode: 1, itemVersion: 1, unitId: 1, windowId: 1, createdBy: 1 } as const;

/** The facts of a case after a commit and the steps its events completed. */
export function factsOf(
  doc: FactSourceDoc,
  state: CaseState,
  events: readonly CaseEvent[],
): { facts: CaseFactsDoc; steps: StepFactDoc[] } {
  const source: CaseFactSource = {
    caseId: doc._id,
    itemCode: doc.itemCode,
    itemVersion: doc.itemVersion,
    unitId: doc.unitId,
    windowId: doc.windowId,
    clerkId: doc.createdBy,
  };
  return { facts: deriveCaseFacts(source, state), steps: completedSteps(source, events) };
}

const SUB = { _id: false, id: false, versionKey: false } as const;

const factsSchema = new Schema<CaseFactsDoc>(
  {
    caseId: String,
    itemCode: String,
    itemVersion: Number,
    unitId: String,
    windowId: { type: String, default: null },
    clerkId: String,
    status: String,
    open: Boolean,
    clock: String,
    acceptedMs: Number,
    promisedDays: Number,
    dueMs: Number,
    yellowMs: Number,
    redMs: Number,
    endedMs: { type: Number, default: null },
    usedDays: Number,
    timeliness: { type: String, default: null },
    outcome: { type: String, default: null },
  },
  SUB,
);

const stepSchema = new Schema<StepFactDoc>(
  {
    caseId: String,
    taskId: String,
    itemCode: String,
    itemVersion: Number,
    elementId: String,
    startedMs: Number,
    completedMs: Number,
    dueMs: { type: Number, default: null },
  },
  SUB,
);

/** Adds `facts` and `steps` to the case schema, with the indexes the board and the reports read by. */
export function addCaseFacts(caseSchema: Schema): void {
  caseSchema.add({ facts: { type: factsSchema, default: null }, steps: { type: [stepSchema], default: [] } });
  // The board: open cases by item and unit (lights compared with now in the pipeline).
  caseSchema.index(
    { 'facts.itemCode': 1, 'facts.unitId': 1, 'facts.dueMs': 1 },
    { partialFilterExpression: { 'facts.open': true } },
  );
  // Reports: accepted and ended in a period.
  caseSchema.index({ 'facts.acceptedMs': 1, 'facts.itemCode': 1 });
  caseSchema.index({ 'facts.endedMs': 1, 'facts.itemCode': 1 });
  // Step analysis: an item's completed steps.
  caseSchema.index({ 'steps.itemCode': 1, 'steps.completedMs': 1 });
}
