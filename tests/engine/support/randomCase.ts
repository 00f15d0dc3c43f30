/**
 * Random command sequences for property tests: each action is turned into a concrete command from
 * the case's current state (valid or deliberately invalid), and time only moves forward.
 */
import fc from 'fast-check';
import { formatInstant, type CaseState, type Command, type ProcessModel } from '@govflow/engine';
import { actorFor } from './harness.js';

/** What the generator asks for; `pick` chooses among tasks or timers, `hours` moves time on. */
export interface Action {
  readonly kind: ActionKind;
  readonly pick: number;
  readonly hours: number;
}

const KINDS = [
  'complete',
  'complete',
  'complete',
  'complete',
  'complete',
  'complete',
  'complete',
  'complete',
  'completeWrongActor',
  'claim',
  'claimOther',
  'fire',
  'fire',
  'fireProcess',
  'fireProcess',
  'fireEarly',
  'fireUnknown',
  'stop',
  'resume',
  'resume',
  'resume',
  'extend',
  'return',
  'past',
  'terminate',
] as const;

/** A kind of random action. */
export type ActionKind = (typeof KINDS)[number];

/** Arbitrary lists of actions. */
export const actionsArbitrary = fc.array(
  fc.record({ kind: fc.constantFrom(...KINDS), pick: fc.nat({ max: 1000 }), hours: fc.integer({ min: 0, max: 40 }) }),
  { maxLength: 60, size: 'max' },
);

/** One step of a case's command log: the command and the instant it was applied at. */
export interface LoggedCommand {
  readonly command: Command;
  readonly now: string;
}

const HOUR = 3_600_000;
const APPROVE_ALL = { marketOk: true, fireOk: true, envOk: true };

/**
 * The concrete command for an action on the case as it stands; returns the command and its instant
 * (the new `now` unless the action deliberately goes back in time).
 */
export function toCommand(
  model: ProcessModel,
  state: CaseState,
  nowMs: number,
  action: Action,
): { command: Command; nowMs: number; advance: boolean } {
  const later = nowMs + action.hours * HOUR;
  const task = state.tasks.length > 0 ? state.tasks[action.pick % state.tasks.length] : undefined;
  const timer = state.timers.length > 0 ? state.timers[action.pick % state.timers.length] : undefined;
  const taskId = task?.id ?? 't-none';
  const actor = task ? actorFor(task) : { id: 'clerk' };
  switch (action.kind) {
    case 'complete': {
      const step = task ? model.elements[task.el]?.step : undefined;
      const command: Command = {
        type: 'complete',
        taskId,
        actor,
        opinion: '同意',
        verifiedMaterials: [...(step?.materials ?? [])],
        variables: APPROVE_ALL,
      };
      return { command, nowMs: later, advance: true };
    }
    case 'completeWrongActor':
      return {
        command: { type: 'complete', taskId, actor: { id: 'intruder', groups: ['nobody'] } },
        nowMs: later,
        advance: true,
      };
    case 'claim':
      return { command: { type: 'claim', taskId, actor }, nowMs: later, advance: true };
    case 'claimOther':
      return {
        command: { type: 'claim', taskId, actor: { id: 'other', groups: task?.candidateGroups ?? [] } },
        nowMs: later,
        advance: true,
      };
    case 'fire': {
      const due = timer ? Math.max(later, Date.parse(timer.dueAt)) : later;
      return { command: { type: 'fireTimer', timerId: timer?.id ?? 'none:none' }, nowMs: due, advance: true };
    }
    case 'fireProcess': {
      const processTimers = state.timers.filter((t) => t.kind === 'boundary' || t.kind === 'catch');
      const chosen = processTimers[action.pick % Math.max(1, processTimers.length)] ?? timer;
      const due = chosen ? Math.max(later, Date.parse(chosen.dueAt)) : later;
      return { command: { type: 'fireTimer', timerId: chosen?.id ?? 'none:none' }, nowMs: due, advance: true };
    }
    case 'fireEarly':
      return { command: { type: 'fireTimer', timerId: timer?.id ?? 'none:none' }, nowMs: nowMs, advance: true };
    case 'fireUnknown':
      return { command: { type: 'fireTimer', timerId: `x${action.pick}:ghost` }, nowMs: later, advance: true };
    case 'stop':
      return {
        command: { type: 'stopClock', actor: { id: 'clerk' }, kind: 'supplement', reason: '补正材料' },
        nowMs: later,
        advance: true,
      };
    case 'resume':
      return { command: { type: 'resumeClock', actor: { id: 'clerk' } }, nowMs: later, advance: true };
    case 'extend':
      return {
        command: {
          type: 'extend',
          actor: { id: 'chief' },
          days: 1 + (action.pick % 12),
          approver: '局长',
          reason: '需要延期',
        },
        nowMs: later,
        advance: true,
      };
    case 'return': {
      const targets = task ? (model.elements[task.el]?.step?.returnTargets ?? []) : [];
      const to = targets[action.pick % Math.max(1, targets.length)] ?? 'nowhere';
      return { command: { type: 'return', taskId, actor, to, reason: '材料需补充' }, nowMs: later, advance: true };
    }
    case 'past':
      return { command: { type: 'claim', taskId, actor }, nowMs: nowMs - HOUR, advance: false };
    case 'terminate':
      return {
        command: { type: 'terminate', actor: { id: 'chief' }, reasons: action.pick % 2 === 0 ? ['不符合条件'] : [] },
        nowMs: later,
        advance: true,
      };
  }
}

/** `formatInstant`, re-exported for the property tests. */
export const instant = (ms: number): string => formatInstant(ms);
