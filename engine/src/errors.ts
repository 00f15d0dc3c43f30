/** A problem with a process model, as the compiler reports it. */
export interface ModelProblem {
  /** The BPMN element the problem is about (the process id when it is about the whole model). */
  elementId: string;
  /** The stable rule id, e.g. `no-exit-cycle`. */
  rule: string;
  /** What is wrong, in Chinese, for administrators. */
  message: string;
  /** What is wrong, in English. */
  messageEn: string;
}

/** Every error the engine throws carries a stable `code` for programs and a Chinese message. */
export class EngineError extends Error {
  /** A stable code, e.g. `TASK_CLOSED`. */
  readonly code: string;
  /** Facts about the error for programs (ids, limits, lists). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }
}

/** Thrown by `compileProcess` when a model cannot run; lists every problem found. */
export class ModelInvalidError extends EngineError {
  /** Every problem found, in document order. */
  readonly problems: readonly ModelProblem[];

  constructor(problems: readonly ModelProblem[]) {
    const first = problems[0];
    const summary = first ? `${first.elementId}: ${first.message}` : '';
    super('MODEL_INVALID', `流程模型有 ${problems.length} 处错误，无法运行。${summary}`, {
      problems,
    });
    this.name = 'ModelInvalidError';
    this.problems = problems;
  }
}
