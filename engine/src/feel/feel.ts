import { evaluate, parseExpression } from 'feelin';

/** FEEL functions that read the machine's clock; a deterministic engine cannot evaluate them. */
const CLOCK_FUNCTIONS: ReadonlySet<string> = new Set(['now', 'today']);

/** Strips the optional leading `=` that marks an expression (Camunda style). */
export function feelSource(expression: string): string {
  const trimmed = expression.trim();
  return trimmed.startsWith('=') ? trimmed.slice(1).trim() : trimmed;
}

/** What is wrong with an expression, in Chinese and in English. */
export interface FeelProblem {
  readonly zh: string;
  readonly en: string;
}

/**
 * Whether a FEEL expression parses (without evaluating it: a hostile expression must not run at
 * compile time); returns what is wrong when it does not, or when it reads the machine's clock.
 */
export function checkFeelSyntax(expression: string): FeelProblem | undefined {
  const source = feelSource(expression);
  let problem: FeelProblem | undefined;
  parseExpression(source, {}, undefined).iterate({
    enter: (node) => {
      if (problem !== undefined) return false;
      if (node.type.isError) {
        const at = node.from + 1;
        problem = { zh: `语法错误（第 ${at} 个字符附近）`, en: `syntax error near character ${at}` };
      } else if (node.name === 'FunctionInvocation') {
        const callee = node.node.firstChild;
        const name = callee ? source.slice(callee.from, callee.to).trim() : '';
        if (CLOCK_FUNCTIONS.has(name)) {
          problem = {
            zh: `不能使用读取系统时间的函数 ${name}()，请把日期作为变量传入`,
            en: `${name}() reads the system clock; pass the date as a variable`,
          };
        }
      }
      return undefined;
    },
  });
  return problem;
}

/** An expression ready to evaluate against case variables. */
type Compiled = (variables: Readonly<Record<string, unknown>>) => unknown;

const SIMPLE_COMPARISON = /^([A-Za-z_][A-Za-z0-9_]*)\s*(!?=)\s*"([^"\\]*)"$/;
const compiled = new Map<string, Compiled>();
const MAX_COMPILED = 10_000;

/**
 * Prepares an expression once. feelin has no compile step: `evaluate` parses the text (and
 * deep-copies the whole context) on every call. `name = "text"` and `name != "text"`, what gateway
 * conditions mostly are, get a direct test when the variable is absent, null or a string, giving
 * feelin's exact results; any other expression or value still goes to feelin.
 */
function compile(expression: string): Compiled {
  let fn = compiled.get(expression);
  if (fn !== undefined) return fn;
  const source = feelSource(expression);
  const slow: Compiled = (variables) => evaluate(source, variables as Record<string, unknown>).value;
  const match = SIMPLE_COMPARISON.exec(source);
  if (match) {
    const [, name = '', op, text] = match;
    const equal = op === '=';
    fn = (variables) => {
      const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
      if (value === undefined || value === null) return !equal;
      if (typeof value === 'string') return (value === text) === equal;
      return slow(variables);
    };
  } else {
    fn = slow;
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(expression, fn);
  return fn;
}

/** Evaluates a FEEL expression against case variables; a syntax error propagates. */
export function evaluateFeel(expression: string, variables: Readonly<Record<string, unknown>>): unknown {
  return compile(expression)(variables);
}

/** Evaluates a FEEL condition: only a literal `true` takes the flow. */
export function feelIsTrue(expression: string, variables: Readonly<Record<string, unknown>>): boolean {
  return evaluateFeel(expression, variables) === true;
}
