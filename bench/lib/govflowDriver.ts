import {
  applyCommand,
  compileProcess,
  createChinaCalendar,
  startCase,
  type Actor,
  type CaseState,
  type ProcessModel,
} from '@govflow/engine';
import type { CaseDriver, StepResult } from './driver.js';

/** Monday 2026-03-02 09:00 China time: when every benchmark case is accepted. */
export const CASE_START_MS = Date.parse('2026-03-02T09:00:00+08:00');
/** Time between two steps of a case (half an hour). */
export const STEP_GAP_MS = 30 * 60_000;

/** A handler who belongs to every candidate group of the benchmark processes. */
const ACTOR: Actor = {
  id: 'bench-handler',
  groups: ['window', 'reviewer', 'auditor', 'leader', 'market', 'fire', 'health'],
};

/** A govflow driver for a compiled model (shared by every case, as on a server). */
export function govflowDriver(model: ProcessModel): CaseDriver {
  const calendar = createChinaCalendar();
  return {
    engine: 'govflow',
    processId: model.id,
    start(caseNo: number): Promise<string> {
      const { state } = startCase(model, { caseId: `C${caseNo}`, actor: ACTOR, now: CASE_START_MS, calendar });
      return Promise.resolve(JSON.stringify(state));
    },
    step(stored: string): StepResult {
      const state = JSON.parse(stored) as CaseState;
      const task = state.tasks[0];
      if (task === undefined) throw new Error(`case ${state.caseId} has no open task`);
      const now = Date.parse(state.updatedAt) + STEP_GAP_MS;
      const command = { type: 'complete', taskId: task.id, actor: ACTOR, outcome: 'approve' } as const;
      const next = applyCommand(model, state, command, { now, calendar }).state;
      return { stored: JSON.stringify(next), open: next.status === 'running' };
    },
  };
}

/** Compiles the govflow variant of a fixture and returns its driver. */
export async function createGovflowDriver(xml: string): Promise<CaseDriver> {
  const { model } = await compileProcess(xml);
  return govflowDriver(model);
}
