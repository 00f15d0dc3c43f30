import type { ModelProblem } from '../errors.js';

/** Collects the problems and warnings found while compiling one model. */
export class ProblemList {
  readonly errors: ModelProblem[] = [];
  readonly warnings: ModelProblem[] = [];

  /** Records a problem that keeps the model from running. */
  error(elementId: string, rule: string, message: string, messageEn: string): void {
    this.errors.push({ elementId, rule, message, messageEn });
  }

  /** Records a problem that lets the model run but deserves the administrator's attention. */
  warn(elementId: string, rule: string, message: string, messageEn: string): void {
    this.warnings.push({ elementId, rule, message, messageEn });
  }
}
