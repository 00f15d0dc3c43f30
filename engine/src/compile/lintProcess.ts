import type { ModdleElement } from 'bpmn-moddle';
import { ModelInvalidError, type ModelProblem } from '../errors.js';
import type { CriticalPath, ProcessLimits, StepInfo } from '../model/types.js';
import { analyseTime } from './analysis.js';
import { checkDefinitions, warnCriticalPath, type CheckOptions } from './checkProcess.js';
import { DEFAULT_XML_LIMITS, guardXml } from './guardXml.js';
import { parseXml } from './parseXml.js';
import { ProblemList } from './problems.js';

/** What the compiler's checks say about a model, without throwing: for editors and lint. */
export interface ProcessLint {
  /** The checked process's id; undefined when the document has no single runnable process. */
  readonly processId: string | undefined;
  /** Problems that keep the model from running (the very ones `compileProcess` would throw). */
  readonly errors: readonly ModelProblem[];
  /** Problems that let it run but deserve attention. */
  readonly warnings: readonly ModelProblem[];
  /** The case limits written on the process (`gov:promisedDays` …). */
  readonly limits: ProcessLimits | undefined;
  /** The longest path in working days; while there are errors, as far as the flows allow. */
  readonly criticalPath: CriticalPath;
  /** Every user step with its limit, slack and whether it is on the critical path. */
  readonly userSteps: readonly StepInfo[];
}

const NO_PATH: CriticalPath = { totalDays: 0, path: [] };

/**
 * Runs every check of `compileProcess` on a bpmn-moddle definitions tree — one read from XML, or
 * the live tree of a bpmn-js modeler (its moddle must know the `gov:` extension). Synchronous and
 * browser-safe: the designer lints with it as the administrator draws, so designer and server never
 * disagree. Also computes the critical path and each step's slack.
 */
export function lintProcess(definitions: ModdleElement, options: CheckOptions = {}): ProcessLint {
  const problems = new ProblemList();
  const checked = checkDefinitions(definitions, problems, options);
  if (!checked || problems.errors.some((p) => p.rule === 'too-many-elements')) {
    return result(checked?.processId, problems, checked?.limits, NO_PATH, []);
  }
  const { criticalPath, userSteps } = analyseTime(checked.elements);
  warnCriticalPath(checked, criticalPath.totalDays, problems);
  return result(checked.processId, problems, checked.limits, criticalPath, userSteps);
}

/**
 * `lintProcess` on BPMN XML: the same guards and reader as `compileProcess` (size, DTDs, malformed
 * XML, unknown `gov:` attributes), every problem returned instead of thrown.
 */
export async function lintProcessXml(
  xml: string,
  options: CheckOptions & { readonly maxXmlBytes?: number } = {},
): Promise<ProcessLint> {
  const problems = new ProblemList();
  try {
    guardXml(xml, {
      maxXmlBytes: options.maxXmlBytes ?? DEFAULT_XML_LIMITS.maxXmlBytes,
      maxElements: options.maxElements ?? DEFAULT_XML_LIMITS.maxElements,
    });
  } catch (error) {
    if (!(error instanceof ModelInvalidError)) throw error;
    return result(undefined, { errors: [...error.problems], warnings: [] }, undefined, NO_PATH, []);
  }
  const definitions = await parseXml(xml, problems);
  if (!definitions) return result(undefined, problems, undefined, NO_PATH, []);
  const lint = lintProcess(definitions, options);
  return { ...lint, errors: [...problems.errors, ...lint.errors], warnings: [...problems.warnings, ...lint.warnings] };
}

function result(
  processId: string | undefined,
  problems: Pick<ProblemList, 'errors' | 'warnings'>,
  limits: ProcessLimits | undefined,
  criticalPath: CriticalPath,
  userSteps: readonly StepInfo[],
): ProcessLint {
  return { processId, errors: problems.errors, warnings: problems.warnings, limits, criticalPath, userSteps };
}
