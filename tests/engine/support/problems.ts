/** Assertions about the problems a `ModelInvalidError` lists. */
import { expect } from 'chai';
import type { ModelInvalidError, ModelProblem } from '@govflow/engine';

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * The problem with this rule (and element, when given); checks it names its element and has a
 * Chinese message and an English one.
 */
export function problem(error: ModelInvalidError, rule: string, elementId?: string): ModelProblem {
  const found = error.problems.find((p) => p.rule === rule && (elementId === undefined || p.elementId === elementId));
  expect(found, `problem ${rule}@${elementId ?? '*'} among ${JSON.stringify(error.problems, null, 1)}`).to.not.equal(
    undefined,
  );
  const p = found as ModelProblem;
  if (elementId !== undefined) expect(p.elementId).to.equal(elementId);
  expect(p.message, 'Chinese message').to.match(CHINESE);
  expect(p.messageEn, 'English message').to.match(/[a-z]{3}/i);
  return p;
}
