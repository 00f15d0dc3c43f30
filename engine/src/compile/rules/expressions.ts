import { checkFeelSyntax } from '../../feel/feel.js';
import type { DraftElement } from '../buildElements.js';
import type { ProblemList } from '../problems.js';

const BRANCHING: ReadonlySet<string> = new Set(['exclusiveGateway', 'inclusiveGateway']);

/**
 * Checks conditions and expressions: a branching gateway's non-default flows need conditions,
 * only gateways may carry conditions, a default flow must be the gateway's own, and every FEEL
 * expression (conditions, assignees, multi-instance settings) must parse.
 */
export function checkExpressions(elements: Map<string, DraftElement>, problems: ProblemList): void {
  for (const element of elements.values()) {
    const branching = BRANCHING.has(element.kind);
    for (const flow of element.outgoing) {
      if (flow.condition !== undefined && !branching) {
        problems.error(
          flow.id,
          'condition-unsupported',
          '只有排他网关和包容网关的流出顺序流可以设置条件',
          'only flows leaving exclusive or inclusive gateways may have conditions',
        );
      }
      if (flow.condition !== undefined) feel(flow.id, flow.condition, problems);
      if (branching && element.outgoing.length > 1 && flow.condition === undefined && !flow.isDefault) {
        problems.error(
          flow.id,
          'condition-missing',
          '网关有多个流出方向时，每条非默认顺序流都需要条件',
          'when a gateway branches, every non-default flow needs a condition',
        );
      }
    }
    const step = element.step;
    if (!step) continue;
    if (step.assignee?.startsWith('=')) feel(element.id, step.assignee, problems);
    const groups = step.candidateGroups?.[0];
    if (groups?.startsWith('=')) feel(element.id, groups, problems);
    const mi = step.multiInstance;
    for (const expression of [mi?.cardinality, mi?.collection, mi?.completionCondition]) {
      if (expression !== undefined) feel(element.id, expression, problems);
    }
  }
}

function feel(elementId: string, expression: string, problems: ProblemList): void {
  const error = checkFeelSyntax(expression);
  if (error === undefined) return;
  problems.error(
    elementId,
    'feel-syntax',
    `表达式「${expression}」无效：${error.zh}`,
    `the expression "${expression}" is invalid: ${error.en}`,
  );
}
