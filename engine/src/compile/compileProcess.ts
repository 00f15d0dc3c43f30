import type { ModdleElement } from 'bpmn-moddle';
import { ModelInvalidError, type ModelProblem } from '../errors.js';
import type { ElementDef, ProcessLimits, ProcessModel } from '../model/types.js';
import { analyseTime, findInclusiveUpstream, findReturnTargets } from './analysis.js';
import { buildElements, type DraftElement } from './buildElements.js';
import { GovAttributeReader } from './govAttributes.js';
import { ElementGraph } from './graph.js';
import { DEFAULT_XML_LIMITS, guardXml } from './guardXml.js';
import { linkCalledProcesses, type CalledElementResolver } from './linkCalled.js';
import { parseXml } from './parseXml.js';
import { ProblemList } from './problems.js';
import { checkExpressions } from './rules/expressions.js';
import { checkStructure } from './rules/structure.js';
import { addStepWarnings } from './rules/warnings.js';

/** Options of `compileProcess`. */
export interface CompileOptions {
  /** Which process to compile when the document holds several. */
  readonly processId?: string;
  /** Largest accepted document in bytes (default 4 MiB). */
  readonly maxXmlBytes?: number;
  /** Most flow elements accepted (default 5,000). */
  readonly maxElements?: number;
  /** Supplies the compiled models that call activities call (joint cases, 联办件). */
  readonly resolveCalledElement?: CalledElementResolver;
}

/** What `compileProcess` returns: the runnable model and the problems that do not stop it. */
export interface CompileResult {
  readonly model: ProcessModel;
  readonly warnings: readonly ModelProblem[];
}

/**
 * Compiles BPMN 2.0 XML with `gov:` attributes into an immutable `ProcessModel`.
 * Throws `ModelInvalidError` (code `MODEL_INVALID`) listing every problem when the model cannot run.
 */
export async function compileProcess(xml: string, options: CompileOptions = {}): Promise<CompileResult> {
  const limits = {
    maxXmlBytes: options.maxXmlBytes ?? DEFAULT_XML_LIMITS.maxXmlBytes,
    maxElements: options.maxElements ?? DEFAULT_XML_LIMITS.maxElements,
  };
  guardXml(xml, limits);
  const problems = new ProblemList();
  const definitions = await parseXml(xml, problems);
  const process = definitions && selectProcess(definitions, options.processId, problems);
  if (!process) throw new ModelInvalidError(problems.errors);
  const processId = process.id ?? 'process';
  const elements = buildElements(process, problems, limits.maxElements);
  const processLimits = readLimits(process, problems);
  if (!problems.errors.some((p) => p.rule === 'too-many-elements')) {
    checkStructure(elements, problems, processId);
    checkExpressions(elements, problems);
    addStepWarnings(elements, problems);
    linkCalledProcesses(elements, processId, options.resolveCalledElement, problems);
  }
  if (problems.errors.length > 0) throw new ModelInvalidError(problems.errors);
  const graph = new ElementGraph(elements);
  findReturnTargets(elements, graph);
  findInclusiveUpstream(elements, graph);
  const { criticalPath, userSteps } = analyseTime(elements);
  if (processLimits.promisedDays !== undefined && criticalPath.totalDays > processLimits.promisedDays) {
    problems.warn(
      processId,
      'critical-path-exceeds-promised',
      `关键路径共 ${criticalPath.totalDays} 个工作日，超过承诺时限 ${processLimits.promisedDays} 个工作日`,
      `the critical path takes ${criticalPath.totalDays} working days, more than the promised ${processLimits.promisedDays}`,
    );
  }
  const model: ProcessModel = {
    id: processId,
    name: typeof process.name === 'string' && process.name.trim() ? process.name.trim() : processId,
    limits: processLimits,
    elements: Object.fromEntries([...elements].map(([id, e]) => [id, e as ElementDef])),
    start: findTopStart(elements),
    userSteps,
    criticalPath,
  };
  const itemCode = new GovAttributeReader(process, new ProblemList()).text('itemCode');
  return { model: deepFreeze(itemCode === undefined ? model : { ...model, itemCode }), warnings: problems.warnings };
}

function selectProcess(
  definitions: ModdleElement,
  wanted: string | undefined,
  problems: ProblemList,
): ModdleElement | undefined {
  const roots = (definitions.get('rootElements') as ModdleElement[] | undefined) ?? [];
  const processes = roots.filter((r) => r.$type === 'bpmn:Process');
  const runnable = wanted
    ? processes.filter((p) => p.id === wanted)
    : processes.filter((p) => ((p.get('flowElements') as unknown[] | undefined) ?? []).length > 0);
  if (runnable.length === 1) return runnable[0];
  if (runnable.length === 0) {
    problems.error(wanted ?? '', 'no-process', '文档中没有可运行的流程', 'the document contains no runnable process');
  } else {
    problems.error(
      '',
      'multiple-processes',
      `文档中有多个流程（${runnable.map((p) => p.id).join('、')}），请指定要编译的流程`,
      'the document contains several processes; choose one with processId',
    );
  }
  return undefined;
}

function readLimits(process: ModdleElement, problems: ProblemList): ProcessLimits {
  const attrs = new GovAttributeReader(process, problems);
  const limits: { -readonly [K in keyof ProcessLimits]: ProcessLimits[K] } = {
    unit: attrs.oneOf('timeUnit', ['working', 'calendar'] as const) ?? 'working',
  };
  const promised = attrs.days('promisedDays');
  if (promised !== undefined) limits.promisedDays = promised;
  const statutory = attrs.days('statutoryDays');
  if (statutory !== undefined) limits.statutoryDays = statutory;
  const yellow = attrs.daysLeft('yellowDaysLeft');
  if (yellow !== undefined) limits.yellowDaysLeft = yellow;
  const red = attrs.daysLeft('redDaysLeft');
  if (red !== undefined) limits.redDaysLeft = red;
  if (promised !== undefined && statutory !== undefined && promised > statutory) {
    problems.error(
      process.id ?? '',
      'promised-exceeds-statutory',
      `承诺时限（${promised}）不得超过法定时限（${statutory}）`,
      `the promised limit (${promised}) exceeds the statutory limit (${statutory})`,
    );
  }
  return limits;
}

function findTopStart(elements: ReadonlyMap<string, DraftElement>): string {
  for (const e of elements.values()) if (e.container === '' && e.kind === 'startEvent') return e.id;
  return '';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
