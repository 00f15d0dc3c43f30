import { ModelInvalidError, type ModelProblem } from '../errors.js';
import type { ElementDef, ProcessModel } from '../model/types.js';
import { analyseTime, findInclusiveUpstream, findReturnTargets } from './analysis.js';
import type { DraftElement } from './buildElements.js';
import { checkDefinitions, warnCriticalPath } from './checkProcess.js';
import { GovAttributeReader } from './govAttributes.js';
import { ElementGraph } from './graph.js';
import { DEFAULT_XML_LIMITS, guardXml } from './guardXml.js';
import type { CalledElementResolver } from './linkCalled.js';
import { parseXml } from './parseXml.js';
import { ProblemList } from './problems.js';

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
  const checked =
    definitions && checkDefinitions(definitions, problems, { ...options, maxElements: limits.maxElements });
  if (!checked || problems.errors.length > 0) throw new ModelInvalidError(problems.errors);
  const { process, processId, elements, limits: processLimits } = checked;
  const graph = new ElementGraph(elements);
  findReturnTargets(elements, graph);
  findInclusiveUpstream(elements, graph);
  const { criticalPath, userSteps } = analyseTime(elements);
  warnCriticalPath(checked, criticalPath.totalDays, problems);
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
