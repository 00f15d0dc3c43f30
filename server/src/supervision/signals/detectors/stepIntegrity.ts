import type { CaseEvent, ElementDef, ProcessModel } from '@govflow/engine';
import { text } from '../caseHistory.js';
import type { Detector, DetectorContext, SignalDraft } from '../signalDraft.js';

/**
 * 环节完整性: the case's history checked against its compiled model — a step worked on that was never
 * opened, a step opened before any step leading to it was done (skipped or out of order), or a case
 * completed through a normal end without a step every path to that end passes through.
 */
export const stepIntegrity: Detector = {
  kind: 'step-integrity',
  detect(context: DetectorContext): SignalDraft[] {
    const { events, fresh, model } = context;
    const graph = predecessorsOf(model);
    const drafts: SignalDraft[] = [];
    const firstFresh = events.length - fresh.length;
    for (let index = firstFresh; index < events.length; index += 1) {
      const event = events[index] as CaseEvent;
      const before = events.slice(0, index);
      const taskId = text(event.data['taskId']);
      if (
        WORK.has(event.type) &&
        taskId &&
        !before.some((e) => e.type === 'task.created' && e.data['taskId'] === taskId)
      ) {
        drafts.push(
          breach(context, event, taskId, `「${stepName(model, event)}」未经开启即被办理`, { rule: 'not-opened' }),
        );
      }
      if (event.type === 'task.created' && taskId && !reachedLawfully(model, graph, event, before)) {
        const name = stepName(model, event);
        drafts.push(
          breach(context, event, taskId, `「${name}」在其前序环节办结之前开启（跳过或颠倒环节）`, {
            rule: 'out-of-order',
          }),
        );
      }
      if (event.type === 'case.completed') {
        const missing = mandatorySteps(model, graph, text(event.data['endEventId']) ?? '').filter(
          (step) => !before.some((e) => e.type === 'task.completed' && e.data['elementId'] === step.id),
        );
        if (missing.length > 0) {
          const names = missing.map((s) => `「${s.name}」`).join('、');
          drafts.push(
            breach(context, event, null, `案件办结但缺少必经环节${names}`, {
              rule: 'skipped',
              steps: missing.map((s) => s.id),
            }),
          );
        }
      }
    }
    return drafts;
  },
};

const WORK: ReadonlySet<string> = new Set(['task.completed', 'task.claimed', 'task.returned', 'task.transferred']);

function breach(
  context: DetectorContext,
  event: CaseEvent,
  taskId: string | null,
  what: string,
  facts: Record<string, unknown>,
): SignalDraft {
  const { record, item } = context;
  const elementId = text(event.data['elementId']);
  return {
    kind: 'step-integrity',
    level: 'yellow',
    occurredAt: event.at,
    responsibleId: event.by ?? lastActor(context.events, event.seq),
    summary: `「${item.name}」（受理编号 ${record.receiptNumber}）${what}`,
    facts: { ...facts, eventSeq: event.seq, eventType: event.type, elementId },
    ...(taskId === null ? {} : { taskId }),
    ...(elementId === null ? {} : { elementId, stepName: context.model.elements[elementId]?.name ?? elementId }),
  };
}

/** The elements each element can be entered from (a boundary timer from the activity it is attached to). */
function predecessorsOf(model: ProcessModel): Map<string, string[]> {
  const preds = new Map<string, string[]>();
  for (const element of Object.values(model.elements)) {
    for (const flow of element.outgoing) preds.set(flow.target, [...(preds.get(flow.target) ?? []), element.id]);
    if (element.kind === 'boundaryTimer' && element.attachedTo) preds.set(element.id, [element.attachedTo]);
  }
  return preds;
}

/**
 * Whether a step could lawfully open when it did: some element leading to it was passed — a user task
 * completed (or, for a boundary timer, opened), a start event, a join with every branch passed; a step
 * returned to (退回) or an instance of a step already open is lawful too.
 */
function reachedLawfully(
  model: ProcessModel,
  graph: Map<string, string[]>,
  event: CaseEvent,
  before: readonly CaseEvent[],
): boolean {
  const elementId = text(event.data['elementId']) ?? '';
  if (
    before.some(
      (e) =>
        (e.type === 'task.returned' && e.data['to'] === elementId) ||
        (e.type === 'task.created' && e.data['elementId'] === elementId),
    )
  ) {
    return true;
  }
  const done = (id: string, type: string): boolean => before.some((e) => e.type === type && e.data['elementId'] === id);
  const passed = (id: string, seen: ReadonlySet<string>): boolean => {
    if (seen.has(id)) return false;
    const element = model.elements[id];
    if (!element) return false;
    const next = new Set(seen).add(id);
    if (element.kind === 'userTask') return done(id, 'task.completed');
    if (element.kind === 'startEvent') return true;
    if (element.kind === 'boundaryTimer')
      return done(element.attachedTo ?? '', 'task.created') || passedAny(element.attachedTo ?? '', next);
    const sources = graph.get(id) ?? [];
    if (element.kind === 'parallelGateway' && sources.length > 1) return sources.every((s) => passed(s, next));
    return sources.some((s) => passed(s, next));
  };
  const passedAny = (id: string, seen: ReadonlySet<string>): boolean =>
    (graph.get(id) ?? []).some((s) => passed(s, seen));
  return passedAny(elementId, new Set([elementId]));
}

/** The top-level user steps every path from the start to this end passes through. */
function mandatorySteps(model: ProcessModel, graph: Map<string, string[]>, endId: string): ElementDef[] {
  const end = model.elements[endId];
  if (!end || end.container !== '' || graph.size === 0) return [];
  const steps = Object.values(model.elements).filter((e) => e.kind === 'userTask' && e.container === '');
  return steps.filter((step) => !reachable(model, model.start, endId, step.id));
}

function reachable(model: ProcessModel, from: string, to: string, avoid: string): boolean {
  const seen = new Set<string>([avoid]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    const element = model.elements[id];
    if (!element) continue;
    queue.push(...element.outgoing.map((f) => f.target), ...element.boundaries);
  }
  return false;
}

function stepName(model: ProcessModel, event: CaseEvent): string {
  const elementId = text(event.data['elementId']) ?? '';
  return text(event.data['name']) ?? model.elements[elementId]?.name ?? elementId;
}

function lastActor(events: readonly CaseEvent[], seq: number): string | null {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i] as CaseEvent;
    if (e.seq < seq && e.by) return e.by;
  }
  return null;
}
