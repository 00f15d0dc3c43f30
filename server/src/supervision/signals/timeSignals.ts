import type { CaseEvent } from '@govflow/engine';
import { chinaDeadline } from '../../notifications/templates.js';
import { createdTasks, openTasksAt, text, type TaskTrace } from './caseHistory.js';
import type { DetectorContext, SignalDraft } from './signalDraft.js';

/**
 * The time ladder from the engine's timer events: scheme (b) — the warning before the case's deadline,
 * the yellow card at a deadline (the case's, or a step's own even when the case is on time), the red card
 * when the supervision period after it has run out with the work still open; scheme (a) — an overdue case
 * or step is signalled red at once. Overtime-default approval is the case's overdue card, said so.
 * The scheme is the one the case was accepted with (a case with a ladder in its clock is scheme b).
 */
export function timeSignals(context: DetectorContext): SignalDraft[] {
  const drafts: SignalDraft[] = [];
  const created = createdTasks(context.events);
  for (const event of context.fresh) {
    if (event.type === 'case.deemedApproved') drafts.push(deemedCard(context, event));
    if (event.type !== 'timer.fired' || event.data['target'] === 'element') continue;
    const rung = event.data['kind'];
    if (rung !== 'warning' && rung !== 'due' && rung !== 'supervision') continue;
    const task = event.data['target'] === 'task' ? created.get(text(event.data['taskId']) ?? '') : undefined;
    if (event.data['target'] === 'task' && !task) continue;
    drafts.push(ladderDraft(context, event, rung, task));
  }
  return drafts;
}

function ladderDraft(
  context: DetectorContext,
  event: CaseEvent,
  rung: 'warning' | 'due' | 'supervision',
  task: TaskTrace | undefined,
): SignalDraft {
  const { record, item } = context;
  const dueAt = text(event.data['dueAt']) ?? event.at;
  const cards = record.state.clock.ladder !== undefined;
  const subject = task
    ? `「${item.name}」（受理编号 ${record.receiptNumber}）的环节「${task.name}」`
    : `「${item.name}」（受理编号 ${record.receiptNumber}）`;
  const limit = task ? '本环节办理时限' : '承诺办结期限';
  const holder = task
    ? { id: text(event.data['assignee']) ?? task.holder, groups: task.groups }
    : caseHolder(context.events, event.seq);
  const base = {
    occurredAt: dueAt,
    responsibleId: holder?.id ?? null,
    groups: holder?.groups ?? [],
    ...(task ? { taskId: task.taskId, elementId: task.elementId, stepName: task.name } : {}),
  };
  const deadline = (instant: string): string => chinaDeadline(instant);
  if (rung === 'warning') {
    const days = record.state.clock.ladder?.warningDaysLeft ?? null;
    return {
      ...base,
      kind: 'warning',
      level: 'warning',
      summary: `${subject}距${limit}（${deadline(record.state.clock.promisedDueAt)}）已不足 ${String(days)} 个工作日，请抓紧办理`,
      facts: { target: 'case', instant: dueAt, deadline: record.state.clock.promisedDueAt, warningDaysLeft: days },
    };
  }
  const taskDueAt = task
    ? (record.state.tasks.find((t) => t.id === task.taskId)?.dueAt ?? dueOfTask(context.events, task.taskId))
    : null;
  const deadlineAt = task ? (taskDueAt ?? dueAt) : rung === 'due' ? dueAt : record.state.clock.promisedDueAt;
  if (rung === 'supervision') {
    const days = record.state.clock.ladder?.supervisionDays ?? null;
    return {
      ...base,
      kind: 'red-card',
      level: 'red',
      summary: `${subject}超过${limit}（${deadline(deadlineAt)}），督办期 ${String(days)} 个工作日届满仍未办结，亮红牌`,
      facts: { target: task ? 'step' : 'case', deadline: deadlineAt, supervisionDays: days, instant: dueAt },
    };
  }
  return {
    ...base,
    kind: cards ? 'yellow-card' : 'overdue',
    level: cards ? 'yellow' : 'red',
    summary: `${subject}已超过${limit}（${deadline(dueAt)}），${cards ? '亮黄牌' : '亮红灯'}`,
    facts: { target: task ? 'step' : 'case', deadline: dueAt },
  };
}

function deemedCard(context: DetectorContext, event: CaseEvent): SignalDraft {
  const { record, item } = context;
  const dueAt = text(event.data['dueAt']) ?? event.at;
  const cards = record.state.clock.ladder !== undefined;
  const holders = Array.isArray(event.data['holders']) ? event.data['holders'] : [];
  const holder = holders.map(text).find((h): h is string => h !== null) ?? null;
  const steps = Array.isArray(event.data['steps']) ? event.data['steps'] : [];
  const open = openTasksAt(context.events, event.seq - 1);
  return {
    kind: cards ? 'yellow-card' : 'overdue',
    level: cards ? 'yellow' : 'red',
    occurredAt: dueAt,
    responsibleId: holder,
    groups: open[0]?.groups ?? [],
    summary:
      `「${item.name}」（受理编号 ${record.receiptNumber}）承诺期限（${chinaDeadline(dueAt)}）届满未作出决定，` +
      '依超时默许视为准予许可并即时制证；超时责任照样记录',
    facts: { target: 'case', deadline: dueAt, overtimeDefault: true, basis: event.data['basis'] ?? null, steps },
  };
}

/** Who holds the case at an instant: the first open step with a holder (its groups for the department). */
function caseHolder(
  events: readonly CaseEvent[],
  seq: number,
): { id: string | null; groups: readonly string[] } | null {
  const open = openTasksAt(events, seq);
  const held = open.find((t) => t.holder !== null) ?? open[0];
  return held ? { id: held.holder, groups: held.groups } : null;
}

function dueOfTask(events: readonly CaseEvent[], taskId: string): string | null {
  const created = events.find((e) => e.type === 'task.created' && e.data['taskId'] === taskId);
  return text(created?.data['dueAt']);
}
