/**
 * Test harness for the engine: the China calendar, fixture loading, typed-error assertions that
 * also prove a rejected command left the state untouched, and a small driver that moves a case.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import {
  applyCommand,
  compileProcess,
  createChinaCalendar,
  EngineError,
  ModelInvalidError,
  startCase,
  type Actor,
  type CaseEvent,
  type CaseState,
  type Command,
  type CompileOptions,
  type ProcessModel,
  type StartOptions,
  type TaskState,
} from '@govflow/engine';

/** The national calendar the tests run on (2026 holidays and make-up days included). */
export const calendar = createChinaCalendar();

/** An instant in China time: `at('2026-03-02', '10:00')`. */
export function at(date: string, time = '10:00'): string {
  return `${date}T${time}:00.000+08:00`;
}

/** The XML of a fixture in `tests/fixtures/bpmn`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/bpmn/${name}.bpmn`, import.meta.url), 'utf8');
}

/** Compiles XML and returns the model. */
export async function compile(xml: string, options?: CompileOptions): Promise<ProcessModel> {
  return (await compileProcess(xml, options)).model;
}

/** Compiles XML that must be rejected and returns the `ModelInvalidError`. */
export async function compileError(xml: unknown, options?: CompileOptions): Promise<ModelInvalidError> {
  try {
    await compileProcess(xml as string, options);
  } catch (error) {
    expect(error).to.be.instanceOf(ModelInvalidError);
    const invalid = error as ModelInvalidError;
    expect(invalid.code).to.equal('MODEL_INVALID');
    return invalid;
  }
  expect.fail('the model compiled, but it should have been rejected');
}

/** The rule ids of a model error, in order. */
export function rules(error: ModelInvalidError): string[] {
  return error.problems.map((p) => p.rule);
}

/** Runs `fn`, which must throw an `EngineError` with this code; returns the error. */
export function engineError(fn: () => unknown, code: string): EngineError {
  try {
    fn();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(EngineError);
    expect((error as EngineError).code, (error as Error).message).to.equal(code);
    return error as EngineError;
  }
  expect.fail(`expected EngineError ${code}, but nothing was thrown`);
}

/**
 * Applies a command that must be rejected with `code`, and checks that the given state is exactly
 * as it was before (deep-equal to a snapshot, and the same JSON).
 */
export function expectRejected(
  model: ProcessModel,
  state: CaseState,
  command: Command,
  now: string,
  code: string,
): EngineError {
  const snapshot = structuredClone(state);
  const json = JSON.stringify(state);
  const error = engineError(() => applyCommand(model, state, command, { now, calendar }), code);
  expect(state).to.deep.equal(snapshot);
  expect(JSON.stringify(state)).to.equal(json);
  expect(error.message).to.match(/[\u4e00-\u9fff]/, 'the message is in Chinese');
  return error;
}

/** A command as it may arrive from outside, unchecked by the type system (for malformed input). */
export function untyped(value: unknown): Command {
  return value as Command;
}

/** The item at `index`, which must exist. */
export function nth<T>(list: readonly T[], index: number): T {
  expect(list.length, `list of ${list.length}`).to.be.greaterThan(index);
  return list[index] as T;
}

/** The types of a list of events. */
export function types(events: readonly CaseEvent[]): string[] {
  return events.map((e) => e.type);
}

/** A person who may work on the task: its claimant or assignee, else a member of its groups. */
export function actorFor(task: TaskState): Actor {
  return { id: task.claimedBy ?? task.assignee ?? 'clerk', groups: task.candidateGroups ?? [] };
}

/** Moves one case through commands, keeping its state, every event and the current instant. */
export class CaseDriver {
  readonly events: CaseEvent[] = [];
  state: CaseState;
  now: string;

  private constructor(
    readonly model: ProcessModel,
    started: { state: CaseState; events: readonly CaseEvent[] },
    now: string,
  ) {
    this.state = started.state;
    this.events.push(...started.events);
    this.now = now;
  }

  /** Accepts a case (defaults: id C1, clerk `clerk`). */
  static start(model: ProcessModel, now: string, options: Partial<StartOptions> = {}): CaseDriver {
    const started = startCase(model, { caseId: 'C1', actor: { id: 'clerk' }, calendar, ...options, now });
    return new CaseDriver(model, started, now);
  }

  /** Applies a command (at `now`, or at the current instant) and returns its events. */
  apply(command: Command, now = this.now): readonly CaseEvent[] {
    const result = applyCommand(this.model, this.state, command, { now, calendar });
    this.state = result.state;
    this.now = now;
    this.events.push(...result.events);
    return result.events;
  }

  /** Applies a command that must fail with `code`, and checks the state is untouched. */
  reject(command: Command, code: string, now = this.now): EngineError {
    return expectRejected(this.model, this.state, command, now, code);
  }

  /** Open tasks, optionally only those of one element. */
  tasks(elementId?: string): TaskState[] {
    return this.state.tasks.filter((t) => elementId === undefined || t.el === elementId);
  }

  /** The one open task of an element. */
  task(elementId: string): TaskState {
    const found = this.tasks(elementId);
    expect(found, `open tasks at ${elementId}: ${JSON.stringify(this.state.tasks.map((t) => t.el))}`).to.have.length(1);
    return found[0] as TaskState;
  }

  /** The element ids of the open tasks, sorted. */
  openSteps(): string[] {
    return this.state.tasks.map((t) => t.el).sort();
  }

  /**
   * Completes the one open task of an element as someone allowed to, verifying its materials and
   * signing with an opinion; `extra` overrides any field of the command.
   */
  complete(
    elementId: string,
    extra: Partial<Command & { type: 'complete' }> = {},
    now = this.now,
  ): readonly CaseEvent[] {
    return this.completeTask(this.task(elementId), extra, now);
  }

  /** Completes a given task like `complete`. */
  completeTask(
    task: TaskState,
    extra: Partial<Command & { type: 'complete' }> = {},
    now = this.now,
  ): readonly CaseEvent[] {
    const step = this.model.elements[task.el]?.step;
    return this.apply(
      {
        type: 'complete',
        taskId: task.id,
        actor: actorFor(task),
        opinion: '同意',
        verifiedMaterials: [...(step?.materials ?? [])],
        ...extra,
      },
      now,
    );
  }

  /** Fires a timer of the state at its due instant (or later, when `now` is given). */
  fire(timerId: string, now?: string): readonly CaseEvent[] {
    const timer = this.state.timers.find((t) => t.id === timerId);
    expect(timer, `timer ${timerId} among ${JSON.stringify(this.state.timers.map((t) => t.id))}`).to.not.equal(
      undefined,
    );
    const due = (timer as { dueAt: string }).dueAt;
    return this.apply({ type: 'fireTimer', timerId }, now ?? later(this.now, due));
  }

  /** The ids of the timers in the state. */
  timerIds(): string[] {
    return this.state.timers.map((t) => t.id);
  }
}

/** The later of two instants. */
export function later(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
