import { EngineError } from '../errors.js';
import type { ProcessModel } from '../model/types.js';
import { fireTimer } from './commands/fireTimer.js';
import {
  extendCommand,
  resumeClockCommand,
  stopClockCommand,
  terminateCommand,
  withdrawCommand,
} from './commands/caseCommands.js';
import { claimTask, completeTask, returnTask, transferTask } from './commands/taskCommands.js';
import type { Command } from './commands/types.js';
import { drain, settle } from './drain.js';
import type { RunOptions } from './options.js';
import { Run } from './run.js';
import type { EngineResult } from './startCase.js';
import { STATE_SCHEMA_VERSION, clonePlain, type CaseState } from './state.js';

type Handler = (run: Run, command: never) => void;

const HANDLERS: Readonly<Record<Command['type'], Handler>> = {
  claim: claimTask,
  complete: completeTask,
  return: returnTask,
  transfer: transferTask,
  stopClock: stopClockCommand,
  resumeClock: resumeClockCommand,
  extend: extendCommand,
  terminate: terminateCommand,
  withdraw: withdrawCommand,
  fireTimer,
};

/**
 * Applies one command to a case and returns the new state and its events. Pure: the given state is
 * never modified, time comes from `options.now`, and a rejected command throws an `EngineError`
 * with a stable code.
 */
export function applyCommand(
  model: ProcessModel,
  state: CaseState,
  command: Command,
  options: RunOptions,
): EngineResult {
  if (state.schemaVersion !== STATE_SCHEMA_VERSION) {
    throw new EngineError('STATE_VERSION_UNSUPPORTED', `案件状态版本 ${String(state.schemaVersion)} 无法识别`, {
      schemaVersion: state.schemaVersion,
    });
  }
  if (state.processId !== model.id) {
    throw new EngineError('STATE_MODEL_MISMATCH', `案件属于流程 ${state.processId}，不是 ${model.id}`);
  }
  const type = (command as { type?: unknown } | undefined)?.type;
  const handler =
    typeof type === 'string' && Object.hasOwn(HANDLERS, type) ? HANDLERS[type as Command['type']] : undefined;
  if (!handler) throw new EngineError('COMMAND_UNKNOWN', `无法识别的操作：${String(type)}`, { type });
  const draft = clonePlain(state);
  const run = new Run(model, draft, options.now, options.calendar);
  if (run.nowMs < Date.parse(state.updatedAt)) {
    throw new EngineError('TIME_REVERSED', `操作时间 ${run.now} 早于案件最后一次操作时间 ${state.updatedAt}`);
  }
  if (draft.status !== 'running') {
    throw new EngineError('CASE_CLOSED', `案件已${CLOSED_LABELS[draft.status] ?? '结束'}，不能再操作`, {
      status: draft.status,
    });
  }
  handler(run, command as never);
  drain(run);
  settle(run);
  return { state: draft, events: run.events };
}

const CLOSED_LABELS: Record<string, string> = { completed: '办结', terminated: '终止', withdrawn: '撤回' };
