import type { ElementDef, ElementKind } from '../../model/types.js';
import type { Arrival, Run } from '../run.js';
import { enterContainer } from './containers.js';
import { enterEndEvent, enterServiceTask, enterStartEvent, enterTimerCatch } from './events.js';
import { enterExclusiveGateway, enterInclusiveGateway, enterParallelGateway } from './gateways.js';
import { enterUserTask } from './userTask.js';

/** What an element does when a token arrives. */
export type Behaviour = (run: Run, el: ElementDef, arrival: Arrival) => void;

/** The behaviour of each element kind (boundary timers are never entered by a flow). */
export const BEHAVIOURS: Readonly<Record<Exclude<ElementKind, 'boundaryTimer'>, Behaviour>> = {
  startEvent: enterStartEvent,
  endEvent: enterEndEvent,
  userTask: enterUserTask,
  serviceTask: enterServiceTask,
  sendTask: enterServiceTask,
  exclusiveGateway: enterExclusiveGateway,
  parallelGateway: enterParallelGateway,
  inclusiveGateway: enterInclusiveGateway,
  subProcess: enterContainer,
  callActivity: enterContainer,
  timerCatch: enterTimerCatch,
};
