import type { ModdleElement } from 'bpmn-moddle';
import { lintProcess, type ProcessLint } from '../compile/lintProcess.js';
import type { ModelProblem } from '../errors.js';

/** The reporter bpmnlint hands to a rule's `check`. */
export interface BpmnlintReporter {
  report(id: string, message: string, context?: Readonly<Record<string, unknown>>): void;
}

/** A bpmnlint rule: `check` visits the tree from the definitions down (returning false skips the children). */
export interface BpmnlintRule {
  readonly meta: { readonly documentation: { readonly url: string } };
  check(node: ModdleElement, reporter: BpmnlintReporter): boolean | void;
}

/** The package name bpmnlint resolves govflow's rules under (`govflow/<rule>` in a config). */
export const BPMNLINT_PLUGIN_NAME = 'bpmnlint-plugin-govflow';

/**
 * govflow's rules as a bpmnlint plugin: `process-errors` reports every problem that keeps
 * `compileProcess` from running the model, `process-warnings` every warning it gives — the
 * compiler's own checks (`lintProcess`), so the designer and the server never disagree. Each report
 * carries the compiler's stable `rule` and its English message besides the Chinese one.
 */
export const GOVFLOW_BPMNLINT_RULES: Readonly<Record<'process-errors' | 'process-warnings', () => BpmnlintRule>> = {
  'process-errors': () => compilerRule((lint) => lint.errors),
  'process-warnings': () => compilerRule((lint) => lint.warnings),
};

/** The bpmnlint configuration that turns govflow's rules on (errors as errors, warnings as warnings). */
export const GOVFLOW_BPMNLINT_CONFIG = {
  rules: { 'govflow/process-errors': 'error', 'govflow/process-warnings': 'warn' },
} as const;

/**
 * The entries a bpmnlint `StaticResolver` (the browser bundle's resolver) needs for the plugin:
 * `rule:bpmnlint-plugin-govflow/process-errors` … and the `recommended` config.
 */
export function govflowBpmnlintCache(): Record<string, unknown> {
  const cache: Record<string, unknown> = {
    [`config:${BPMNLINT_PLUGIN_NAME}/recommended`]: GOVFLOW_BPMNLINT_CONFIG,
  };
  for (const [name, factory] of Object.entries(GOVFLOW_BPMNLINT_RULES)) {
    cache[`rule:${BPMNLINT_PLUGIN_NAME}/${name}`] = factory;
  }
  return cache;
}

function compilerRule(pick: (lint: ProcessLint) => readonly ModelProblem[]): BpmnlintRule {
  return {
    meta: { documentation: { url: 'https://govflow.cn/docs/process-rules' } },
    check(node, reporter) {
      if (node.$type !== 'bpmn:Definitions') return undefined;
      const lint = lintProcess(node);
      for (const problem of pick(lint)) {
        reporter.report(problem.elementId || lint.processId || node.id || '', problem.message, {
          rule: problem.rule,
          messageEn: problem.messageEn,
        });
      }
      return false;
    },
  };
}
