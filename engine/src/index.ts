/**
 * `@govflow/engine` — compiles BPMN approval processes and runs them as a pure interpreter on
 * working-day time. No I/O, no system clock: time and calendar come in as arguments.
 *
 * @example
 * ```ts
 * import { compileProcess, startCase, applyCommand, createChinaCalendar } from '@govflow/engine';
 * const { model } = await compileProcess(xml);
 * const calendar = createChinaCalendar();
 * let { state, events } = startCase(model, { caseId: 'C1', actor: { id: 'clerk1' }, now: new Date(), calendar });
 * const taskId = state.tasks[0].id;
 * ({ state, events } = applyCommand(model, state, { type: 'complete', taskId, actor: { id: 'clerk1' } }, { now: new Date(), calendar }));
 * ```
 */
export { compileProcess, type CompileOptions, type CompileResult } from './compile/compileProcess.js';
export type { CalledElementResolver } from './compile/linkCalled.js';
export type { CheckOptions } from './compile/checkProcess.js';
export { lintProcess, lintProcessXml, type ProcessLint } from './compile/lintProcess.js';
export {
  BPMNLINT_PLUGIN_NAME,
  GOVFLOW_BPMNLINT_CONFIG,
  GOVFLOW_BPMNLINT_RULES,
  govflowBpmnlintCache,
  type BpmnlintReporter,
  type BpmnlintRule,
} from './lint/bpmnlintRules.js';
export { EngineError, ModelInvalidError, type ModelProblem } from './errors.js';
export { checkFeelSyntax, evaluateFeel, feelIsTrue, type FeelProblem } from './feel/feel.js';
export { GOV_ATTRIBUTES, GOV_NAMESPACE_URI, govModdleDescriptor } from './moddle/govModdleDescriptor.js';
export * from './model/types.js';
export { applyCommand } from './runtime/applyCommand.js';
export { CLOCK_STOP_KINDS, type ClockStopKind } from './runtime/clock.js';
export type * from './runtime/commands/types.js';
export { EVENT_TYPES, type CaseEvent, type EventType } from './runtime/events.js';
export * from './runtime/options.js';
export { startCase, type EngineResult } from './runtime/startCase.js';
export * from './runtime/state.js';
export {
  LIGHT_LEVELS,
  lightInstants,
  stepThresholds,
  type LightDeadline,
  type LightLevel,
} from './runtime/lightInstants.js';
export { mayWorkOn, type WorkableTask } from './runtime/commands/guards.js';
export { DEEMED_OPINION, SYSTEM_ACTOR } from './runtime/commands/deemApproval.js';
export { LADDER_RUNGS, type LadderRung } from './runtime/ladder.js';
export * from './time/calendarErrors.js';
export * from './time/chinaCalendar.js';
export * from './time/instant.js';
export * from './time/workingCalendar.js';
