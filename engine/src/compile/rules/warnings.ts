import type { DraftElement } from '../buildElements.js';
import type { ProblemList } from '../problems.js';

/** Warns about steps that can run but that supervision cannot judge well: no limit, nobody responsible. */
export function addStepWarnings(elements: Map<string, DraftElement>, problems: ProblemList): void {
  for (const element of elements.values()) {
    const step = element.step;
    if (!step) continue;
    if (step.timeLimit === undefined) {
      problems.warn(
        element.id,
        'time-limit-missing',
        '环节未设置办理时限，电子监察无法计时',
        'the step has no time limit',
      );
    }
    if (step.assignee === undefined && (step.candidateGroups ?? []).length === 0) {
      problems.warn(
        element.id,
        'assignee-missing',
        '环节未指定办理人或候选岗位',
        'the step names no assignee or group',
      );
    }
  }
}
