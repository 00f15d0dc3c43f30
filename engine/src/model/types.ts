/**
 * The compiled, immutable process model that the interpreter runs.
 * Produced by `compileProcess`; plain data, safe to share between cases and threads.
 */

/** The BPMN element kinds the engine runs; anything else is a compile error. */
export type ElementKind =
  | 'startEvent'
  | 'endEvent'
  | 'userTask'
  | 'serviceTask'
  | 'sendTask'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'inclusiveGateway'
  | 'subProcess'
  | 'callActivity'
  | 'timerCatch'
  | 'boundaryTimer';

/** Kinds of step (环节类型) an administrator may give a user task. */
export const STEP_KINDS = ['受理', '审查', '审核', '决定', '送达', '踏勘', '听证', '公示', '会签', '其他'] as const;
/** A kind of step. */
export type StepKind = (typeof STEP_KINDS)[number];

/** Organisation levels, lowest first, for forwarding upward. */
export const ORG_LEVELS = ['village', 'town', 'district', 'city'] as const;
/** An organisation level. */
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** A sequence flow leaving an element. */
export interface FlowDef {
  readonly id: string;
  readonly target: string;
  /** A FEEL expression that must be true to take the flow; absent = unconditional. */
  readonly condition?: string;
  /** True for the gateway's default flow. */
  readonly isDefault?: boolean;
}

/** A timer duration: working days unless `calendar` is set; hours always count real time. */
export interface TimerDuration {
  readonly days: number;
  readonly hours: number;
  readonly calendar: boolean;
  /** The duration as written, for messages. */
  readonly text: string;
}

/** Multi-instance (会签) settings of a user task. */
export interface MultiInstanceDef {
  readonly sequential: boolean;
  /** FEEL giving the number of instances. */
  readonly cardinality?: string;
  /** FEEL giving a list; one instance per item. */
  readonly collection?: string;
  /** The variable each instance sees its item under. */
  readonly elementVariable?: string;
  /** FEEL that ends the multi-instance early when true. */
  readonly completionCondition?: string;
}

/** One element of the compiled model. */
export interface ElementDef {
  readonly id: string;
  readonly kind: ElementKind;
  readonly name: string;
  /** The id of the sub-process or call activity containing it; '' at the top level. */
  readonly container: string;
  readonly outgoing: readonly FlowDef[];
  readonly incoming: readonly string[];
  /** Boundary timers attached to this activity. */
  readonly boundaries: readonly string[];
  /** For containers: the start event inside. */
  readonly start?: string;
  /** For boundary timers: the activity it is attached to, and whether it interrupts it. */
  readonly attachedTo?: string;
  readonly interrupting?: boolean;
  /** For timers. */
  readonly duration?: TimerDuration;
  /** For end events: terminate end. */
  readonly terminate?: boolean;
  /** For user tasks. */
  readonly step?: StepDef;
  /** For service and send tasks: the integration topic the server dispatches on. */
  readonly topic?: string;
  /** For call activities: the called process id. */
  readonly calledElement?: string;
  /** For inclusive joins: elements from which this gateway can still be reached. */
  readonly upstream?: readonly string[];
}

/** The `gov:` settings of a user task (an approval step). */
export interface StepDef {
  /** Time limit in working days (multiple of 0.5); absent = no step limit. */
  readonly timeLimit?: number;
  /** A literal user id, or FEEL after `=`. */
  readonly assignee?: string;
  /** Literal group ids, or one FEEL expression after `=`. */
  readonly candidateGroups?: readonly string[];
  readonly materials: readonly string[];
  readonly signOff: boolean;
  readonly formKey?: string;
  readonly stepKind?: StepKind;
  readonly orgLevel?: OrgLevel;
  readonly yellowDaysLeft?: number;
  readonly redDaysLeft?: number;
  readonly multiInstance?: MultiInstanceDef;
  /** Earlier steps this one may be returned to (退回) along its own branch. */
  readonly returnTargets: readonly string[];
}

/** A user step as listed for administrators and leads. */
export interface StepInfo {
  readonly id: string;
  readonly name: string;
  readonly timeLimit?: number;
  readonly stepKind?: StepKind;
  readonly materials: readonly string[];
  /** Working days the case could lose on this step without lengthening the critical path. */
  readonly slack: number;
  readonly critical: boolean;
}

/** The longest path through the process, in working days. */
export interface CriticalPath {
  readonly totalDays: number;
  /** Element ids along the path, start to end. */
  readonly path: readonly string[];
}

/** Case-level limits written on the process (`gov:promisedDays` …). */
export interface ProcessLimits {
  readonly promisedDays?: number;
  readonly statutoryDays?: number;
  readonly unit: 'working' | 'calendar';
  readonly yellowDaysLeft?: number;
  readonly redDaysLeft?: number;
}

/** A compiled process: immutable, shared by every case that runs it. */
export interface ProcessModel {
  readonly id: string;
  readonly name: string;
  readonly itemCode?: string;
  readonly limits: ProcessLimits;
  readonly elements: Readonly<Record<string, ElementDef>>;
  /** The top-level start event. */
  readonly start: string;
  readonly userSteps: readonly StepInfo[];
  readonly criticalPath: CriticalPath;
}
