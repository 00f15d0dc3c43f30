import { EngineError } from '../errors.js';
import type { ProcessModel } from '../model/types.js';
import { formatInstant } from '../time/instant.js';
import { requireActor } from './commands/guards.js';
import { drain, settle } from './drain.js';
import type { CaseEvent } from './events.js';
import {
  DEFAULT_CASE_THRESHOLDS,
  DEFAULT_EXTENSION_DAYS,
  DEFAULT_STATUTORY_DAYS,
  type CaseLimits,
  type StartOptions,
} from './options.js';
import { Run } from './run.js';
import { STATE_SCHEMA_VERSION, type CaseState, type ClockState } from './state.js';
import { arrive } from './tokens.js';
import { assertPlainVariables } from './variables.js';

/** The outcome of every engine call: the new state and the events it produced, in order. */
export interface EngineResult {
  readonly state: CaseState;
  readonly events: readonly CaseEvent[];
}

/**
 * Accepts a case (受理): starts the legal clock and runs the process to its first waiting steps.
 * Limits come from `options.limits` (the catalog item), else from the model's `gov:` attributes.
 */
export function startCase(model: ProcessModel, options: StartOptions): EngineResult {
  if (typeof options.caseId !== 'string' || options.caseId.trim() === '') {
    throw new EngineError('COMMAND_INVALID', '缺少案件编号', { field: 'caseId' });
  }
  const actor = requireActor(options.actor);
  const given = { ...(options.variables ?? {}) };
  assertPlainVariables(given);
  const variables = structuredClone(given);
  const placeholder = formatInstant(0);
  const state: CaseState = {
    schemaVersion: STATE_SCHEMA_VERSION,
    caseId: options.caseId,
    processId: model.id,
    status: 'running',
    seq: 0,
    ids: 0,
    variables,
    tokens: [],
    scopes: [],
    tasks: [],
    clock: {} as ClockState,
    timers: [],
    startedAt: placeholder,
    updatedAt: placeholder,
  };
  if (options.applicantId !== undefined) state.applicantId = options.applicantId;
  const run = new Run(model, state, options.now, options.calendar);
  state.startedAt = run.now;
  state.clock = startClock(run, model, options.limits ?? {});
  run.emit('case.accepted', { processId: model.id, itemCode: model.itemCode ?? null, acceptedAt: run.now }, actor.id);
  run.emit('clock.started', {
    countsFrom: state.clock.countsFrom,
    promisedDays: state.clock.promisedDays,
    statutoryDays: state.clock.statutoryDays,
    promisedDueAt: state.clock.promisedDueAt,
    legalDueAt: state.clock.legalDueAt,
    unit: state.clock.unit,
  });
  arrive(run, model.start, '');
  drain(run);
  settle(run);
  return { state, events: run.events };
}

function startClock(run: Run, model: ProcessModel, limits: CaseLimits): ClockState {
  const unit = limits.unit ?? model.limits.unit;
  const statutoryDays = limits.statutoryDays ?? model.limits.statutoryDays ?? DEFAULT_STATUTORY_DAYS;
  const promisedDays = limits.promisedDays ?? model.limits.promisedDays ?? statutoryDays;
  if (unit !== 'working' && unit !== 'calendar') {
    throw new EngineError('COMMAND_INVALID', `计时单位应为 working 或 calendar：${String(unit)}`, { field: 'unit' });
  }
  const yellowDaysLeft = limits.yellowDaysLeft ?? model.limits.yellowDaysLeft ?? DEFAULT_CASE_THRESHOLDS.yellowDaysLeft;
  const redDaysLeft = limits.redDaysLeft ?? model.limits.redDaysLeft ?? DEFAULT_CASE_THRESHOLDS.redDaysLeft;
  const extensionLimitDays = limits.extensionLimitDays ?? DEFAULT_EXTENSION_DAYS;
  checkDays('promisedDays', promisedDays, false);
  checkDays('statutoryDays', statutoryDays, false);
  checkDays('yellowDaysLeft', yellowDaysLeft, true);
  checkDays('redDaysLeft', redDaysLeft, true);
  checkDays('extensionLimitDays', extensionLimitDays, true);
  if (promisedDays > statutoryDays) {
    throw new EngineError('COMMAND_INVALID', `承诺时限（${promisedDays}）不得超过法定时限（${statutoryDays}）`, {
      field: 'promisedDays',
    });
  }
  const countStart = limits.countAcceptanceDay ?? false;
  const countsFrom = run.deadline(run.nowMs, 0, unit, countStart);
  return {
    status: 'running',
    unit,
    acceptedAt: run.now,
    countsFrom: formatInstant(countsFrom),
    promisedDays,
    statutoryDays,
    promisedDueAt: formatInstant(run.deadline(run.nowMs, promisedDays, unit, countStart)),
    legalDueAt: formatInstant(run.deadline(run.nowMs, statutoryDays, unit, countStart)),
    usedDays: 0,
    stoppedDays: 0,
    stops: [],
    yellowDaysLeft,
    redDaysLeft,
    extensionLimitDays,
    fired: [],
    ...ladderOf(limits),
    ...overtimeDefaultOf(limits),
  };
}

/** The signal ladder from the limits, checked: a warning (zero allowed) and a supervision period in days. */
function ladderOf(limits: CaseLimits): Pick<ClockState, 'ladder'> {
  const ladder = limits.ladder as CaseLimits['ladder'] | null;
  if (ladder === undefined) return {};
  if (typeof ladder !== 'object' || ladder === null) {
    throw new EngineError('COMMAND_INVALID', '信号阶梯设置无效', { field: 'ladder' });
  }
  const { warningDaysLeft, supervisionDays } = ladder;
  if (warningDaysLeft !== undefined) checkDays('ladder.warningDaysLeft', warningDaysLeft, true);
  if (supervisionDays !== undefined) checkDays('ladder.supervisionDays', supervisionDays, false);
  return {
    ladder: {
      ...(warningDaysLeft ? { warningDaysLeft } : {}),
      ...(supervisionDays === undefined ? {} : { supervisionDays }),
    },
  };
}

/** Overtime-default approval from the limits: on with a non-blank legal basis. */
function overtimeDefaultOf(limits: CaseLimits): Pick<ClockState, 'overtimeDefault'> {
  const setting = limits.overtimeDefault as CaseLimits['overtimeDefault'] | null;
  if (setting === undefined) return {};
  if (typeof setting?.basis !== 'string' || setting.basis.trim() === '' || setting.basis.length > 500) {
    throw new EngineError('COMMAND_INVALID', '超时默许须写明依据（不超过 500 字）', { field: 'overtimeDefault' });
  }
  return { overtimeDefault: { basis: setting.basis.trim() } };
}

/** The longest limit a case may have, in days (ten years): anything longer is a mistake. */
const MAX_LIMIT_DAYS = 3650;

/** Checks a number of days from the catalog item: a multiple of 0.5, positive (or zero), at most ten years. */
function checkDays(field: string, days: unknown, zeroAllowed: boolean): void {
  const valid =
    typeof days === 'number' &&
    Number.isInteger(days * 2) &&
    (zeroAllowed ? days >= 0 : days > 0) &&
    days <= MAX_LIMIT_DAYS;
  if (!valid) {
    throw new EngineError('COMMAND_INVALID', `时限 ${field} 应为 0.5 的整数倍且不超过 ${MAX_LIMIT_DAYS} 天`, { field });
  }
}
