import type { ModdleElement } from 'bpmn-moddle';
import type { ProcessLimits } from '../model/types.js';
import { buildElements, type DraftElement } from './buildElements.js';
import { GovAttributeReader } from './govAttributes.js';
import { DEFAULT_XML_LIMITS } from './guardXml.js';
import { linkCalledProcesses, type CalledElementResolver } from './linkCalled.js';
import type { ProblemList } from './problems.js';
import { checkExpressions } from './rules/expressions.js';
import { checkStructure } from './rules/structure.js';
import { addStepWarnings } from './rules/warnings.js';

/** What the checks need besides the tree. */
export interface CheckOptions {
  readonly processId?: string;
  readonly maxElements?: number;
  readonly resolveCalledElement?: CalledElementResolver;
}

/** The checked process: its elements (as far as they could be built) and the limits written on it. */
export interface CheckedProcess {
  readonly process: ModdleElement;
  readonly processId: string;
  readonly elements: Map<string, DraftElement>;
  readonly limits: ProcessLimits;
}

/**
 * Every rule of the compiler, on a bpmn-moddle definitions tree (read from XML or live in bpmn-js):
 * process selection, elements and `gov:` attributes, limits, structure, expressions, step warnings
 * and called processes. Problems go to `problems`; undefined when there is no process to check.
 * `compileProcess` and the designer's lint both run exactly this, so they never disagree.
 */
export function checkDefinitions(
  definitions: ModdleElement,
  problems: ProblemList,
  options: CheckOptions = {},
): CheckedProcess | undefined {
  const process = selectProcess(definitions, options.processId, problems);
  if (!process) return undefined;
  const processId = process.id ?? 'process';
  const elements = buildElements(process, problems, options.maxElements ?? DEFAULT_XML_LIMITS.maxElements);
  const limits = readLimits(process, problems);
  if (!problems.errors.some((p) => p.rule === 'too-many-elements')) {
    checkStructure(elements, problems, processId);
    checkExpressions(elements, problems);
    addStepWarnings(elements, problems);
    linkCalledProcesses(elements, processId, options.resolveCalledElement, problems);
  }
  return { process, processId, elements, limits };
}

/** Warns when the critical path takes longer than the promised limit written on the process. */
export function warnCriticalPath(checked: CheckedProcess, totalDays: number, problems: ProblemList): void {
  const promised = checked.limits.promisedDays;
  if (promised === undefined || totalDays <= promised) return;
  problems.warn(
    checked.processId,
    'critical-path-exceeds-promised',
    `关键路径共 ${totalDays} 个工作日，超过承诺时限 ${promised} 个工作日`,
    `the critical path takes ${totalDays} working days, more than the promised ${promised}`,
  );
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
