/**
 * Shorthands for process steps (环节): who handles them, their limit in working days, their kind,
 * the materials checked there and whether the handler signs off.
 */
import type { ItemLevel } from '../item.js';
import type { ParallelSpec, StepSpec } from './processBuilder.js';

type StepKind = NonNullable<StepSpec['kind']>;

/** Options of a step. */
export interface StepOptions {
  readonly materials?: readonly string[];
  readonly signOff?: boolean;
  readonly level?: ItemLevel;
}

/** A step; decisions (决定) and reviews (审核) are signed off unless told otherwise. */
export function step(
  id: string,
  name: string,
  days: number,
  groups: string,
  kind: StepKind,
  options: StepOptions = {},
): StepSpec {
  const signOff = options.signOff ?? (kind === '决定' || kind === '审核');
  return {
    id,
    name,
    days,
    groups,
    kind,
    ...(options.materials && options.materials.length > 0 ? { materials: options.materials } : {}),
    ...(signOff ? { signOff: true } : {}),
    ...(options.level === undefined ? {} : { level: options.level }),
  };
}

/** Acceptance (受理): the window checks the listed materials. */
export function accept(
  days: number,
  groups: string,
  materials: readonly string[],
  level?: ItemLevel,
  name = '受理',
): StepSpec {
  return step('accept', name, days, groups, '受理', level === undefined ? { materials } : { materials, level });
}

/** Decision (决定), followed by the approve / refuse gateway when the item names it as `decisionAfter`. */
export function decide(days: number, groups: string, level?: ItemLevel, name = '审批决定'): StepSpec {
  return step('decide', name, days, groups, '决定', level === undefined ? {} : { level });
}

/** Delivery of the result (送达 / 发证). */
export function deliver(days: number, groups: string, level?: ItemLevel, name = '制证送达'): StepSpec {
  return step('deliver', name, days, groups, '送达', level === undefined ? {} : { level });
}

/** Branches handled at the same time (并联审批). */
export function parallel(...branches: readonly (readonly StepSpec[])[]): ParallelSpec {
  return { parallel: branches };
}
