import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { demoCatalog, type ApprovalItem } from '@govflow/catalog';
import {
  applyCommand,
  compileProcess,
  createChinaCalendar,
  startCase,
  type CaseEvent,
  type CaseState,
  type ProcessModel,
} from '@govflow/engine';
import type { CaseRecord, StoredEvent } from '@govflow/server';
import { stepIntegrity } from '../../../server/src/supervision/signals/detectors/stepIntegrity.js';
import { DEFAULT_SIGNAL_SETTINGS } from '../../../server/src/supervision/signals/signalSettings.js';

const calendar = createChinaCalendar();
const MONDAY = '2026-03-02T09:00:00+08:00';

/** Runs a case by the book: every open step completed in turn (approved, materials verified, signed) until it ends. */
function byTheBook(model: ProcessModel, item: ApprovalItem): { state: CaseState; events: CaseEvent[] } {
  let { state, events } = startCase(model, { caseId: item.code, actor: { id: 'clerk' }, now: MONDAY, calendar });
  const all = [...events];
  for (let round = 0; state.status === 'running' && round < 200; round += 1) {
    const task = (state as CaseState).tasks[0];
    if (!task) break;
    const step = model.elements[task.el]?.step;
    ({ state, events } = applyCommand(
      model,
      state,
      {
        type: 'complete',
        taskId: task.id,
        actor: { id: task.assignee ?? 'clerk', groups: task.candidateGroups ?? [] },
        outcome: 'approve',
        opinion: '同意',
        verifiedMaterials: [...(step?.materials ?? [])],
      },
      { now: MONDAY, calendar },
    ));
    all.push(...events);
  }
  return { state, events: all };
}

/** The stored case a history belongs to. */
function recordOf(id: string, itemCode: string, state: CaseState): CaseRecord {
  return {
    id,
    receiptNumber: `SL-${id}`,
    itemCode,
    itemVersion: 1,
    version: 1,
    state,
    formData: {},
    materials: [],
    applicantName: '王仕碧',
    createdBy: 'clerk',
    createdAt: MONDAY,
    unitId: 'jj',
    windowId: null,
    scopeKeys: [],
  };
}

describe('supervision signals / step integrity finds nothing in a lawful history', () => {
  it('given every item of the demo catalog run by the book, then no step is reported skipped or out of order', async () => {
    const findings: string[] = [];
    let ran = 0;
    for (const item of demoCatalog()) {
      const { model } = await compileProcess(item.processXml);
      const run = byTheBook(model, item);
      const events: StoredEvent[] = run.events.map((e) => ({ ...e, hash: '', prevHash: '' }));
      expect(
        events.map((e) => e.type),
        item.code,
      ).to.include('case.completed');
      ran += 1;
      const drafts = stepIntegrity.detect({
        record: recordOf(item.code, item.code, run.state),
        item,
        model,
        events,
        fresh: events,
        rules: DEFAULT_SIGNAL_SETTINGS.center,
        calendar,
      });
      findings.push(...drafts.map((d) => `${item.code}: ${d.summary}`));
    }
    expect(ran).to.equal(demoCatalog().length);
    expect(findings).to.deep.equal([]);
  });

  it('given an escalation by a boundary timer (the review cancelled, the lead takes over), then that lawful detour is not reported', async () => {
    const xml = readFileSync(new URL('../../fixtures/bpmn/escalation.bpmn', import.meta.url), 'utf8');
    const { model } = await compileProcess(xml);
    const started = startCase(model, { caseId: 'E1', actor: { id: 'clerk' }, now: MONDAY, calendar });
    const review = started.state.tasks[0];
    const timer = started.state.timers.find((t) => t.kind === 'boundary');
    const fired = applyCommand(
      model,
      started.state,
      { type: 'fireTimer', timerId: timer?.id ?? '' },
      { now: timer?.dueAt ?? MONDAY, calendar },
    );
    expect(fired.state.tasks.map((t) => t.el)).to.deep.equal(['leadReview']);
    const events: StoredEvent[] = [...started.events, ...fired.events].map((e) => ({ ...e, hash: '', prevHash: '' }));
    const drafts = stepIntegrity.detect({
      record: recordOf('E1', 'escalation', fired.state),
      item: demoCatalog()[0] as ApprovalItem,
      model,
      events,
      fresh: events,
      rules: DEFAULT_SIGNAL_SETTINGS.center,
      calendar,
    });
    expect(review?.el).to.equal('review');
    expect(drafts).to.deep.equal([]);
  });
});
